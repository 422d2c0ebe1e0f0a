import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageIndex } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { cosign } from './cosign.js';

const env = loadTestEnv();
const tool = cosign(env);
const PASSWORD = 'provenance-pw';
const containersEnv = { CONTAINERS_REGISTRIES_CONF: env.registriesConf, CONTAINERS_CONF: env.containersConf };

async function build(builder: string, kind: 'plain' | 'token', extra: Record<string, string>, runnerEnv: NodeJS.ProcessEnv = {}) {
  const image = new Repository(new Registry(env.registries[kind].host), uniqueRepo(`prov-${builder}`));
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    { images: image.toString(), context: ctx, builder, provenance: 'true', 'registry-auth': tokenRegistryAuth(env), ...extra },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost, PINSHIP_CERTS_D: testCertsDir(env), ...containersEnv, ...runnerEnv },
  );
  return { run, image };
}

test('buildah with provenance and signing-key: the SLSA v1 statement passes cosign verify-attestation', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const { run, image } = await build('buildah', 'token', { 'signing-key': keys.key, 'signing-key-password': PASSWORD });
  expect(run.code).toBe(0);
  const digest = run.outputs.digest!;
  const pub = join(mkdtempSync(join(tmpdir(), 'pinship-pub-')), 'cosign.pub');
  writeFileSync(pub, keys.pub);
  const v = await tool.run(['verify-attestation', '--key', pub, '--type', 'slsaprovenance1', '--insecure-ignore-tlog=true', `${image}@${digest}`]);
  expect(v.out).toContain('Verification for');
  expect(v.code).toBe(0);
  const payload = JSON.parse(v.out.split('\n').find((l) => l.startsWith('{"payloadType"'))!) as { payload: string };
  const statement = JSON.parse(Buffer.from(payload.payload, 'base64').toString('utf8')) as { subject: Array<{ digest: { sha256: string } }>; predicate: { buildDefinition: { resolvedDependencies: Array<{ uri: string; digest: Record<string, string> }> } } };
  expect(statement.subject[0]!.digest.sha256).toBe(digest.slice('sha256:'.length));
  // the commit and the base image by digest
  expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual(expect.arrayContaining([
    expect.objectContaining({ digest: { gitCommit: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string } }),
    expect.objectContaining({ digest: { sha256: env.baseImageDigest.slice('sha256:'.length) } }),
  ]));
  const metadata = JSON.parse(run.outputs.metadata!) as { attached: Array<{ kind: string; tag: string }> };
  expect(metadata.attached.map((a) => a.kind).sort()).toEqual(['attestation', 'signature']);
  // the image signature is there as well
  expect((await tool.verify(`${image}@${digest}`, keys.pub)).code).toBe(0);
});

test('docker builder with provenance and no key: the statement is a referrer that oras discover lists', async () => {
  const { run, image } = await build('docker', 'plain', {});
  expect(run.code).toBe(0);
  const out = execFileSync(env.oras, ['discover', '--plain-http', '--format', 'json', `${image}@${run.outputs.digest}`], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'pinship-oras-')) } });
  const found = JSON.parse(out) as { manifests?: Array<{ artifactType: string }>; referrers?: Array<{ artifactType: string }> };
  expect((found.manifests ?? found.referrers ?? []).map((m) => m.artifactType)).toEqual(['application/vnd.in-toto+json']);
});

test('buildx on dockerd 26 with provenance and signing-key: buildx\'s own attestation in the signed index, none added by pinship', async () => {
  const keys = await tool.keyPair(PASSWORD);
  const { run, image } = await build('buildx', 'token', { network: 'none', 'signing-key': keys.key, 'signing-key-password': PASSWORD }, { DOCKER_HOST: env.dockerHost26 });
  expect(run.code).toBe(0);
  const client = testClient(env);
  try {
    const index = (await client.getManifest(image, run.outputs.digest!)).json as ImageIndex;
    expect(index.manifests.map((m) => m.annotations?.['vnd.docker.reference.type'] ?? 'image')).toEqual(['image', 'attestation-manifest']);
  } finally {
    client.close();
  }
  const metadata = JSON.parse(run.outputs.metadata!) as { attached: Array<{ kind: string }> };
  expect(metadata.attached.map((a) => a.kind)).toEqual(['signature']);
  expect((await tool.verify(`${image}@${run.outputs.digest}`, keys.pub)).code).toBe(0);
});
