/**
 * `attestations: referrers`: buildx's provenance leaves the image index and is pushed as an OCI 1.1
 * referrer of the platform manifest it describes, where `oras discover` and the referrers API (or,
 * on a registry without it, the referrers tag schema) find it. The default keeps it in the index
 * (build.e2e.test.ts checks that index on the same engine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, readAll, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';

// The test registries are distribution 2.8, without the referrers API: there pinship keeps the
// referrers tag schema. The proxy puts the API in front of the plain one (see referrers-proxy.ts).
const env = loadTestEnv();
const client = testClient(env);
let proxy: ReferrersProxy;
beforeAll(async () => {
  proxy = await startReferrersProxy(env.registries.plain.host);
});
afterAll(async () => {
  client.close();
  await proxy.close();
});

async function build(extra: Record<string, string>) {
  const name = uniqueRepo('build-attest');
  const repos = [
    new Repository(new Registry(env.registries.plain.host), name),
    new Repository(new Registry(env.registries.token.host), name),
    viaProxy(proxy, new Repository(new Registry(env.registries.plain.host), `${name}-api`)),
  ];
  const context = buildContext((payload) => `FROM ${env.baseImage}\nRUN echo hi > /hi\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    {
      images: repos.map(String).join('\n'),
      context,
      builder: 'buildx',
      network: 'none',
      provenance: 'true',
      tags: 'type=raw,value=attested',
      'registry-auth': tokenRegistryAuth(env),
      ...extra,
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost26, PINSHIP_CERTS_D: testCertsDir(env) },
  );
  return { run, repos };
}

interface Statement {
  predicateType: string;
}

test('buildx with provenance and attestations: referrers: an index without unknown/unknown, the provenance a referrer of the platform manifest, intact', async () => {
  const { run, repos } = await build({ attestations: 'referrers' });
  expect({ code: run.code, errors: run.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ code: 0, errors: [] });
  expect(run.stdout).toMatch(/attestation sha256:[0-9a-f]{64} of sha256:[0-9a-f]{64}: pushed as its referrer sha256:[0-9a-f]{64}, not listed in the index/);
  const platforms = JSON.parse(run.outputs['platform-digests']) as Record<string, string>;
  expect(Object.keys(platforms)).toEqual(['linux/amd64']);
  const platform = Digest.parse(platforms['linux/amd64']);
  for (const repo of repos) {
    const index = (await client.getManifest(repo, run.outputs.digest)).json as ImageIndex;
    expect((await client.resolve(repo.tag('attested'))).digest.toString()).toBe(run.outputs.digest);
    expect(index.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64']);
    expect(index.manifests[0].digest).toBe(platform.toString());
    const referrers = await client.listReferrers(repo, platform);
    expect(referrers.map((r) => r.artifactType)).toEqual(['application/vnd.in-toto+json']);
    const attestation = (await client.getManifest(repo, referrers[0].digest)).json as ImageManifest;
    expect(attestation.subject?.digest).toBe(platform.toString());
    const layer = attestation.layers.find((l) => l.annotations?.['in-toto.io/predicate-type']?.startsWith('https://slsa.dev/provenance/'));
    expect(layer).toBeDefined();
    // Read through the digest check of the blob GET: the statement is the one buildx wrote, byte for byte.
    const text = (await readAll(await client.getBlob(repo, Digest.parse(layer!.digest), layer!.size))).toString();
    const statement = JSON.parse(text) as Statement;
    expect(statement.predicateType).toBe(layer!.annotations!['in-toto.io/predicate-type']);
    // BuildKit's statements in an attestation manifest name no subject (the manifest's place did); the
    // materials they list still name the base image built from.
    expect(text).toContain(Digest.parse(env.baseImageDigest).hex);
  }
  // With the referrers API, the registry lists it: no fallback tag beside the image's own.
  expect(proxy.referrers(repos[2].path, platform.toString()).map((r) => r.artifactType)).toEqual(['application/vnd.in-toto+json']);
  expect(await tagsOf(client, repos[2])).toEqual(['attested']);
  expect((await tagsOf(client, repos[0])).sort()).toEqual(['attested', `sha256-${platform.hex}`]);
  const out = execFileSync(env.oras, ['discover', '--plain-http', '--format', 'json', `${repos[0]}@${platform}`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'pinship-oras-')) },
  });
  const found = JSON.parse(out) as { manifests?: Array<{ artifactType: string }>; referrers?: Array<{ artifactType: string }> };
  expect((found.manifests ?? found.referrers ?? []).map((m) => m.artifactType)).toEqual(['application/vnd.in-toto+json']);

  // promote's referrer copy carries it along with the platform manifest it describes.
  const dest = new Repository(new Registry(env.registries.plain.host), uniqueRepo('promote-attest'));
  const promoted = await runAction({ command: 'promote', source: `${repos[0]}:attested`, images: dest.toString(), tags: 'stable' }, events.pushMain());
  expect(promoted.code).toBe(0);
  expect(promoted.outputs.digest).toBe(run.outputs.digest);
  expect((await client.listReferrers(dest, platform)).map((r) => r.artifactType)).toEqual(['application/vnd.in-toto+json']);
});

test('attestations with a value it does not know: one error naming the input, nothing built or pushed', async () => {
  const { run, repos } = await build({ attestations: 'inline' });
  expect(run.code).not.toBe(0);
  expect(run.stdout + run.stderr).toContain("Invalid input 'attestations': 'inline'. Expected one of index, referrers.");
  expect(await client.manifestExists(repos[0], 'attested')).toBe(false);
});
