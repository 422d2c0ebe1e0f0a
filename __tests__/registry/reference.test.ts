import { Digest } from '../../src/registry/digest.js';
import { parseRepositoryLenient, Reference, Registry, Repository } from '../../src/registry/reference.js';

const H = 'sha256:' + 'f'.repeat(64);
const H2 = 'sha256:' + '0123456789abcdef'.repeat(4);
const H512 = 'sha512:' + 'a'.repeat(128);
const T128 = 't' + 'a'.repeat(127);
const P255 = 'a/'.repeat(127) + 'a';

// input, registry host, path, tag, digest, canonical toString(), familiar()
type Valid = [string, string, string, string | undefined, string | undefined, string, string];
const valid: Valid[] = [
  ['nginx', 'docker.io', 'library/nginx', undefined, undefined, 'docker.io/library/nginx', 'nginx'],
  ['nginx:latest', 'docker.io', 'library/nginx', 'latest', undefined, 'docker.io/library/nginx:latest', 'nginx:latest'],
  ['nginx:1.25-alpine', 'docker.io', 'library/nginx', '1.25-alpine', undefined, 'docker.io/library/nginx:1.25-alpine', 'nginx:1.25-alpine'],
  ['library/nginx', 'docker.io', 'library/nginx', undefined, undefined, 'docker.io/library/nginx', 'nginx'],
  ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, undefined, 'docker.io/library/nginx', 'nginx'],
  ['docker.io/library/nginx:stable', 'docker.io', 'library/nginx', 'stable', undefined, 'docker.io/library/nginx:stable', 'nginx:stable'],
  ['index.docker.io/nginx', 'docker.io', 'library/nginx', undefined, undefined, 'docker.io/library/nginx', 'nginx'],
  ['index.docker.io/foo/bar:baz', 'docker.io', 'foo/bar', 'baz', undefined, 'docker.io/foo/bar:baz', 'foo/bar:baz'],
  ['foo/bar', 'docker.io', 'foo/bar', undefined, undefined, 'docker.io/foo/bar', 'foo/bar'],
  ['docker.io/foo/bar/baz:t', 'docker.io', 'foo/bar/baz', 't', undefined, 'docker.io/foo/bar/baz:t', 'foo/bar/baz:t'],
  ['library/a/b', 'docker.io', 'library/a/b', undefined, undefined, 'docker.io/library/a/b', 'library/a/b'],
  ['nginx@' + H, 'docker.io', 'library/nginx', undefined, H, `docker.io/library/nginx@${H}`, `nginx@${H}`],
  ['nginx:latest@' + H512, 'docker.io', 'library/nginx', 'latest', H512, `docker.io/library/nginx:latest@${H512}`, `nginx:latest@${H512}`],
  ['localhost/foo', 'localhost', 'foo', undefined, undefined, 'localhost/foo', 'localhost/foo'],
  ['localhost:5000/foo/bar:1.0', 'localhost:5000', 'foo/bar', '1.0', undefined, 'localhost:5000/foo/bar:1.0', 'localhost:5000/foo/bar:1.0'],
  ['localhost/library/foo', 'localhost', 'library/foo', undefined, undefined, 'localhost/library/foo', 'localhost/library/foo'],
  // Bare names are never domains, even 'localhost' and 'host:port' (upstream FIXME).
  ['localhost', 'docker.io', 'library/localhost', undefined, undefined, 'docker.io/library/localhost', 'localhost'],
  ['localhost:5000', 'docker.io', 'library/localhost', '5000', undefined, 'docker.io/library/localhost:5000', 'localhost:5000'],
  ['test.com:5000', 'docker.io', 'library/test.com', '5000', undefined, 'docker.io/library/test.com:5000', 'test.com:5000'],
  ['127.0.0.1:5000/app:v1', '127.0.0.1:5000', 'app', 'v1', undefined, '127.0.0.1:5000/app:v1', '127.0.0.1:5000/app:v1'],
  ['192.168.1.1/repo', '192.168.1.1', 'repo', undefined, undefined, '192.168.1.1/repo', '192.168.1.1/repo'],
  ['[::1]:5000/a/b:t', '[::1]:5000', 'a/b', 't', undefined, '[::1]:5000/a/b:t', '[::1]:5000/a/b:t'],
  ['[::1]/x', '[::1]', 'x', undefined, undefined, '[::1]/x', '[::1]/x'],
  ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', undefined, undefined, '[2001:db8::1]/repo', '[2001:db8::1]/repo'],
  [
    `[2001:db8:1:2:3:4:5:6]:443/repo@${H}`,
    '[2001:db8:1:2:3:4:5:6]:443',
    'repo',
    undefined,
    H,
    `[2001:db8:1:2:3:4:5:6]:443/repo@${H}`,
    `[2001:db8:1:2:3:4:5:6]:443/repo@${H}`,
  ],
  ['ghcr.io/owner/repo:sha-abc123', 'ghcr.io', 'owner/repo', 'sha-abc123', undefined, 'ghcr.io/owner/repo:sha-abc123', 'ghcr.io/owner/repo:sha-abc123'],
  [`ghcr.io/owner/repo:v1@${H2}`, 'ghcr.io', 'owner/repo', 'v1', H2, `ghcr.io/owner/repo:v1@${H2}`, `ghcr.io/owner/repo:v1@${H2}`],
  [`ghcr.io/owner/repo@${H2}`, 'ghcr.io', 'owner/repo', undefined, H2, `ghcr.io/owner/repo@${H2}`, `ghcr.io/owner/repo@${H2}`],
  // An uppercase first component is taken as a domain (upstream keeps it; FIXME there too).
  ['Foo/bar', 'Foo', 'bar', undefined, undefined, 'Foo/bar', 'Foo/bar'],
  // Domain case is kept, so only exactly 'docker.io' gets library/ and familiar forms.
  ['Docker.io/foo', 'Docker.io', 'foo', undefined, undefined, 'Docker.io/foo', 'Docker.io/foo'],
  ['test_com', 'docker.io', 'library/test_com', undefined, undefined, 'docker.io/library/test_com', 'test_com'],
  ['foo__bar/baz', 'docker.io', 'foo__bar/baz', undefined, undefined, 'docker.io/foo__bar/baz', 'foo__bar/baz'],
  ['a---b/c-d', 'docker.io', 'a---b/c-d', undefined, undefined, 'docker.io/a---b/c-d', 'a---b/c-d'],
  ['a/b.c_d-e', 'docker.io', 'a/b.c_d-e', undefined, undefined, 'docker.io/a/b.c_d-e', 'a/b.c_d-e'],
  [
    'my.registry-1.example.com:8443/team/app.v2:2024.01.01',
    'my.registry-1.example.com:8443',
    'team/app.v2',
    '2024.01.01',
    undefined,
    'my.registry-1.example.com:8443/team/app.v2:2024.01.01',
    'my.registry-1.example.com:8443/team/app.v2:2024.01.01',
  ],
  ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', undefined, 'xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com/myimage:xn--n3h.com'],
  [
    'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
    'sub-dom1.foo.com',
    'bar/baz/quux',
    'some-long-tag',
    undefined,
    'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
    'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
  ],
  ['foo/foo_bar.com:8080', 'docker.io', 'foo/foo_bar.com', '8080', undefined, 'docker.io/foo/foo_bar.com:8080', 'foo/foo_bar.com:8080'],
  ['example.com:443/app', 'example.com:443', 'app', undefined, undefined, 'example.com:443/app', 'example.com:443/app'],
  ['foo:_bar', 'docker.io', 'library/foo', '_bar', undefined, 'docker.io/library/foo:_bar', 'foo:_bar'],
  ['foo:Uppercase', 'docker.io', 'library/foo', 'Uppercase', undefined, 'docker.io/library/foo:Uppercase', 'foo:Uppercase'],
  [`foo:${T128}`, 'docker.io', 'library/foo', T128, undefined, `docker.io/library/foo:${T128}`, `foo:${T128}`],
  [P255, 'docker.io', P255, undefined, undefined, `docker.io/${P255}`, P255],
  [
    `registry.example.com:5000/${P255}:t`,
    'registry.example.com:5000',
    P255,
    't',
    undefined,
    `registry.example.com:5000/${P255}:t`,
    `registry.example.com:5000/${P255}:t`,
  ],
  ['x'.repeat(247), 'docker.io', 'library/' + 'x'.repeat(247), undefined, undefined, 'docker.io/library/' + 'x'.repeat(247), 'x'.repeat(247)],
];

