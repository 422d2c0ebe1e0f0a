import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { cosign } from './cosign.js';
import { annotations, workspace } from './deploy.js';
import { GITHUB_ISSUER, localSigstore, type LocalSigstore } from './sigstore-local.js';

const env = loadTestEnv();
const client = testClient(env);
const tool = cosign(env);
let sigstore: LocalSigstore;
let stale: LocalSigstore;
let privatePki: LocalSigstore;
beforeAll(async () => {
  sigstore = await localSigstore();
  // A private CA without CT log, and one whose clock is two hours behind: its certificates expired (ten minutes' validity) before use.
  privatePki = await localSigstore({ ct: false });
  stale = await localSigstore({ clock: new Date(Date.now() - 2 * 3600_000), ct: false });
});
afterAll(async () => {
  client.close();
  await sigstore.close();
  await stale.close();
  await privatePki.close();
});

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const repo = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));

/** The real cosign signing keylessly against the local Fulcio and Rekor, trusting them as SIGSTORE_ROOT_FILE and friends name. */
async function cosignKeyless(s: LocalSigstore, image: string, opts: { tlog?: boolean; subject?: string } = {}): Promise<void> {
  const tlog = opts.tlog ?? true;
  const r = await tool.run(
    [
      'sign',
      '--yes',
      `--fulcio-url=${s.fulcioUrl}`,
      `--rekor-url=${s.rekorUrl}`,
      `--identity-token=${s.token(opts.subject ?? WORKFLOW)}`,
      `--tlog-upload=${tlog}`,
      ...(s.ct ? [] : ['--insecure-skip-verify=true']),
      '--allow-http-registry',
      '--allow-insecure-registry',
      image,
    ],
    sigstoreEnv(s),
  );
  if (r.code !== 0) throw new Error(`cosign sign (keyless) ${image} failed: ${r.out}`);
}

const sigstoreEnv = (s: LocalSigstore): NodeJS.ProcessEnv => ({
  SIGSTORE_ROOT_FILE: s.caPemFile,
  SIGSTORE_REKOR_PUBLIC_KEY: s.rekorPubFile,
  SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: s.ctlogPubFile,
});

const verify = (ws: string, inputs: Record<string, string>) =>
  runAction({ command: 'verify', files: 'k8s/*.yaml', 'registry-auth': tokenRegistryAuth(env), 'require-signature': 'true', ...inputs }, events.pushMain(), {
    GITHUB_WORKSPACE: ws,
    PINSHIP_CERTS_D: testCertsDir(env),
  });

