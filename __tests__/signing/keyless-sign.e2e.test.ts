import { MediaType, type ImageManifest } from '../../src/registry/mediatypes.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import type { Repository } from '../../src/registry/reference.js';
import { checkSignature } from '../../src/signing/verify.js';
import { parseTrustedRoot } from '../../src/signing/identity.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { annotations, workspace } from './deploy.js';
import { viaProxy } from '../helpers/fault-proxy.js';
import { startReferrersProxy, type ReferrersProxy } from '../helpers/referrers-proxy.js';
import { loadTestEnv, tagsOf, testClient, testRepo } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { cosign } from './cosign.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

// Fulcio, Rekor and GitHub's OIDC token endpoint are local stand-ins (sigstore-local.ts says which
// and where their behaviour is documented); the registry with the referrers API is the plain registry
// behind referrers-proxy.ts.
const env = loadTestEnv();
const client = testClient(env);
const tool = cosign(env);
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

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const sigTag = (hex: string): string => `sha256-${hex}.sig`;
const identity = () => ({
  identity: { exact: sigstore.subject },
  issuer: GITHUB_ISSUER,
  trustedRoot: parseTrustedRoot(sigstore.trustedRootJson),
  ignoreTlog: false,
});

const cosignVerify = (image: string, id: string) =>
  tool.run(
    ['verify', `--certificate-identity=${id}`, `--certificate-oidc-issuer=${GITHUB_ISSUER}`, '--allow-http-registry', '--allow-insecure-registry', image],
    {
      SIGSTORE_ROOT_FILE: sigstore.caPemFile,
      SIGSTORE_REKOR_PUBLIC_KEY: sigstore.rekorPubFile,
      SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: sigstore.ctlogPubFile,
    },
  );