const invalid: [string, string][] = [
  ['', "Invalid image reference '': invalid reference format"],
  ['Foo:bar', "Invalid image reference 'Foo:bar': repository name must be lowercase"],
  ['FOO', "Invalid image reference 'FOO': repository name must be lowercase"],
  ['ghcr.io/Owner/repo', "Invalid image reference 'ghcr.io/Owner/repo': repository name must be lowercase"],
  ['localhost:5000/Foo', 'repository name must be lowercase'],
  ['test:5000/Uppercase/lowercase:tag', 'repository name must be lowercase'],
  ['Foo_Bar/x', 'repository name must be lowercase'],
  [`foo:t${'a'.repeat(128)}`, 'invalid reference format: tag is 129 characters, the limit is 128'],
  ['foo:.bar', "invalid reference format: tag must not start with '.'"],
  ['foo:-bar', "invalid reference format: tag must not start with '-'"],
  ['foo:', 'invalid reference format: empty tag'],
  ['foo:a+b', "tag 'a+b' may only contain"],
  ['foo/', "Invalid image reference 'foo/': invalid reference format: empty path component"],
  ['foo//bar', 'invalid reference format: empty path component'],
  ['/foo', 'invalid reference format: empty path component'],
  ['ghcr.io/', 'invalid reference format: empty path component'],
  ['a..b', "Invalid image reference 'a..b': invalid reference format"],
  ['a/b..c', 'invalid reference format'],
  ['-foo', 'invalid reference format'],
  ['foo-', 'invalid reference format'],
  ['foo_-bar', 'invalid reference format'],
  ['foo___bar', 'invalid reference format'],
  ['aa/asdf$$^/aa', 'invalid reference format'],
  [':justtag', 'invalid reference format'],
  [`@${H}`, 'invalid reference format'],
  ['foo:bar:baz', 'invalid reference format'],
  ['foo bar', 'invalid reference format: contains whitespace'],
  ['nginx:latest\n', 'invalid reference format: contains whitespace'],
  ['foo@sha256:abc', 'invalid reference format: expected <algorithm>:<hex> after @'],
  ['ghcr.io/o/r:t@', 'invalid reference format'],
  [`foo@sha256:${'f'.repeat(63)}`, `invalid digest 'sha256:${'f'.repeat(63)}': expected sha256:<64 hex characters>`],
  [`foo@sha256:${'F'.repeat(64)}`, 'expected sha256:<64 hex characters> in lowercase'],
  [`foo@md5:${'a'.repeat(32)}`, "unsupported digest algorithm 'md5'"],
  ['[fe80::1%eth0]:5000/repo', 'invalid reference format: IPv6 zone identifiers are not allowed'],
  ['[::1]:5000', 'invalid reference format: a registry host must be followed by /repository'],
  ['[2001:db8::1]', 'invalid reference format'],
  ['[::ffff:127.0.0.1]/x', 'invalid reference format'],
  ['f'.repeat(64), 'cannot specify 64-byte hexadecimal strings'],
  [P255 + '/b', 'repository name must not be more than 255 characters'],
  [`example.com/${P255}b`, 'repository name must not be more than 255 characters'],
  // On Docker Hub the limit counts the implied library/ prefix.
  ['x'.repeat(248), 'repository name must not be more than 255 characters'],
  ['foo_bar.com/x', "invalid reference format: 'foo_bar.com' is not a valid registry host"],
  ['example.com:port/x', 'invalid reference format'],
];

