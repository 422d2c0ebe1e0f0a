import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Digest } from '../../src/registry/digest.js';
import { readBounded } from '../../src/registry/http.js';
import type { ImageManifest } from '../../src/registry/mediatypes.js';
import type { Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';
import { loadTestEnv, testClient, testRepo } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { annotations, workspace } from './deploy.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

// Other verifiers than cosign 2 check what pinship signs keylessly, and pinship checks what cosign 3 signs:
// sigstore-go's verifier (Debian trixie's sigstore-go) and cosign 3 (Debian unstable's), both offline against
// the local Fulcio, Rekor and CT log of sigstore-local.ts through the trusted_root.json that lists them. The
// registry with the referrers API, where the Sigstore bundle referrers live, is the plain registry behind
// referrers-proxy.ts. sigstore-go's other tool, oci-image-verification (its example verifier of a cosign `.sig`),
// is not used: the Debian build either demands an RFC 3161 timestamp annotation, which cosign writes only with
// a timestamp authority, or (-requireTimestamp=false) refuses to start without one of its timestamp options.
const env = loadTestEnv();
const client = testClient(env);
const dir = mkdtempSync(join(tmpdir(), 'pinship-crosscheck-'));
let proxy: ReferrersProxy;
let sigstore: LocalSigstore;
beforeAll(async () => {
  proxy = await startReferrersProxy(env.registries.plain.host);
  sigstore = await localSigstore();
});
afterAll(async () => {
  client.close();
  await proxy.close();
  await sigstore.close();
});

const OTHER = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** A tool run offline with a HOME of its own: nothing but its arguments tells it what to trust. */
function run(tool: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(tool, args, { cwd: dir, env: { PATH: process.env.PATH, HOME: dir }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` });
    });
  });
}

/** The Sigstore bundle layer of `digest`'s one bundle referrer, saved to a file. */
async function bundleFile(repo: Repository, digest: Digest): Promise<string> {
  const listed = (await client.listReferrers(repo, digest)).filter((d) => d.artifactType === BUNDLE);
  expect(listed).toHaveLength(1);
  const manifest = (await client.getManifest(repo, listed[0].digest)).json as ImageManifest;
  const layer = manifest.layers[0];
  const bytes = await readBounded(await client.getBlob(repo, Digest.parse(layer.digest), layer.size), 1 << 20, 'bundle');
  const file = join(dir, `bundle-${digest.hex.slice(0, 12)}.json`);
  writeFileSync(file, bytes);
  return file;
}

test('a pinship keyless-signed build: sigstore-go and cosign 3 verify its Sigstore bundle by identity and refuse another identity or digest', async () => {
  const dest = viaProxy(proxy, testRepo(env, 'plain', 'crosscheck-build'));
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const build = await runAction(
    {
      images: dest.toString(),
      context: ctx,
      builder: 'docker',
      tags: 'type=raw,value=v1',
      keyless: 'true',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
    },
    events.pushMain(),
    {
      DOCKER_HOST: env.dockerHost,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${sigstore.tokenUrl}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.tokenRequestToken,
    },
  );
  expect(build.code).toBe(0);
  const digest = Digest.parse(build.outputs.digest);
  const bundle = await bundleFile(dest, digest);

  // the bundle alone, against the image's digest (its in-toto statement's subject)
  const sigstoreGo = (san: string, hex = digest.hex) =>
    run(env.sigstoreGoVerification, [
      `-trustedrootJSONpath=${sigstore.trustedRootFile}`,
      `-expectedSAN=${san}`,
      `-expectedIssuer=${GITHUB_ISSUER}`,
      `-artifact-digest=${hex}`,
      '-artifact-digest-algorithm=sha256',
      bundle,
    ]);
  const good = await sigstoreGo(sigstore.subject);
  expect(good.out).toContain('Verification successful!');
  expect(good.out).toContain(`"subjectAlternativeName": "${sigstore.subject}"`);
  expect(good.code).toBe(0);
  const other = await sigstoreGo(OTHER);
  expect(other.out).toContain(`expected SAN value "${OTHER}", got "${sigstore.subject}"`);
  expect(other.code).not.toBe(0);
  const elsewhere = await sigstoreGo(sigstore.subject, 'b'.repeat(64));
  expect(elsewhere.out).toContain('provided artifact digest does not match any digest in statement');
  expect(elsewhere.code).not.toBe(0);
  const issuer = await run(env.sigstoreGoVerification, [
    `-trustedrootJSONpath=${sigstore.trustedRootFile}`,
    `-expectedSAN=${sigstore.subject}`,
    '-expectedIssuer=https://accounts.google.com',
    `-artifact-digest=${digest.hex}`,
    bundle,
  ]);
  expect(issuer.code).not.toBe(0);

  // cosign 3 reads the bundle referrer from the registry: the .sig tag and its OCI 1.1 copy are deleted first
  const sig = await client.getManifest(dest, `sha256-${digest.hex}.sig`);
  await client.deleteManifest(dest, sig.digest);
  for (const d of proxy.referrers(dest.path, digest.toString()).filter((r) => r.artifactType !== BUNDLE))
    await client.deleteManifest(dest, Digest.parse(d.digest));

  const cosign3 = (san: string) =>
    run(env.cosign3, [
      'verify',
      `--certificate-identity=${san}`,
      `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
      `--trusted-root=${sigstore.trustedRootFile}`,
      '--allow-http-registry',
      `${dest}@${digest}`,
    ]);
  const c3 = await cosign3(sigstore.subject);
  expect(c3.out).toContain('The code-signing certificate was verified using trusted certificate authority certificates');
  expect(c3.out).toContain('Existence of the claims in the transparency log was verified offline');
  expect(c3.code).toBe(0);
  const c3other = await cosign3(OTHER);
  expect(c3other.out).toContain(`expected SAN value "${OTHER}", got "${sigstore.subject}"`);
  expect(c3other.code).not.toBe(0);
});

