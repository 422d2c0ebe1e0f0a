import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import { readBounded } from '../../src/registry/http.js';
import type { Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';
import { annotations, workspace } from './deploy.js';
import { AMD64, ARM64, pushImage } from '../promote/fixtures.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy } from '../helpers/referrers-proxy.js';
import { ATTESTATION_ID, GITHUB_ISSUER, githubLocal, type GitHubLocal } from './github-local.js';
import { localSigstore, type LocalSigstore } from './sigstore-local.js';

// What runs for real: dist/index.js as the runner starts it, @actions/attest inside it, docker building,
// the registry at 127.0.0.1:5000, oras and cosign checking the result. What stands in for what cannot run
// here: Sigstore's public-good Fulcio (POST /api/v2/signingCert) and Rekor (POST /api/v1/log/entries) are
// @sigstore/mock's (sigstore-local.ts), GitHub's OIDC token endpoint, its issuer's JWKS and the
// attestations API are github-local.ts's. @actions/attest's Fulcio, Rekor and issuer addresses are fixed
// https:// ones: https-standins.cjs, preloaded into the step, answers them from those stand-ins.
const env = loadTestEnv();
const client = testClient(env);
const REPOSITORY = 'acme/pinship-demo';
const IDENTITY = `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`;
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
let sigstore: LocalSigstore;
let github: GitHubLocal;
beforeAll(async () => {
  sigstore = await localSigstore({ subject: IDENTITY });
  github = await githubLocal(REPOSITORY);
});
afterAll(async () => {
  client.close();
  await sigstore.close();
  await github.close();
});

/** A public repository's push to main, as GitHub sends it: public repositories sign with public-good Sigstore. */
function publicPush() {
  const event = events.pushMain();
  const payload = event.payload as { repository: Record<string, unknown> };
  return { ...event, payload: { ...payload, repository: { ...payload.repository, visibility: 'public' } } };
}

function stepEnv(withOidc = true): Record<string, string> {
  const standIns = {
    'https://fulcio.sigstore.dev': sigstore.fulcioUrl,
    'https://rekor.sigstore.dev': sigstore.rekorUrl,
    [GITHUB_ISSUER]: github.issuerStandIn,
  };
  const oidc = withOidc ? github.env : { GITHUB_API_URL: github.env.GITHUB_API_URL };
  return {
    DOCKER_HOST: env.dockerHost,
    NODE_OPTIONS: `--require ${join(process.cwd(), '__tests__', 'helpers', 'https-standins.cjs')}`,
    PINSHIP_TEST_HTTPS_STANDINS: JSON.stringify(standIns),
    ...oidc,
  };
}

const build = (dest: Repository, inputs: Record<string, string>, withOidc = true) =>
  runAction(
    {
      images: dest.toString(),
      context: buildContext((payload) => `FROM scratch\nCOPY ${payload} /payload.txt\n`),
      builder: 'docker',
      provenance: 'false',
      tags: 'type=raw,value=v1',
      'github-token': 'ghs_standin',
      attest: 'true',
      ...inputs,
    },
    publicPush(),
    stepEnv(withOidc),
  );

const run = (file: string, args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    const home = mkdtempSync(join(tmpdir(), 'pinship-attest-tool-'));
    execFile(file, args, { env: { PATH: process.env.PATH, HOME: home }, cwd: home, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` }),
    );
  });

interface Statement {
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: { buildDefinition: { buildType: string } };
}

test('attest with attest-push: GitHub stores the provenance, the registry holds its bundle as a referrer, cosign and pinship verify it', async () => {
  const dest = testRepo(env, 'plain', 'attest');
  const stored = github.stored.length;
  const step = await build(dest, { 'attest-push': 'true' });
  expect(step.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
  expect(step.code).toBe(0);
  const digest = Digest.parse(step.outputs.digest);
  expect(step.outputs['attestation-id']).toBe(String(ATTESTATION_ID));
  expect(step.outputs['attestation-url']).toBe(`https://github.com/${REPOSITORY}/attestations/${ATTESTATION_ID}`);
  expect(step.summary).toContain(`**attestation** [${ATTESTATION_ID}](https://github.com/${REPOSITORY}/attestations/${ATTESTATION_ID})`);
  expect(github.audiences).toEqual(expect.arrayContaining(['nobody', 'sigstore']));

  // the attestations API got one bundle, with the job's token: an in-toto statement of the pushed digest
  expect(github.stored.slice(stored)).toHaveLength(1);
  const request = github.stored[stored];
  expect(request.authorization).toBe('token ghs_standin');
  const bundle = request.body.bundle as { mediaType: string; dsseEnvelope: { payload: string }; verificationMaterial: { certificate: { rawBytes: string } } };
  expect(bundle.mediaType).toBe(BUNDLE);
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;
  expect(statement.subject).toEqual([{ name: dest.toString(), digest: { sha256: digest.hex } }]);
  expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
  expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
  const certificate = new X509Certificate(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'));
  expect(certificate.subjectAltName).toBe(`URI:${IDENTITY}`);

  // the registry holds the same bundle as the referrer attest-build-provenance's push-to-registry writes, and the tag
  const oras = await run(env.oras, ['discover', '--plain-http', '--format', 'json', `${dest}@${digest}`]);
  expect(oras.code).toBe(0);
  const found = JSON.parse(oras.out) as { manifests?: Referrer[]; referrers?: Referrer[] };
  type Referrer = { digest: string; artifactType: string; annotations?: Record<string, string> };
  const referrers = found.manifests ?? found.referrers ?? [];
  expect(referrers.map((r) => r.artifactType)).toEqual([BUNDLE]);
  expect(referrers[0].annotations).toMatchObject({
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
  });
  const referrer = await client.getManifest(dest, referrers[0].digest);
  const layer = (referrer.json as { layers: Array<{ digest: string; mediaType: string }> }).layers[0];
  expect(layer.mediaType).toBe(BUNDLE);
  const pushed = await readBounded(await client.getBlob(dest, Digest.parse(layer.digest)), 1024 * 1024, 'the bundle');
  expect(JSON.parse(pushed.toString('utf8'))).toEqual(bundle);
  expect(await tagsOf(client, dest)).toContain('v1');

  // the real cosign verifies the bundle by identity, its statement against the manifest's own bytes
  const dir = mkdtempSync(join(tmpdir(), 'pinship-attest-'));
  writeFileSync(join(dir, 'bundle.json'), pushed);
  writeFileSync(join(dir, 'manifest.json'), (await client.getManifest(dest, digest)).bytes);
  const cosignVerify = (identity: string) =>
    run(env.cosign, [
      'verify-blob-attestation',
      '--new-bundle-format',
      `--bundle=${join(dir, 'bundle.json')}`,
      `--trusted-root=${sigstore.trustedRootFile}`,
      `--certificate-identity=${identity}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      '--type=slsaprovenance1',
      join(dir, 'manifest.json'),
    ]);
  const good = await cosignVerify(IDENTITY);
  expect(good.out).toContain('Verified OK');
  expect(good.code).toBe(0);
  expect((await cosignVerify(`https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/heads/main`)).code).not.toBe(0);

  // pinship's verify reads the referrer: provenance signed by the workflow, and by no other
  const verify = (identity: string) =>
    runAction(
      {
        command: 'verify',
        files: 'k8s/*.yaml',
        'require-provenance': 'true',
        'certificate-identity': identity,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': sigstore.trustedRootJson,
      },
      events.pushMain(),
      { GITHUB_WORKSPACE: workspace([`${dest}:v1@${digest}`]) },
    );
  // (without require-signature, the image being unsigned is only a warning)
  const errors = (stdout: string) => annotations(stdout).filter((a) => / error /.test(a));
  const ok = await verify(IDENTITY);
  expect(errors(ok.stdout)).toEqual([]);
  expect(ok.code).toBe(0);
  const other = await verify(`https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/heads/main`);
  expect(other.code).toBe(1);
  expect(errors(other.stdout)).toEqual([expect.stringMatching(/^k8s\/app\.yaml:5 error .* has no signed provenance: .*holds a certificate for /)]);
});

test('attest without id-token permission: refused before anything is built, naming id-token: write', async () => {
  const dest = testRepo(env, 'plain', 'attest-noid');
  const step = await build(dest, {}, false);
  expect(step.code).toBe(1);
  expect(step.stdout).toContain(
    "::error::input 'attest' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then) and 'attestations: write'",
  );
  expect(await tagsOf(client, dest)).toEqual([]);
});

test('the attestations API answering 403: one error line naming attestations: write, and no tag moves', async () => {
  const dest = testRepo(env, 'plain', 'attest-403');
  github.refuse = { status: 403, message: 'Resource not accessible by integration' };
  try {
    const step = await build(dest, { 'attest-push': 'true' });
    expect(step.code).toBe(1);
    const errors = step.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::GitHub's attestations API \(POST \/repos\/acme\/pinship-demo\/attestations\) refused the attestation of sha256:[0-9a-f]{64}: "Failed to persist attestation: Resource not accessible by integration.*"; the job needs 'permissions: attestations: write'.*; no destination tag was written$/,
      ),
    ]);
  } finally {
    delete github.refuse;
  }
  expect(await tagsOf(client, dest)).toEqual([]);
});

test('merge with attest (no attest-push): the index digest is attested before its tag moves, and nothing is added to the registry', async () => {
  const source = testRepo(env, 'plain', 'attest-merge-src');
  const dest = testRepo(env, 'plain', 'attest-merge');
  const children = [await pushImage(client, source, { platform: AMD64 }), await pushImage(client, source, { platform: ARM64 })];
  const stored = github.stored.length;
  const step = await runAction(
    {
      command: 'merge',
      images: dest.toString(),
      source: source.toString(),
      digests: children.map((c) => c.digest.toString()).join('\n'),
      tags: 'type=raw,value=v1',
      'github-token': 'ghs_standin',
      attest: 'true',
    },
    publicPush(),
    stepEnv(),
  );
  expect(step.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
  expect(step.code).toBe(0);
  const index = Digest.parse(step.outputs.digest);
  expect(step.outputs['attestation-url']).toBe(`https://github.com/${REPOSITORY}/attestations/${ATTESTATION_ID}`);
  const bundle = github.stored.slice(stored).map((r) => r.body.bundle as { dsseEnvelope: { payload: string } });
  expect(bundle).toHaveLength(1);
  const statement = JSON.parse(Buffer.from(bundle[0].dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;
  expect(statement.subject).toEqual([{ name: dest.toString(), digest: { sha256: index.hex } }]);
  expect(await client.listReferrers(dest, index)).toEqual([]);
  expect(await tagsOf(client, dest)).toEqual(['v1']);
});

test('attest-push where the registry has the referrers API: the bundle is listed there, written before the tag', async () => {
  // the plain registry behind referrers-proxy.ts, which adds what a registry with the API does
  const proxy = await startReferrersProxy(env.registries.plain.host);
  try {
    const dest = viaProxy(proxy, testRepo(env, 'plain', 'attest-api'));
    const step = await build(dest, { 'attest-push': 'true' });
    expect(step.code).toBe(0);
    const listed = proxy.referrers(dest.path, step.outputs.digest);
    expect(listed.map((d) => d.artifactType)).toEqual([BUNDLE]);
    const metadata = JSON.parse(step.outputs.metadata) as { attached: Array<{ kind: string; digest: string }> };
    expect(metadata.attached).toEqual([{ kind: 'attestation', subject: step.outputs.digest, digest: listed[0].digest, tag: '' }]);
    const at = (what: string): number => proxy.seen.indexOf(`PUT /v2/${dest.path}/manifests/${what}`);
    expect(at(listed[0].digest)).toBeGreaterThan(at(step.outputs.digest));
    expect(at('v1')).toBeGreaterThan(at(listed[0].digest));
  } finally {
    await proxy.close();
  }
});
