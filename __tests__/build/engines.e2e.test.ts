import { Digest } from '../../src/registry/digest.js';
import type { ImageManifest } from '../../src/registry/mediatypes.js';
import { Repository, Registry } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { uniqueRepo } from '../helpers/env.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const plain = (name: string): Repository => new Repository(new Registry(env.registries.plain.host), name);
const context = (): string => buildContext((payload) => `FROM ${env.baseImage}\nRUN echo built > /built\nCOPY ${payload} /payload.txt\n`);

interface PushStat {
  blobsUploaded: number;
  blobsMounted: number;
}

/** The base image's layers, as its manifest in the plain registry lists them. */
async function baseLayerDigests(): Promise<string[]> {
  const base = await client.getManifest(plain(env.baseRepository), env.baseTag);
  return (base.json as ImageManifest).layers.map((l) => l.digest);
}

/** A buildah or podman build FROM the plain registry's base image, pushed there. */
async function buildFromPlain(builder: string, runnerEnv: NodeJS.ProcessEnv) {
  const repo = plain(uniqueRepo(`engines-${builder}`));
  const run = await runAction(
    { images: repo.toString(), context: context(), builder, pull: 'true', network: 'none', tags: 'type=raw,value=t' },
    events.pushMain(),
    { PINSHIP_CERTS_D: testCertsDir(env), CONTAINERS_CONF: env.containersConf, ...runnerEnv },
  );
  return { run, repo };
}

describe.each(['buildah', 'podman'])('%s', (builder) => {
  test('pulls FROM the plain-HTTP registry through pinship’s own registries.conf', async () => {
    // No CONTAINERS_REGISTRIES_CONF of the test environment's (which marks the plain registry
    // insecure): the system's registries.conf alone refuses HTTP. `pull` makes the tool fetch the
    // base even when an earlier test left it in its local storage.
    const { run, repo } = await buildFromPlain(builder, {});
    expect(run.stdout + run.stderr).not.toContain('server gave HTTP response to HTTPS client');
    expect(run.code).toBe(0);
    expect((await client.resolve(repo.tag('t'))).digest.toString()).toBe(run.outputs.digest);
  });

  test('shares the base image’s layers: the recompressed ones are replaced by the base’s blobs, mounted not uploaded', async () => {
    const { run, repo } = await buildFromPlain(builder, { CONTAINERS_REGISTRIES_CONF: env.registriesConf });
    expect(run.code).toBe(0);
    const digest = Digest.parse(run.outputs.digest);
    const manifest = await client.getManifest(repo, digest);
    expect(manifest.digest.toString()).toBe(digest.toString());
    const ours = manifest.json as ImageManifest;
    const base = await baseLayerDigests();
    expect(ours.layers.slice(0, base.length).map((l) => l.digest)).toEqual(base);
    const push = (JSON.parse(run.outputs.metadata) as { push: PushStat[] }).push[0];
    expect(push.blobsMounted).toBe(base.length);
    // The config and the two layers this Dockerfile adds.
    expect(push.blobsUploaded).toBe(1 + ours.layers.length - base.length);
  });
});