describe('Reference.parse', () => {
  it.each(valid)('parses %s', (input, host, path, tag, digest, canonical, familiar) => {
    const ref = Reference.parse(input);
    expect(ref.registry.host).toBe(host);
    expect(ref.repository.path).toBe(path);
    expect(ref.tag).toBe(tag);
    expect(ref.digest?.toString()).toBe(digest);
    expect(ref.toString()).toBe(canonical);
    expect(ref.familiar()).toBe(familiar);
    // The canonical form is a fixed point, and the familiar form parses back to it.
    expect(Reference.parse(canonical, { canonical: true }).toString()).toBe(canonical);
    expect(Reference.parse(familiar).toString()).toBe(canonical);
  });

  it.each(invalid)('rejects %j', (input, message) => {
    expect(() => Reference.parse(input)).toThrow(message);
  });

  it('adds latest only when asked and only to name-only references', () => {
    expect(Reference.parse('nginx', { defaultTag: true }).toString()).toBe('docker.io/library/nginx:latest');
    expect(Reference.parse('nginx:1', { defaultTag: true }).tag).toBe('1');
    expect(Reference.parse(`nginx@${H}`, { defaultTag: true }).tag).toBeUndefined();
    expect(Reference.parse('nginx').tag).toBeUndefined();
  });

  it('rejects non-canonical input when canonical is required', () => {
    expect(() => Reference.parse('nginx:latest', { canonical: true })).toThrow(
      "Invalid image reference 'nginx:latest': repository name must be canonical (write 'docker.io/library/nginx:latest')",
    );
    expect(() => Reference.parse('index.docker.io/foo/bar', { canonical: true })).toThrow('must be canonical');
  });

  it('uses the digest, then the tag, then latest as the manifest identifier', () => {
    expect(Reference.parse(`a:t@${H}`).identifier()).toBe(H);
    expect(Reference.parse('a:t').identifier()).toBe('t');
    expect(Reference.parse('a').identifier()).toBe('latest');
  });

  it('derives references with a new tag or digest', () => {
    const ref = Reference.parse('ghcr.io/o/r:v1');
    const pinned = ref.withDigest(Digest.parse(H));
    expect(pinned.toString()).toBe(`ghcr.io/o/r:v1@${H}`);
    expect(pinned.withTag('v2').toString()).toBe(`ghcr.io/o/r:v2@${H}`);
    expect(ref.toString()).toBe('ghcr.io/o/r:v1');
    expect(() => ref.withTag('.bad')).toThrow("Invalid tag '.bad'");
    expect(() => ref.withTag('a'.repeat(129))).toThrow('Invalid tag');
    expect(pinned.equals(Reference.parse(`ghcr.io/o/r:v1@${H}`))).toBe(true);
    expect(pinned.equals(ref)).toBe(false);
  });
});

