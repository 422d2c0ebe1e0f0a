import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { RegistryClient } from '../../src/registry/client.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { uniqueRepo, type TestEnv } from '../helpers/env.js';
import { pushImage, pushIndex } from '../promote/fixtures.js';

/**
 * The fixture deployment repository (__tests__/fixtures/deploy/input) names images with placeholders:
 * __PLAIN__, __TOKEN__, __BASIC__ (test registry hosts), __NS__ (a namespace unique to the run) and
 * __DIGEST_<name>__ (digests of the images the test pushed). The goldens use the same placeholders.
 */
export const FIXTURE = join(process.cwd(), '__tests__', 'fixtures', 'deploy');

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== '.gitattributes');
}

export type Values = Record<string, string>;

export function substitute(text: string, values: Values): string {
  return text.replace(/__[A-Z]+(?:_[A-Za-z_]+?)?__/g, (m) => {
    if (!(m in values)) throw new Error(`fixture placeholder ${m} has no value`);
    return values[m];
  });
}

/** The inverse, for writing goldens: longest values first, so a digest is not split by a host. */
export function placehold(text: string, values: Values): string {
  return Object.entries(values)
    .sort((a, b) => b[1].length - a[1].length)
    .reduce((t, [k, v]) => t.split(v).join(k), text);
}

/** A fresh workspace holding the fixture's input with `values` filled in. */
export function workspace(values: Values, subdir = 'input'): string {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-deploy-'));
  for (const f of listFiles(join(FIXTURE, subdir))) {
    mkdirSync(join(ws, f, '..'), { recursive: true });
    writeFileSync(join(ws, f), substitute(readFileSync(join(FIXTURE, subdir, f), 'utf8'), values));
  }
  return ws;
}

export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export { cpSync };

/**
 * Pushes the images the fixture names, small synthetic ones, to the plain, token and basic registries.
 * `api:2.1` is pushed twice: the first digest (api_old) is what a drifted reference still names.
 */
export async function pushFixtureImages(client: RegistryClient, env: TestEnv): Promise<Values> {
  const ns = uniqueRepo('deploy');
  const repo = (kind: 'plain' | 'token' | 'basic', name: string): Repository => new Repository(new Registry(env.registries[kind].host), `${ns}/${name}`);
  const values: Values = { __PLAIN__: env.registries.plain.host, __TOKEN__: env.registries.token.host, __BASIC__: env.registries.basic.host, __NS__: ns };
  const digest = (name: string, d: { digest: { toString(): string } }): void => void (values[`__DIGEST_${name}__`] = d.digest.toString());
  digest('api_old', await pushImage(client, repo('plain', 'api'), { tag: '2.1' }));
  digest('api', await pushImage(client, repo('plain', 'api'), { tag: '2.1' }));
  digest('web', await pushIndex(client, repo('plain', 'web'), { tag: '1.0' }));
  digest('tools', await pushImage(client, repo('plain', 'tools'), { tag: '3' }));
  digest('app', await pushImage(client, repo('plain', 'app'), { tag: '1' }));
  digest('base', await pushImage(client, repo('plain', 'base'), { tag: '1.0', docker: true }));
  digest('worker', await pushIndex(client, repo('token', 'worker'), { tag: '1.4' }));
  digest('cache', await pushImage(client, repo('token', 'cache'), { tag: '7' }));
  digest('other', await pushImage(client, repo('basic', 'other'), { tag: '1' }));
  return values;
}
