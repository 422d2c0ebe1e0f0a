import { expect, test } from '@jest/globals';
import { allowList, registryAllowed } from '../../src/deployfiles/allow.js';
import { Reference } from '../../src/registry/reference.js';

const D = `sha256:${'d'.repeat(64)}`;
const admits = (patterns: string[], written: string): boolean => allowList(patterns)(Reference.parse(written), written);

test('an allow pattern without * is the whole name: a longer repository or a host in front is not admitted', () => {
  expect(admits(['ghcr.io/acme/app'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(admits(['ghcr.io/acme/app'], 'ghcr.io/acme/app-evil:1')).toBe(false);
  expect(admits(['ghcr.io/acme/app'], 'ghcr.io/acme/app/sub:1')).toBe(false);
  expect(admits(['ghcr.io/acme/app:1'], 'ghcr.io/acme/app:10')).toBe(false);
  // Docker Hub's acme/app, not the same path on any registry.
  expect(admits(['acme/app'], 'acme/app:1')).toBe(true);
  expect(admits(['acme/app'], 'docker.io/acme/app:1')).toBe(true);
  expect(admits(['acme/app'], 'evil.example/acme/app:1')).toBe(false);
  expect(admits(['acme/app'], 'evil.example/xacme/app:1')).toBe(false);
});

test('* matches any run of characters; every other pattern character is literal', () => {
  expect(admits(['ghcr.io/acme/*'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(admits(['ghcr.io/acme/*'], 'ghcr.io/acme-evil/app:1')).toBe(false);
  expect(admits(['*/acme/app'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(admits(['ghcr.io/acme/app:*'], 'ghcr.io/acme/app:latest')).toBe(true);
  expect(admits(['ghcr.io/acme/app:*'], 'ghcr.io/acme/api:latest')).toBe(false);
  // '.' is a dot, not any character; '+' and '?' are not quantifiers.
  expect(admits(['ghcr.io/acme/app'], 'ghcrxio/acme/app:1')).toBe(false);
  expect(admits(['ghcr.io/acme/a+p'], 'ghcr.io/acme/aap:1')).toBe(false);
  expect(admits(['ghcr.io/acme/ap?'], 'ghcr.io/acme/a:1')).toBe(false);
});

test('a pattern may name the reference as written, canonical, familiar, or its repository', () => {
  const written = `nginx:1.25@${D}`;
  const ref = Reference.parse(written);
  const one = (p: string): boolean => allowList([p])(ref, written);
  expect(one(written)).toBe(true);
  expect(one(`docker.io/library/nginx:1.25@${D}`)).toBe(true);
  expect(one('docker.io/library/nginx')).toBe(true);
  expect(one('nginx')).toBe(true);
  expect(one('nginx:1.25')).toBe(false);
  // The spelling as written, even if it is none of the others.
  expect(allowList(['NGINX:1.25'])(ref, 'NGINX:1.25')).toBe(true);
});

test('no pattern admits nothing; any one of several patterns admits', () => {
  expect(admits([], 'ghcr.io/acme/app:1')).toBe(false);
  expect(admits(['quay.io/x', 'ghcr.io/acme/app'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(admits(['quay.io/x', 'quay.io/y'], 'ghcr.io/acme/app:1')).toBe(false);
});

test('allowed-registries: a prefix ends at a path segment; a trailing slash and case do not matter', () => {
  const allowed = (prefixes: string[], ref: string): boolean => registryAllowed(prefixes, Reference.parse(ref));
  expect(allowed(['ghcr.io/acme'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['ghcr.io/acme'], 'ghcr.io/acmeevil/app:1')).toBe(false);
  expect(allowed(['ghcr.io/acme/app'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['ghcr.io/acme/app'], 'ghcr.io/acme/app-evil:1')).toBe(false);
  expect(allowed(['ghcr.io/acme/'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['ghcr.io/acme//'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['GHCR.io/Acme'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed(['ghcr.io'], 'ghcr.io.evil.example/acme/app:1')).toBe(false);
  expect(allowed(['acme.example', 'ghcr.io'], 'ghcr.io/acme/app:1')).toBe(true);
  expect(allowed([], 'ghcr.io/acme/app:1')).toBe(false);
  expect(allowed(['index.docker.io/library'], 'nginx')).toBe(true);
  expect(allowed(['index.docker.io.evil'], 'index.docker.io.evil/x/y')).toBe(true);
  expect(allowed(['xindex.docker.io'], 'docker.io/library/nginx')).toBe(false);
  // Only a leading index.docker.io is Docker Hub: myindex.docker.io is another host, and so is mydocker.io.
  expect(allowed(['myindex.docker.io'], 'mydocker.io/x/y')).toBe(false);
});