const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: `${sigstore.tokenUrl}?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.tokenRequestToken });

const promoteKeyless = (source: string, dest: Repository, extra: Record<string, string> = {}, oidc = true) =>
  runAction(
    {
      command: 'promote',
      source,
      images: dest.toString(),
      tags: 'stable',
      keyless: 'true',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      ...extra,
    },
    events.pushMain(),
    oidc ? oidcEnv() : {},
  );

test('promote with keyless: the .sig tag (certificate, chain, Rekor SET) and a Sigstore bundle referrer, both verified by cosign and pinship', async () => {
  const source = testRepo(env, 'plain', 'keyless-src');
  const index = await pushIndex(client, source, { tag: 'rc' });
  const dest = viaProxy(proxy, testRepo(env, 'plain', 'keyless-dst'));
  const run = await promoteKeyless(`${source}:rc`, dest);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`keyless: certificate for ${sigstore.subject} from ${sigstore.fulcioUrl}, logged in ${sigstore.rekorUrl}`);
  expect(sigstore.audiences).toEqual(['sigstore']);
  // the request token and the OIDC token appear only where the runner is told to mask them
  const secrets = run.stdout.split('\n').filter((l) => l.includes(sigstore.tokenRequestToken) || l.includes('.c2ln'));
  expect(secrets.map((l) => l.slice(0, 13))).toEqual(['::add-mask::r', '::add-mask::e']);

  const sig = await client.getManifest(dest, sigTag(index.digest.hex));
  const layer = (sig.json as ImageManifest).layers[0];
  expect(Object.keys(layer.annotations ?? {}).sort()).toEqual([
    'dev.cosignproject.cosign/signature',
    'dev.sigstore.cosign/bundle',
    'dev.sigstore.cosign/certificate',
    'dev.sigstore.cosign/chain',
  ]);
  const bundles = proxy.referrers(dest.path, index.digest.toString()).filter((d) => d.artifactType === BUNDLE);
  expect(bundles).toHaveLength(1);
  // every signature went in before the tag moved
  const at = (what: string): number => proxy.seen.indexOf(`PUT /v2/${dest.path}/manifests/${what}`);
  expect(at('stable')).toBeGreaterThan(at(sigTag(index.digest.hex)));
  expect(at('stable')).toBeGreaterThan(at(bundles[0].digest));

  // the real cosign verifies the .sig form by identity
  const cosignVerify = (id: string) =>
    tool.run(
      [
        'verify',
        `--certificate-identity=${id}`,
        `--certificate-oidc-issuer=${GITHUB_ISSUER}`,
        '--allow-http-registry',
        '--allow-insecure-registry',
        `${dest}@${index.digest}`,
      ],
      {
        SIGSTORE_ROOT_FILE: sigstore.caPemFile,
        SIGSTORE_REKOR_PUBLIC_KEY: sigstore.rekorPubFile,
        SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: sigstore.ctlogPubFile,
      },
    );
  const good = await cosignVerify(sigstore.subject);
  expect(good.out).toContain('The code-signing certificate was verified using trusted certificate authority certificates');
  expect(good.code).toBe(0);
  expect((await cosignVerify('https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main')).code).not.toBe(0);

  // pinship verifies each form alone: the .sig tag, then (it and cosign's OCI 1.1 copy of it deleted) the bundle referrer
  expect(await checkSignature(client, dest, index.digest, { identity: identity() })).toEqual({ ok: true, signature: sig.digest });
  await client.deleteManifest(dest, sig.digest);
  for (const d of proxy.referrers(dest.path, index.digest.toString()).filter((r) => r.artifactType !== BUNDLE))
    await client.deleteManifest(dest, Digest.parse(d.digest));
  const byBundle = await checkSignature(client, dest, index.digest, { identity: identity() });
  expect(byBundle).toEqual({ ok: true, signature: expect.objectContaining({ hex: bundles[0].digest.slice(7) }) });
  const other = await checkSignature(client, dest, index.digest, { identity: { ...identity(), identity: { exact: 'https://github.com/acme/other' } } });
  expect(other).toEqual({
    ok: false,
    reason: expect.stringContaining(`holds a certificate for ${sigstore.subject} issued by ${GITHUB_ISSUER}, not https://github.com/acme/other`),
  });
  // a bundle is for its own digest: the same bundle made a referrer of another image does not sign that one
  const child = index.children[0];
  const copied = { ...(await client.getManifest(dest, bundles[0].digest)).json, subject: child.descriptor } as ImageManifest;
  await client.putManifest(dest, digestOf(Buffer.from(JSON.stringify(copied))), Buffer.from(JSON.stringify(copied)), MediaType.OciManifest);
  expect(proxy.referrers(dest.path, child.digest.toString()).map((d) => d.artifactType)).toEqual([BUNDLE]);
  expect(await checkSignature(client, dest, child.digest, { identity: identity() })).toEqual({
    ok: false,
    reason: expect.stringContaining(`holds a Sigstore bundle signing ${index.digest}, not ${child.digest}`),
  });
});

test('keyless without the OIDC variables fails before anything is written, naming id-token: write', async () => {
  const source = testRepo(env, 'plain', 'keyless-noid-src');
  await pushIndex(client, source, { tag: 'rc' });
  const dest = testRepo(env, 'plain', 'keyless-noid-dst');
  const run = await promoteKeyless(`${source}:rc`, dest, {}, false);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    "::error::input 'keyless' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then)",
  );
  expect(await tagsOf(client, dest)).toEqual([]);
});

test('build with keyless (docker builder): cosign verifies the pushed image by identity, and so does pinship verify', async () => {
  const dest = testRepo(env, 'plain', 'keyless-build');
  const ctx = buildContext((payload) => `FROM ${env.baseImage}\nCOPY ${payload} /payload.txt\n`);
  const run = await runAction(
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
    { DOCKER_HOST: env.dockerHost, ...oidcEnv() },
  );
  expect(run.code).toBe(0);
  const digest = Digest.parse(run.outputs.digest);
  const v = await cosignVerify(`${dest}@${digest}`, sigstore.subject);
  expect(v.out).toContain('The code-signing certificate was verified using trusted certificate authority certificates');
  expect(v.code).toBe(0);

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
      { GITHUB_WORKSPACE: workspace([`${dest}:v1@${digest}`]) },
    );
  const ok = await verify(sigstore.subject);
  expect(annotations(ok.stdout)).toEqual([]);
  expect(ok.code).toBe(0);
  const refused = await verify('https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main');
  expect(refused.code).toBe(1);
  expect(annotations(refused.stdout)).toEqual([expect.stringMatching(/^k8s\/app\.yaml:5 error .* is not signed by certificate-identity: /)]);
});