describe('Repository', () => {
  it('parses bare repositories', () => {
    const repo = Repository.parse('nginx');
    expect(repo.toString()).toBe('docker.io/library/nginx');
    expect(repo.familiar()).toBe('nginx');
    expect(Repository.parse('ghcr.io/o/r').equals(Repository.parse('GHCR.io/o/r'))).toBe(true);
  });

  it.each([
    ['nginx:latest', "Invalid repository 'nginx:latest': a repository must not include a tag or digest (found ':latest')"],
    [`ghcr.io/o/r@${H}`, `found '@${H}'`],
    ['localhost:5000', "found ':5000'"],
    ['Nginx', "Invalid repository 'Nginx': repository name must be lowercase"],
  ])('rejects %s', (input, message) => {
    expect(() => Repository.parse(input)).toThrow(message);
  });

  it('builds references', () => {
    const repo = Repository.parse('ghcr.io/o/r');
    expect(repo.tag('v1').toString()).toBe('ghcr.io/o/r:v1');
    expect(repo.digest(Digest.parse(H)).toString()).toBe(`ghcr.io/o/r@${H}`);
    expect(() => repo.tag('-x')).toThrow("Invalid tag '-x'");
    expect(() => new Repository(new Registry('ghcr.io'), 'O/r')).toThrow("Invalid repository path 'O/r'");
  });
});

