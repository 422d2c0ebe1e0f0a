/**
 * A signature manifest is the registry's to write, layers and all: verify reads at most
 * SIGNATURE_LAYERS_MAX of them (a blob GET each) and refuses one with more, whatever the last layer
 * holds. Blob requests are counted at a proxy in front of the real registry.
 */
import { generateKeyPairSync } from 'node:crypto';
import { Digest } from '../../src/registry/digest.js';
import { MediaType } from '../../src/registry/mediatypes.js';
import { Registry, Repository } from '../../src/registry/reference.js';
import { cosignTag, SIGNATURE_ANNOTATION, SIMPLE_SIGNING, signBytes, simpleSigningPayload } from '../../src/signing/signature.js';
import { checkProvenance, checkSignature, SIGNATURE_LAYERS_MAX } from '../../src/signing/verify.js';
import { uniqueRepo } from '../helpers/env.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testClient } from '../helpers/registry.js';
import { pushBlob, pushImage, pushManifest } from '../promote/fixtures.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

/** A .sig manifest of `count` layers: valid signatures of other digests, then one of `digest` last. */
async function signatureOf(repo: Repository, digest: Digest, count: number): Promise<void> {
  const layers = [];
  for (let i = 0; i < count; i++) {
    const named = i === count - 1 ? digest : Digest.parse(`sha256:${i.toString(16).padStart(64, '0')}`);
    const payload = simpleSigningPayload(repo.toString(), named);
    const blob = await pushBlob(client, repo, payload, SIMPLE_SIGNING);
    layers.push({ ...blob, annotations: { [SIGNATURE_ANNOTATION]: signBytes(privateKey, payload) } });
  }
  const config = await pushBlob(
    client,
    repo,
    Buffer.from(JSON.stringify({ rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) } })),
    MediaType.OciConfig,
  );
  await pushManifest(client, repo, { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers }, MediaType.OciManifest, cosignTag(digest, '.sig'));
}

test(`a signature manifest of more than ${SIGNATURE_LAYERS_MAX} layers is refused with none fetched; one of exactly that many is read`, async () => {
  const proxy = await startFaultProxy(env.registries.plain.host, {});
  const viaProxy = (repo: Repository): Repository => new Repository(new Registry(proxy.host), repo.path);
  const blobGets = (): number => proxy.seen.filter((r) => r.method === 'GET' && r.path.includes('/blobs/')).length;
  try {
    const many = new Repository(new Registry(env.registries.plain.host), uniqueRepo('sig-many-layers'));
    const img = await pushImage(client, many, { tag: '1.0' });
    await signatureOf(many, img.digest, SIGNATURE_LAYERS_MAX + 1);
    const refused = await checkSignature(client, viaProxy(many), img.digest, publicKey);
    expect(refused).toEqual({
      ok: false,
      reason: expect.stringContaining(
        `${viaProxy(many)}:${cosignTag(img.digest, '.sig')} holds ${SIGNATURE_LAYERS_MAX + 1} signature layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`,
      ),
    });
    expect(blobGets()).toBe(0);

    const enough = new Repository(new Registry(env.registries.plain.host), uniqueRepo('sig-max-layers'));
    const img2 = await pushImage(client, enough, { tag: '1.0' });
    await signatureOf(enough, img2.digest, SIGNATURE_LAYERS_MAX);
    expect(await checkSignature(client, viaProxy(enough), img2.digest, publicKey)).toMatchObject({ ok: true });
    expect(blobGets()).toBe(SIGNATURE_LAYERS_MAX);
  } finally {
    await proxy.close();
  }
});

test(`an attestation manifest of more than ${SIGNATURE_LAYERS_MAX} provenance layers is refused with none fetched`, async () => {
  const proxy = await startFaultProxy(env.registries.plain.host, {});
  try {
    const repo = new Repository(new Registry(env.registries.plain.host), uniqueRepo('att-many-layers'));
    const img = await pushImage(client, repo, { tag: '1.0' });
    const layers = [];
    for (let i = 0; i <= SIGNATURE_LAYERS_MAX; i++) {
      const blob = await pushBlob(
        client,
        repo,
        Buffer.from(JSON.stringify({ payloadType: 'application/vnd.in-toto+json', n: i })),
        'application/vnd.dsse.envelope.v1+json',
      );
      layers.push({ ...blob, annotations: { predicateType: 'https://slsa.dev/provenance/v1' } });
    }
    const config = await pushBlob(client, repo, Buffer.from('{}'), MediaType.OciConfig);
    const tag = cosignTag(img.digest, '.att');
    await pushManifest(client, repo, { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers }, MediaType.OciManifest, tag);
    const viaProxy = new Repository(new Registry(proxy.host), repo.path);
    expect(await checkProvenance(client, viaProxy, img.digest, publicKey)).toEqual({
      ok: false,
      reason: `${viaProxy}:${tag} holds ${SIGNATURE_LAYERS_MAX + 1} provenance layers, more than the ${SIGNATURE_LAYERS_MAX} pinship reads; none was read`,
    });
    expect(proxy.seen.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'))).toEqual([]);
  } finally {
    await proxy.close();
  }
});
