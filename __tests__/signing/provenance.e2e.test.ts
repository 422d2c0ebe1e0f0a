import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
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

/** verify over one k8s file naming `image`; its `::error file=...` annotations as `line level message`. */
async function verifyPinned(image: string, inputs: Record<string, string>) {
  const ws = mkdtempSync(join(tmpdir(), 'pinship-ws-'));
  mkdirSync(join(ws, 'k8s'));
  writeFileSync(join(ws, 'k8s', 'app.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${image}\n`);
  const run = await runAction({ command: 'verify', files: 'k8s/*.yaml', 'registry-auth': tokenRegistryAuth(env), ...inputs }, events.pushMain(), {
    GITHUB_WORKSPACE: ws,
    PINSHIP_CERTS_D: testCertsDir(env),
  });
  return {
    code: run.code,
    annotations: [...run.stdout.matchAll(/^::(error|warning) file=k8s\/app\.yaml,line=(\d+),col=\d+::(.*)$/gm)].map((m) => `${m[2]} ${m[1]} ${m[3]}`),
  };
}

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
  const digest = run.outputs.digest;
  const pub = join(mkdtempSync(join(tmpdir(), 'pinship-pub-')), 'cosign.pub');
  writeFileSync(pub, keys.pub);
  const v = await tool.run(['verify-attestation', '--key', pub, '--type', 'slsaprovenance1', '--insecure-ignore-tlog=true', `${image}@${digest}`]);
  expect(v.out).toContain('Verification for');
  expect(v.code).toBe(0);
  const payload = JSON.parse(v.out.split('\n').find((l) => l.startsWith('{"payloadType"'))!) as { payload: string };
  const statement = JSON.parse(Buffer.from(payload.payload, 'base64').toString('utf8')) as {
    subject: Array<{ digest: { sha256: string } }>;
    predicate: { buildDefinition: { resolvedDependencies: Array<{ uri: string; digest: Record<string, string> }> } };
  };
  expect(statement.subject[0].digest.sha256).toBe(digest.slice('sha256:'.length));
  // the commit and the base image by digest
  expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ digest: { gitCommit: expect.stringMatching(/^[0-9a-f]{40}$/) } }),
      expect.objectContaining({ digest: { sha256: env.baseImageDigest.slice('sha256:'.length) } }),
    ]),
  );
  const metadata = JSON.parse(run.outputs.metadata) as { attached: Array<{ kind: string; tag: string }> };
  expect(metadata.attached.map((a) => a.kind).sort()).toEqual(['attestation', 'signature']);
  // the image signature is there as well
  expect((await tool.verify(`${image}@${digest}`, keys.pub)).code).toBe(0);
  // pinship's verify: signed and attested passes; another key finds neither
  expect(await verifyPinned(`${image}@${digest}`, { 'public-key': keys.pub, 'require-signature': 'true', 'require-provenance': 'true' })).toEqual({
    code: 0,
    annotations: [],
  });
  const other = await tool.keyPair(PASSWORD);
  const refused = await verifyPinned(`${image}@${digest}`, { 'public-key': other.pub, 'require-signature': 'true', 'require-provenance': 'true' });
  expect(refused.code).toBe(1);
  expect(refused.annotations).toEqual([
    expect.stringMatching(/^5 error .* is not signed by public-key: no valid signature for the public key/),
    `5 error ${image}@${digest} has no signed provenance: ${image}:sha256-${digest.slice(7)}.att holds provenance the public key does not verify for this digest`,
  ]);
});

test('docker builder with provenance and no key: the statement is a referrer that oras discover lists', async () => {
  const { run, image } = await build('docker', 'plain', {});
  expect(run.code).toBe(0);
  const out = execFileSync(env.oras, ['discover', '--plain-http', '--format', 'json', `${image}@${run.outputs.digest}`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'pinship-oras-')) },
  });
  const found = JSON.parse(out) as { manifests?: Array<{ artifactType: string }>; referrers?: Array<{ artifactType: string }> };
  expect((found.manifests ?? found.referrers ?? []).map((m) => m.artifactType)).toEqual(['application/vnd.in-toto+json']);
  expect(await verifyPinned(`${image}@${run.outputs.digest}`, { 'require-provenance': 'true' })).toEqual({ code: 0, annotations: [] });
});