test('cosign keyless signatures (.sig form with certificate and Rekor SET) pass verify for the signer and fail for another identity, issuer or root', async () => {
  const target = repo('keyless-cosign');
  const index = await pushIndex(client, target, { tag: '1.0' });
  await cosignKeyless(sigstore, `${target}@${index.digest}`);
  const ws = workspace([`${target}:1.0@${index.digest}`]);
  const identity = { 'certificate-identity': WORKFLOW, 'certificate-oidc-issuer': GITHUB_ISSUER, 'trusted-root': sigstore.trustedRootJson };

  const good = await verify(ws, identity);
  expect(annotations(good.stdout)).toEqual([]);
  expect(good.code).toBe(0);
  const byPattern = await verify(ws, { ...identity, 'certificate-identity': '', 'certificate-identity-regexp': '^https://github\\.com/acme/app/' });
  expect(annotations(byPattern.stdout)).toEqual([]);
  expect(byPattern.code).toBe(0);

  const name = `${target}@${index.digest}`;
  const sig = `${target}:sha256-${index.digest.hex}.sig`;
  const otherId = await verify(ws, { ...identity, 'certificate-identity': 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main' });
  expect(otherId.code).toBe(1);
  expect(annotations(otherId.stdout)).toEqual([
    `k8s/app.yaml:5 error ${name} is not signed by certificate-identity: no valid signature for the identity https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main issued by ${GITHUB_ISSUER}: ${sig} holds a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main issued by ${GITHUB_ISSUER} (1 in all)`,
  ]);
  const otherIssuer = await verify(ws, { ...identity, 'certificate-oidc-issuer': 'https://accounts.google.com' });
  expect(otherIssuer.code).toBe(1);
  expect(annotations(otherIssuer.stdout)[0]).toContain(
    `holds a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not ${WORKFLOW} issued by https://accounts.google.com`,
  );
  const otherRoot = await verify(ws, { ...identity, 'trusted-root': stale.trustedRootJson });
  expect(otherRoot.code).toBe(1);
  expect(annotations(otherRoot.stdout)[0]).toMatch(/holds a signature that does not verify against trusted-root \(/);
  // a regexp that only matches unanchored inside another repository's workflow does not match ours
  const elsewhere = await verify(ws, { ...identity, 'certificate-identity': '', 'certificate-identity-regexp': '^https://github\\.com/acme/other/' });
  expect(elsewhere.code).toBe(1);

  // the real cosign agrees on both counts
  const cosignVerify = (id: string) =>
    tool.run(
      ['verify', `--certificate-identity=${id}`, `--certificate-oidc-issuer=${GITHUB_ISSUER}`, '--allow-http-registry', '--allow-insecure-registry', name],
      sigstoreEnv(sigstore),
    );
  expect((await cosignVerify(WORKFLOW)).code).toBe(0);
  expect((await cosignVerify('https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main')).code).not.toBe(0);
});

test('without a transparency-log entry: refused unless insecure-ignore-tlog, and an expired certificate is refused even then', async () => {
  const fresh = repo('keyless-notlog');
  const freshIndex = await pushIndex(client, fresh, { tag: '1.0' });
  await cosignKeyless(privatePki, `${fresh}@${freshIndex.digest}`, { tlog: false });
  const expired = repo('keyless-expired');
  const expiredIndex = await pushIndex(client, expired, { tag: '1.0' });
  await cosignKeyless(stale, `${expired}@${expiredIndex.digest}`, { tlog: false });
  const identity = (s: LocalSigstore) => ({ 'certificate-identity': WORKFLOW, 'certificate-oidc-issuer': GITHUB_ISSUER, 'trusted-root': s.caPem });

  const freshWs = workspace([`${fresh}:1.0@${freshIndex.digest}`]);
  const strict = await verify(freshWs, { ...identity(privatePki), 'trusted-root': privatePki.trustedRootJson });
  expect(strict.code).toBe(1);
  expect(annotations(strict.stdout)[0]).toMatch(
    /\.sig holds a certificate signature without a transparency-log entry \(input insecure-ignore-tlog accepts that\)/,
  );
  // the private CA as a PEM bundle
  const lax = await verify(freshWs, { ...identity(privatePki), 'insecure-ignore-tlog': 'true' });
  expect(annotations(lax.stdout)).toEqual([]);
  expect(lax.code).toBe(0);

  const old = await verify(workspace([`${expired}:1.0@${expiredIndex.digest}`]), { ...identity(stale), 'insecure-ignore-tlog': 'true' });
  expect(old.code).toBe(1);
  expect(annotations(old.stdout)[0]).toMatch(/certificate is not valid or expired at the specified date/);
});

test('promote with require-signature by identity: copies a cosign keyless-signed source, refuses another signer before copying anything', async () => {
  const source = repo('keyless-promote-src');
  const index = await pushIndex(client, source, { tag: 'rc' });
  await cosignKeyless(sigstore, `${source}@${index.digest}`);
  const promote = (dest: Repository, id: string) =>
    runAction(
      {
        command: 'promote',
        source: `${source}:rc`,
        images: dest.toString(),
        tags: 'stable',
        'require-signature': 'true',
        'certificate-identity': id,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': sigstore.trustedRootJson,
      },
      events.pushMain(),
    );
  const good = repo('keyless-promote-ok');
  const ok = await promote(good, WORKFLOW);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain(`${source}@${index.digest} carries a valid signature`);
  expect(await tagsOf(client, good)).toContain('stable');

  const refused = repo('keyless-promote-refused');
  const other = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
  const bad = await promote(refused, other);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain(
    `::error::source ${source}@${index.digest} is not signed by the identity of input 'certificate-identity' (${other} issued by ${GITHUB_ISSUER}) (input 'require-signature'): no valid signature for the identity ${other} issued by ${GITHUB_ISSUER}: ${source}:sha256-${index.digest.hex}.sig holds a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not ${other} issued by ${GITHUB_ISSUER} (1 in all); nothing was copied`,
  );
  expect(await tagsOf(client, refused)).toEqual([]);
  expect(await client.manifestExists(refused, index.digest)).toBe(false);
});

test('require-provenance with an identity: a cosign keyless attestation, logged in Rekor, passes for its signer, not for another', async () => {
  const target = repo('keyless-attest');
  const index = await pushIndex(client, target, { tag: '1.0' });
  const predicate = join(mkdtempSync(join(tmpdir(), 'pinship-predicate-')), 'slsa.json');
  writeFileSync(
    predicate,
    JSON.stringify({ buildDefinition: { buildType: 'https://example.com/build/v1', externalParameters: {} }, runDetails: { builder: { id: WORKFLOW } } }),
  );
  const r = await tool.run(
    [
      'attest',
      '--yes',
      `--predicate=${predicate}`,
      '--type=slsaprovenance1',
      // logged: the local Rekor stores the dsse entry as Rekor does (hashes and signatures), and the check needs the entry
      '--tlog-upload=true',
      `--fulcio-url=${sigstore.fulcioUrl}`,
      `--rekor-url=${sigstore.rekorUrl}`,
      `--identity-token=${sigstore.token(WORKFLOW)}`,
      '--allow-http-registry',
      '--allow-insecure-registry',
      `${target}@${index.digest}`,
    ],
    sigstoreEnv(sigstore),
  );
  if (r.code !== 0) throw new Error(`cosign attest failed: ${r.out}`);
  const ws = workspace([`${target}:1.0@${index.digest}`]);
  const check = (id: string) =>
    verify(ws, {
      'require-signature': 'false',
      'require-provenance': 'true',
      'certificate-identity': id,
      'certificate-oidc-issuer': GITHUB_ISSUER,
      'trusted-root': sigstore.trustedRootJson,
    });
  const good = await check(WORKFLOW);
  // the image itself is unsigned: a warning for the signature, none for the provenance
  expect(annotations(good.stdout).filter((a) => a.includes('provenance'))).toEqual([]);
  expect(good.code).toBe(0);
  const other = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main';
  const bad = await check(other);
  expect(bad.code).toBe(1);
  expect(annotations(bad.stdout).filter((a) => a.includes('no-provenance') || a.includes('provenance:'))).toEqual([
    `k8s/app.yaml:5 error ${target}@${index.digest} has no signed provenance: ${target}:sha256-${index.digest.hex}.att holds provenance not signed by the identity ${other} issued by ${GITHUB_ISSUER} for this digest (a certificate for ${WORKFLOW} issued by ${GITHUB_ISSUER}, not ${other} issued by ${GITHUB_ISSUER})`,
  ]);
});
