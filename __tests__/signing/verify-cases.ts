/* eslint-disable jest/no-export -- shared cases, not a test file: verify-checks.test.ts and verify-checks.e2e.test.ts run them */
import { beforeAll, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { publish, signPlan, treePlan, type PlanManifest } from '../../src/publish/index.js';
import type { RegistryClient } from '../../src/registry/client.js';
import { Digest, digestOf } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import type { Repository } from '../../src/registry/reference.js';
import { parseSigningKey, type SigningKey } from '../../src/signing/keys.js';
import { dsseEnvelope, DSSE, slsaStatement, SLSA_V1 } from '../../src/signing/provenance.js';
import {
  cosignTag,
  SIGNATURE_ARTIFACT,
  signatureLayer,
  signatureManifest,
  signBytes,
  simpleSigningPayload,
  type SignatureLayer,
} from '../../src/signing/signature.js';
import { checkProvenance, checkSignature } from '../../src/signing/verify.js';
import { pushBlob, pushImage, pushManifest } from '../promote/fixtures.js';
import { localImage } from '../publish/local-image.js';

/** Where the cases run: a client, a fresh repository, and a fresh one on a registry with the referrers API. */
export interface Where {
  client: RegistryClient;
  repo(prefix: string): Repository;
  withApi(prefix: string): Repository;
}

export function newKey(): SigningKey {
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return parseSigningKey(pem, '');
}

/**
 * The signature and provenance checks case by case, against the registry `setup` gives (the real one in the e2e
 * test; the in-memory one in the unit test the mutation run uses, for speed). Everything signed is signed by
 * pinship's own signing code; what an attacker would push instead is built from the same pieces.
 */
export function verifyCases(setup: () => Where): void {
  const key = newKey();
  let where: Where;
  let client: RegistryClient;
  beforeAll(() => {
    where = setup();
    client = where.client;
  });
  const quiet = { log: () => undefined };

  /** A fresh unsigned image; its digest. */
  async function image(repo: Repository): Promise<Digest> {
    const node = localImage(500);
    await publish(client, treePlan(node), [repo], { tags: [], ...quiet });
    return node.digest;
  }

  /** A manifest built from signature layers (cosign's shape), written under `tag` (or its digest); its digest. */
  async function pushLayers(repo: Repository, layers: SignatureLayer[], tag?: string): Promise<Digest> {
    const { bytes, blobs } = signatureManifest(layers);
    const root: PlanManifest = { digest: digestOf(bytes), mediaType: MediaType.OciManifest, bytes, blobs };
    await publish(client, { root, manifests: [root], holders: [], extraTags: [] }, [repo], { tags: tag ? [tag] : [], ...quiet });
    return root.digest;
  }

  /** A simple-signing payload for `digest` signed by `by`, its `type` as given. */
  function sigLayer(digest: Digest, by: SigningKey, type?: string): SignatureLayer {
    const json = JSON.parse(simpleSigningPayload('any/repo', digest).toString('utf8')) as { critical: { type: string } };
    if (type !== undefined) json.critical.type = type;
    const payload = Buffer.from(JSON.stringify(json));
    return signatureLayer(payload, signBytes(by.privateKey, payload));
  }

  /** A cosign attestation layer: `statement` in a DSSE envelope signed by `by`, annotated with `predicateType`. */
  const attLayer = (statement: object, by: SigningKey, predicateType = SLSA_V1): SignatureLayer =>
    signatureLayer(dsseEnvelope(Buffer.from(JSON.stringify(statement)), by.privateKey), '', DSSE, { predicateType });

  const statementFor = (repo: Repository, d: Digest): object =>
    JSON.parse(slsaStatement(repo.toString(), d, { builder: 't', pinshipVersion: '0', parameters: {}, baseImages: [], env: {} }).toString('utf8')) as object;

  test('an unsigned image: no .sig tag and no signature referrer', async () => {
    const repo = where.repo('vc-unsigned');
    const d = await image(repo);
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no signature: ${repo}:${cosignTag(d, '.sig')} does not exist and no referrer of ${d} is a cosign signature (the image is unsigned)`,
    });
  });

  test('a .sig manifest whose layers carry no signature annotation, or whose payload is not a cosign image signature, signs nothing', async () => {
    const repo = where.repo('vc-shapes');
    const d = await image(repo);
    await pushImage(client, repo, { tag: cosignTag(d, '.sig') });
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no valid signature for the public key: ${repo}:${cosignTag(d, '.sig')} holds no layer with a dev.cosignproject.cosign/signature annotation`,
    });
    // Signed with the right key and naming the digest, but of another type: not a container image signature.
    await pushLayers(repo, [sigLayer(d, key, 'cosign container image attestation')], cosignTag(d, '.sig'));
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no valid signature for the public key: ${repo}:${cosignTag(d, '.sig')} holds a valid signature of ${d} (1 in all)`,
    });
  });

  test('one good layer among bad ones signs; the reason for none lists each kind once with the count', async () => {
    const repo = where.repo('vc-layers');
    const [d, other] = [await image(repo), await image(repo)];
    const bad = [sigLayer(d, newKey()), sigLayer(d, newKey()), sigLayer(other, key)];
    const tagged = await pushLayers(repo, [...bad, sigLayer(d, key)], cosignTag(d, '.sig'));
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({ ok: true, signature: tagged });
    await pushLayers(repo, bad, cosignTag(d, '.sig'));
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no valid signature for the public key: ${repo}:${cosignTag(d, '.sig')} holds a signature the public key does not verify and a valid signature of ${other} (3 in all)`,
    });
  });

  test("cosign's OCI 1.1 form: a signature referrer found through the referrers API signs; the .sig tag's findings come first", async () => {
    const repo = where.withApi('vc-referrer');
    const node = localImage(500);
    const signed = signPlan(treePlan(node), key, repo.toString());
    // The referrer alone: the .sig manifest written by digest, not tagged.
    await publish(client, { ...signed.plan, extraTags: [] }, [repo], { tags: [], ...quiet });
    expect(await client.listReferrers(repo, node.digest, SIGNATURE_ARTIFACT)).toHaveLength(1);
    expect(await checkSignature(client, repo, node.digest, key.publicKey)).toEqual({ ok: true, signature: signed.referrer!.digest });
    const other = newKey();
    await pushLayers(repo, [sigLayer(node.digest, other)], cosignTag(node.digest, '.sig'));
    expect(await checkSignature(client, repo, node.digest, newKey().publicKey)).toEqual({
      ok: false,
      reason:
        `no valid signature for the public key: ${repo}:${cosignTag(node.digest, '.sig')} holds a signature the public key does not verify (1 in all); ` +
        `referrer ${repo}@${signed.referrer!.digest} holds a signature the public key does not verify (1 in all)`,
    });
  });

  test('at most 32 signature referrers are read, and the reason says how many were not', async () => {
    const repo = where.withApi('vc-many');
    const d = await image(repo);
    const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 };
    const stranger = newKey();
    const layer = sigLayer(d, stranger);
    await pushLayers(repo, [layer]);
    const { bytes } = signatureManifest([layer]);
    for (let i = 0; i < 33; i++)
      await pushManifest(
        client,
        repo,
        { ...(JSON.parse(bytes.toString('utf8')) as object), artifactType: SIGNATURE_ARTIFACT, subject, annotations: { n: `${i}` } },
        MediaType.OciManifest,
      );
    const verdict = await checkSignature(client, repo, d, key.publicKey);
    expect(verdict.ok).toBe(false);
    const reason = verdict.ok ? '' : verdict.reason;
    expect(reason.match(/holds a signature the public key does not verify/g)).toHaveLength(32);
    expect(reason).toMatch(/; 1 more signature referrers not read$/);
  });

  test('signed provenance: only an SLSA statement about this digest, in an envelope the key verifies', async () => {
    const repo = where.repo('vc-att');
    const [d, other] = [await image(repo), await image(repo)];
    const att = cosignTag(d, '.att');
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({ ok: false, reason: `no signed provenance: ${repo}:${att} does not exist` });
    await pushLayers(repo, [attLayer(statementFor(repo, d), key, 'https://spdx.dev/Document')], att);
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no signed provenance: ${repo}:${att} holds no SLSA provenance`,
    });
    const refused = { ok: false, reason: `${repo}:${att} holds provenance the public key does not verify for this digest` };
    // Each of these is refused: another key; a statement about another image; a predicate that is not SLSA inside an
    // SLSA-annotated layer; an annotation that only ends in SLSA's prefix.
    const notSlsa = { ...statementFor(repo, d), predicateType: 'https://example.com/https://slsa.dev/provenance/v1' };
    for (const layer of [
      attLayer(statementFor(repo, d), newKey()),
      attLayer(statementFor(repo, other), key),
      attLayer(notSlsa, key),
      attLayer(statementFor(repo, d), key, 'https://example.com/https://slsa.dev/provenance/v1'),
    ]) {
      await pushLayers(repo, [layer], att);
      expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual(
        layer.descriptor.annotations?.predicateType === SLSA_V1
          ? refused
          : { ok: false, reason: `no signed provenance: ${repo}:${att} holds no SLSA provenance` },
      );
    }
    const good = await pushLayers(
      repo,
      [attLayer(statementFor(repo, other), key), attLayer(statementFor(repo, d), key, 'https://slsa.dev/provenance/v0.2')],
      att,
    );
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({ ok: true, signature: good });
    // Without a key the attestation counts as it is.
    expect(await checkProvenance(client, repo, d, undefined)).toEqual({ ok: true, signature: good });
  });

  test('provenance without a key: an in-toto referrer or a buildx attestation manifest holding SLSA provenance; an SBOM or an empty one is none', async () => {
    const repo = where.repo('vc-prov');
    const d = await image(repo);
    expect(await checkProvenance(client, repo, d, undefined)).toEqual({
      ok: false,
      reason: `no provenance: no cosign attestation (${cosignTag(d, '.att')}), in-toto referrer or buildx attestation manifest`,
    });
    const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 };
    const empty = await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciEmpty);
    // An attestation manifest as buildx writes it: one in-toto layer a statement, annotated with its predicate type.
    const statement = async (predicateType: string) => ({
      ...(await pushBlob(client, repo, Buffer.from(`{"predicateType":"${predicateType}"}`), 'application/vnd.in-toto+json')),
      annotations: { 'in-toto.io/predicate-type': predicateType },
    });
    const artifact = (artifactType: string, layers: object[], about?: object): object => ({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType,
      config: empty,
      layers,
      ...(about ? { subject: about } : {}),
    });
    await pushManifest(client, repo, artifact('application/spdx+json', [], subject), MediaType.OciManifest);
    expect(await checkProvenance(client, repo, d, undefined)).toMatchObject({ ok: false });
    // in-toto, but no provenance in it: nothing, or an SBOM
    await pushManifest(client, repo, artifact('application/vnd.in-toto+json', [], subject), MediaType.OciManifest);
    await pushManifest(client, repo, artifact('application/vnd.in-toto+json', [await statement('https://spdx.dev/Document')], subject), MediaType.OciManifest);
    expect(await checkProvenance(client, repo, d, undefined)).toMatchObject({ ok: false });
    const inToto = await pushManifest(client, repo, artifact('application/vnd.in-toto+json', [await statement(SLSA_V1)], subject), MediaType.OciManifest);
    expect(await checkProvenance(client, repo, d, undefined)).toEqual({ ok: true, signature: inToto.digest });

    const built = await pushImage(client, repo);
    const attestation = await pushImage(client, repo);
    const indexOf = async (manifests: object[]) =>
      (await pushManifest(client, repo, { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests }, MediaType.OciIndex)).digest;
    const marked = (m: { descriptor: object }, of?: string) => ({
      ...m.descriptor,
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', ...(of ? { 'vnd.docker.reference.digest': of } : {}) },
    });
    expect(await checkProvenance(client, repo, await indexOf([built.descriptor, attestation.descriptor]), undefined)).toMatchObject({ ok: false });
    // marked as an attestation, but no provenance in it, or naming no platform manifest
    const sbomOnly = await pushManifest(
      client,
      repo,
      artifact('application/vnd.in-toto+json', [await statement('https://spdx.dev/Document')]),
      MediaType.OciManifest,
    );
    expect(await checkProvenance(client, repo, await indexOf([built.descriptor, marked(sbomOnly, built.digest.toString())]), undefined)).toMatchObject({
      ok: false,
    });
    const slsa = await pushManifest(client, repo, artifact('application/vnd.in-toto+json', [await statement(SLSA_V1)]), MediaType.OciManifest);
    expect(await checkProvenance(client, repo, await indexOf([built.descriptor, marked(slsa)]), undefined)).toMatchObject({ ok: false });
    // every platform manifest must be covered: one of two is not enough
    const other = await pushImage(client, repo, { platform: { os: 'linux', architecture: 'arm64' } });
    const both = await indexOf([built.descriptor, other.descriptor, marked(slsa, built.digest.toString())]);
    expect(await checkProvenance(client, repo, both, undefined)).toEqual({
      ok: false,
      reason: `no provenance for every platform: SLSA provenance on 1 of the index's 2 platform manifests, none on ${other.digest} (linux/arm64)`,
    });
    const index = await indexOf([built.descriptor, marked(slsa, built.digest.toString())]);
    expect(await checkProvenance(client, repo, index, undefined)).toEqual({ ok: true, signature: slsa.digest });
  });

  test('a signature referrer listed in the fallback index but deleted since is no signature', async () => {
    const repo = where.repo('vc-gone');
    const d = await image(repo);
    const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 };
    const layer = sigLayer(d, key);
    await pushLayers(repo, [layer]);
    const json = { ...(JSON.parse(signatureManifest([layer]).bytes.toString('utf8')) as object), artifactType: SIGNATURE_ARTIFACT, subject };
    const referrer = await pushManifest(client, repo, json, MediaType.OciManifest);
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({ ok: true, signature: referrer.digest });
    await client.deleteManifest(repo, referrer.digest);
    expect((await client.listReferrers(repo, d, SIGNATURE_ARTIFACT)).map((r) => r.digest)).toEqual([referrer.digest.toString()]);
    expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no signature: ${repo}:${cosignTag(d, '.sig')} does not exist and no referrer of ${d} is a cosign signature (the image is unsigned)`,
    });
  });

  test('exactly 32 signature referrers are all read, with nothing said of more', async () => {
    const repo = where.withApi('vc-32');
    const d = await image(repo);
    const subject = { mediaType: MediaType.OciManifest, digest: d.toString(), size: 1 };
    const layer = sigLayer(d, newKey());
    await pushLayers(repo, [layer]);
    const { bytes } = signatureManifest([layer]);
    for (let i = 0; i < 32; i++)
      await pushManifest(
        client,
        repo,
        { ...(JSON.parse(bytes.toString('utf8')) as object), artifactType: SIGNATURE_ARTIFACT, subject, annotations: { n: `${i}` } },
        MediaType.OciManifest,
      );
    const verdict = await checkSignature(client, repo, d, key.publicKey);
    const reason = verdict.ok ? '' : verdict.reason;
    expect(reason.match(/holds a signature the public key does not verify/g)).toHaveLength(32);
    expect(reason).toMatch(/\(1 in all\)$/);
  });

  test('a signed payload that is not JSON, or lacks `critical` or its image, is a valid signature of something else', async () => {
    const repo = where.repo('vc-payloads');
    const d = await image(repo);
    const tag = cosignTag(d, '.sig');
    for (const text of ['not json', '{}', '{"critical":{"type":"cosign container image signature"}}', '{"critical":null}']) {
      const payload = Buffer.from(text);
      await pushLayers(repo, [signatureLayer(payload, signBytes(key.privateKey, payload))], tag);
      expect(await checkSignature(client, repo, d, key.publicKey)).toEqual({
        ok: false,
        reason: `no valid signature for the public key: ${repo}:${tag} holds a valid signature of something else (1 in all)`,
      });
    }
  });

  test('a signature payload or attestation over 1 MiB is refused, naming it', async () => {
    const repo = where.repo('vc-big');
    const d = await image(repo);
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const sig = signatureLayer(big, signBytes(key.privateKey, big));
    await pushLayers(repo, [sig], cosignTag(d, '.sig'));
    await expect(checkSignature(client, repo, d, key.publicKey)).rejects.toThrow(`signature payload ${repo}@${sig.descriptor.digest} is too large`);
    const att = signatureLayer(big, '', DSSE, { predicateType: SLSA_V1 });
    await pushLayers(repo, [att], cosignTag(d, '.att'));
    await expect(checkProvenance(client, repo, d, key.publicKey)).rejects.toThrow(`attestation ${repo}@${att.descriptor.digest} is too large`);
  });

  test('provenance: any one of an envelope’s signatures, any one of a statement’s subjects; layers without annotations skipped', async () => {
    const repo = where.repo('vc-att-many');
    const [d, other] = [await image(repo), await image(repo)];
    const statement = {
      ...statementFor(repo, d),
      subject: [{ name: 'x' }, { name: 'o', digest: { sha256: other.hex } }, { name: 'd', digest: { sha256: d.hex } }],
    };
    const body = Buffer.from(JSON.stringify(statement));
    const theirs = JSON.parse(dsseEnvelope(body, newKey().privateKey).toString('utf8')) as { signatures: object[] };
    const ours = JSON.parse(dsseEnvelope(body, key.privateKey).toString('utf8')) as { signatures: object[] };
    const envelope = Buffer.from(JSON.stringify({ ...ours, signatures: [...theirs.signatures, ...ours.signatures] }));
    const unannotated = {
      ...signatureLayer(Buffer.from('{}'), ''),
      descriptor: { ...signatureLayer(Buffer.from('{}'), '').descriptor, annotations: undefined },
    };
    const good = await pushLayers(repo, [unannotated, signatureLayer(envelope, '', DSSE, { predicateType: SLSA_V1 })], cosignTag(d, '.att'));
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({ ok: true, signature: good });
  });

  test('malformed shapes are findings, not crashes: an index at .sig or .att, an envelope without payload or signatures, an index without manifests', async () => {
    const repo = where.repo('vc-malformed');
    const d = await image(repo);
    const emptyIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex };
    await pushManifest(client, repo, emptyIndex, MediaType.OciIndex, cosignTag(d, '.sig'));
    expect(await checkSignature(client, repo, d, key.publicKey)).toMatchObject({ ok: false, reason: expect.stringContaining('holds no layer with a') });
    await pushManifest(client, repo, emptyIndex, MediaType.OciIndex, cosignTag(d, '.att'));
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `no signed provenance: ${repo}:${cosignTag(d, '.att')} holds no SLSA provenance`,
    });
    await pushLayers(repo, [signatureLayer(Buffer.from('{}'), '', DSSE, { predicateType: SLSA_V1 })], cosignTag(d, '.att'));
    expect(await checkProvenance(client, repo, d, key.publicKey)).toEqual({
      ok: false,
      reason: `${repo}:${cosignTag(d, '.att')} holds provenance the public key does not verify for this digest`,
    });
    const bare = await pushManifest(client, repo, emptyIndex, MediaType.OciIndex);
    expect(await checkProvenance(client, repo, bare.digest, undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/^no provenance: /) });
  });
}
