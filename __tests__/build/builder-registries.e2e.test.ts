import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insecurePullHosts, registriesConfTwin } from '../../src/commands/build/builder-registries.js';
import { readDockerfileBases } from '../../src/image/base-layers.js';
import { loadTestEnv } from '../helpers/registry.js';

const env = loadTestEnv();
const dir = mkdtempSync(join(tmpdir(), 'pinship-regconf-'));

interface PodmanRegistries {
  search?: string[];
  [prefix: string]: { Insecure: boolean; Location: string } | string[] | undefined;
}

/** The registries podman itself reads from a file: the twin must parse, not only look right. */
function podmanRegistries(file: string): PodmanRegistries {
  const out = execFileSync('podman', ['info', '--format', '{{json .Registries}}'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CONTAINERS_REGISTRIES_CONF: file, CONTAINERS_CONF: env.containersConf },
  });
  return JSON.parse(out.toString()) as PodmanRegistries;
}

test('the twin keeps the user’s registries.conf (search list, own entries) and marks only the hosts it lacks insecure', async () => {
  const user = join(dir, 'user.conf');
  writeFileSync(user, 'unqualified-search-registries = ["docker.io", "quay.io"]\n\n[[registry]]\nlocation = "mirror.example:5000"\ninsecure = false\n');
  const twin = await registriesConfTwin(['127.0.0.1:6000', 'mirror.example:5000'], { CONTAINERS_REGISTRIES_CONF: user });
  expect(twin!.notes).toEqual([expect.stringContaining(`${user} already configures mirror.example:5000`)]);
  const file = join(dir, 'twin.conf');
  writeFileSync(file, twin!.text);
  const read = podmanRegistries(file);
  expect(read.search).toEqual(['docker.io', 'quay.io']);
  expect(read['127.0.0.1:6000']).toMatchObject({ Insecure: true, Location: '127.0.0.1:6000' });
  expect(read['mirror.example:5000']).toMatchObject({ Insecure: false });
});

test('no host to mark: no twin; a v1-format file is kept as is, with a note naming the hosts', async () => {
  expect(await registriesConfTwin([], {})).toBeUndefined();
  const v1 = join(dir, 'v1.conf');
  writeFileSync(v1, '[registries.search]\nregistries = ["docker.io"]\n');
  const twin = await registriesConfTwin(['127.0.0.1:6000'], { CONTAINERS_REGISTRIES_CONF: v1 });
  expect(twin!.text).toBe('[registries.search]\nregistries = ["docker.io"]\n');
  expect(twin!.notes).toEqual([expect.stringMatching(/v1 format.*127\.0\.0\.1:6000.*\[registries\.insecure\]/)]);
});

test('hosts: insecure-registries, plus loopback registries the Dockerfile builds FROM (ARG defaults applied)', async () => {
  const dockerfile = join(dir, 'Dockerfile');
  writeFileSync(
    dockerfile,
    'ARG REG=localhost:5999\nFROM ${REG}/base AS one\nFROM 127.0.0.1:5000/x/y:1\nFROM docker.io/library/alpine\nFROM one\nFROM [::1]:7000/z\n',
  );
  const hosts = insecurePullHosts(['Registry.Example:443'], (await readDockerfileBases(dockerfile, {})).images);
  expect(hosts.sort()).toEqual(['127.0.0.1:5000', '[::1]:7000', 'localhost:5999', 'registry.example:443']);
  // A Dockerfile that cannot be read names no base: the builder reports it missing.
  expect(await readDockerfileBases(join(dir, 'missing'), {})).toEqual({ images: [], final: undefined });
});