test('cosign 3 keyless-signed (a Sigstore bundle referrer, logged in Rekor): pinship verify accepts its identity and refuses another', async () => {
  const target = viaProxy(proxy, testRepo(env, 'plain', 'crosscheck-cosign3'));
  const index = await pushIndex(client, target, { tag: '1.0' });
  // cosign 3 takes its service addresses from a signing config (without one it would fetch the public-good one through TUF)
  const signingConfig = join(dir, 'signing_config.json');
  const start = '2020-01-01T00:00:00Z';
  writeFileSync(
    signingConfig,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [{ url: sigstore.fulcioUrl, majorApiVersion: 1, validFor: { start }, operator: 'local' }],
      oidcUrls: [],
      rekorTlogUrls: [{ url: sigstore.rekorUrl, majorApiVersion: 1, validFor: { start }, operator: 'local' }],
      tsaUrls: [],
      rekorTlogConfig: { selector: 'ANY' },
      tsaConfig: { selector: 'ANY' },
    }),
  );
  const sign = await run(env.cosign3, [
    'sign',
    '--yes',
    `--signing-config=${signingConfig}`,
    `--trusted-root=${sigstore.trustedRootFile}`,
    `--identity-token=${sigstore.token(sigstore.subject)}`,
    '--allow-http-registry',
    `${target}@${index.digest}`,
  ]);
  expect(sign.code).toBe(0);
  // cosign 3's form alone: a bundle referrer, no .sig tag
  expect(proxy.referrers(target.path, index.digest.toString()).map((d) => d.artifactType)).toEqual([BUNDLE]);
  expect(await client.manifestExists(target, `sha256-${index.digest.hex}.sig`)).toBe(false);
  const verify = (id: string) =>
    runAction(
      {
        command: 'verify',
        files: 'k8s/*.yaml',
        'require-signature': 'true',
        'certificate-identity': id,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': sigstore.trustedRootJson,
      },
      events.pushMain(),
      { GITHUB_WORKSPACE: workspace([`${target}:1.0@${index.digest}`]) },
    );
  const ok = await verify(sigstore.subject);
  expect(annotations(ok.stdout)).toEqual([]);
  expect(ok.code).toBe(0);
  const refused = await verify(OTHER);
  expect(refused.code).toBe(1);
  expect(annotations(refused.stdout)).toEqual([
    expect.stringContaining(`holds a certificate for ${sigstore.subject} issued by ${GITHUB_ISSUER}, not ${OTHER} issued by ${GITHUB_ISSUER}`),
  ]);
});