describe('Registry', () => {
  it.each([
    ['docker.io', true, 'registry-1.docker.io', false],
    ['index.docker.io', true, 'registry-1.docker.io', false],
    ['ghcr.io', false, 'ghcr.io', false],
    ['localhost', false, 'localhost', true],
    ['localhost:5000', false, 'localhost:5000', true],
    ['LocalHost:5000', false, 'LocalHost:5000', true],
    ['127.0.0.1:5000', false, '127.0.0.1:5000', true],
    ['127.4.5.6', false, '127.4.5.6', true],
    ['[::1]:5000', false, '[::1]:5000', true],
    ['[0:0:0:0:0:0:0:1]', false, '[0:0:0:0:0:0:0:1]', true],
    ['[::2]:5000', false, '[::2]:5000', false],
    ['10.0.0.1:5000', false, '10.0.0.1:5000', false],
    ['localhost.example.com', false, 'localhost.example.com', false],
    ['128.0.0.1', false, '128.0.0.1', false],
  ])('%s: hub=%s api=%s loopback=%s', (host, hub, api, loopback) => {
    const r = new Registry(host);
    expect(r.isDockerHub).toBe(hub);
    expect(r.apiHost).toBe(api);
    expect(r.isLoopback).toBe(loopback);
  });

  it('normalises index.docker.io, keeps case, compares case-insensitively', () => {
    expect(new Registry('index.docker.io').host).toBe('docker.io');
    expect(new Registry('GHCR.io').toString()).toBe('GHCR.io');
    expect(new Registry('GHCR.io').equals(new Registry('ghcr.io'))).toBe(true);
    expect(new Registry('ghcr.io').equals(new Registry('ghcr.io:443'))).toBe(false);
  });

  it('splits host and port', () => {
    expect([new Registry('[::1]:5000').hostname, new Registry('[::1]:5000').port]).toEqual(['[::1]', 5000]);
    expect([new Registry('ghcr.io').hostname, new Registry('ghcr.io').port]).toEqual(['ghcr.io', undefined]);
  });

  it.each(['', 'ghcr.io/x', '-bad.com', 'a_b.com', '[fe80::1%eth0]', 'host:port'])('rejects host %j', (host) => {
    expect(() => new Registry(host)).toThrow(`Invalid registry host '${host}'`);
  });
});

describe('parseRepositoryLenient', () => {
  it.each([
    ['ghcr.io/Owner/Repo', 'ghcr.io/owner/repo', true],
    ['ghcr.io/owner/repo', 'ghcr.io/owner/repo', false],
    ['MyOrg/App', 'docker.io/myorg/app', true],
    ['Nginx', 'docker.io/library/nginx', true],
    ['nginx', 'docker.io/library/nginx', false],
    ['Registry.Example.com:5000/Team/App', 'Registry.Example.com:5000/team/app', true],
    ['localhost/Foo', 'localhost/foo', true],
  ])('%s → %s (changed: %s)', (input, repo, changed) => {
    const { repository, lowercased } = parseRepositoryLenient(input);
    expect(repository.toString()).toBe(repo);
    expect(lowercased).toBe(changed);
  });

  it('still rejects tags and bad names, quoting what was written', () => {
    expect(() => parseRepositoryLenient('ghcr.io/Owner/Repo:V1')).toThrow(
      "Invalid repository 'ghcr.io/Owner/Repo:V1' (lowercased to 'ghcr.io/owner/repo:v1'): a repository must not include a tag or digest",
    );
    expect(() => parseRepositoryLenient('ghcr.io/owner//repo')).toThrow("Invalid repository 'ghcr.io/owner//repo': invalid reference format");
  });
});

describe('pathological input', () => {
  it('fails fast on long near-miss strings', () => {
    for (const s of [
      'a'.repeat(5000) + '!',
      'a-'.repeat(3000) + '!',
      'a.'.repeat(3000) + '/x!',
      `a/${'b_'.repeat(3000)}`,
      `${'a'.repeat(3000)}:${'b'.repeat(3000)}`,
    ]) {
      expect(() => Reference.parse(s)).toThrow('Invalid image reference');
    }
  });
});