test('verify require-provenance: an image built without provenance fails at its file:line', async () => {
  const { run, image } = await build('docker', 'plain', { provenance: 'false' });
  expect(run.code).toBe(0);
  const res = await verifyPinned(`${image}@${run.outputs.digest}`, { 'require-provenance': 'true' });
  expect(res).toEqual({
    code: 1,
    annotations: [
      `5 error ${image}@${run.outputs.digest} has no provenance: no provenance: no cosign attestation (sha256-${run.outputs.digest.slice(7)}.att), in-toto referrer or buildx attestation manifest`,
    ],
  });
});

test("buildx on dockerd 26 with provenance and signing-key: buildx's own attestation in the signed index, none added by pinship", async () => {
  const keys = await tool.keyPair(PASSWORD);
  const { run, image } = await build(
    'buildx',
    'token',
    { network: 'none', 'signing-key': keys.key, 'signing-key-password': PASSWORD },
    { DOCKER_HOST: env.dockerHost26 },
  );
  expect(run.code).toBe(0);
  const client = testClient(env);
  try {
    const index = (await client.getManifest(image, run.outputs.digest)).json as ImageIndex;
    expect(index.manifests.map((m) => m.annotations?.['vnd.docker.reference.type'] ?? 'image')).toEqual(['image', 'attestation-manifest']);
  } finally {
    client.close();
  }
  const metadata = JSON.parse(run.outputs.metadata) as { attached: Array<{ kind: string }> };
  expect(metadata.attached.map((a) => a.kind)).toEqual(['signature']);
  expect((await tool.verify(`${image}@${run.outputs.digest}`, keys.pub)).code).toBe(0);
  // buildx's unsigned attestation counts as provenance without a key, not as signed provenance with one
  expect(await verifyPinned(`${image}@${run.outputs.digest}`, { 'require-provenance': 'true' })).toEqual({ code: 0, annotations: [] });
  const signedOnly = await verifyPinned(`${image}@${run.outputs.digest}`, { 'require-provenance': 'true', 'public-key': keys.pub });
  expect(signedOnly.annotations).toEqual([expect.stringMatching(/^5 error .* has no signed provenance: no signed provenance: .*\.att does not exist$/)]);
});

test('buildx with attestations: referrers on two platforms: provenance found on each platform manifest; a platform without fails', async () => {
  const image = new Repository(new Registry(env.registries.plain.host), uniqueRepo('prov-referrers'));
  const ctx = buildContext((payload) => `FROM ${env.multiBaseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
    {
      images: image.toString(),
      context: ctx,
      builder: 'buildx',
      network: 'none',
      platforms: 'linux/amd64,linux/arm64',
      provenance: 'true',
      attestations: 'referrers',
    },
    events.pushMain(),
    { DOCKER_HOST: env.dockerHost26 },
  );
  expect(run.code).toBe(0);
  const pinned = `${image}@${run.outputs.digest}`;
  const client = testClient(env);
  try {
    const index = (await client.getManifest(image, run.outputs.digest)).json as ImageIndex;
    // the index lists the platforms only: the statements are referrers of each (the registry's referrers tag schema here)
    expect(index.manifests.map((m) => m.annotations?.['vnd.docker.reference.type'] ?? `${m.platform?.os}/${m.platform?.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    expect(await verifyPinned(pinned, { 'require-provenance': 'true' })).toEqual({ code: 0, annotations: [] });

    const arm64 = Digest.parse(index.manifests[1].digest);
    for (const r of await client.listReferrers(image, arm64)) await client.deleteManifest(image, Digest.parse(r.digest));
    expect(await verifyPinned(pinned, { 'require-provenance': 'true' })).toEqual({
      code: 1,
      annotations: [
        `5 error ${pinned} has no provenance: no provenance for every platform: SLSA provenance on 1 of the index's 2 platform manifests, none on ${arm64} (linux/arm64)`,
      ],
    });
  } finally {
    client.close();
  }
});
