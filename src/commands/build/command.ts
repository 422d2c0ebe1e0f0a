import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistryClient } from '../../registry/client.js';
import type { CommandResult, Runtime } from '../../runtime.js';
import { inputCredentials, registryClient } from '../../settings/registry.js';
import { builderAuthConfig } from './builder-auth.js';
import { cleanupNow, registerCleanup } from '../../util/cleanup.js';
import { findBaseLayers, type BaseLayers } from '../../image/base-layers.js';
import { readDockerImage } from '../../image/docker-save.js';
import { readOciLayout } from '../../image/oci-layout.js';
import { selectBuilder } from './builders/detect.js';
import { writeDigestFile } from './digest-file.js';
import { buildOutputs } from './outputs.js';
import { leftUntouched } from '../report.js';
import { computeMeta } from '../meta/meta.js';
import { publish } from './publish.js';
import { readBuildSettings, type BuildSettings } from './settings.js';
import { checkBuildSources } from './sources.js';
import { settleLoadedImage } from './leftovers.js';

/** The platform the base image is read for: the requested one, else this machine's. */
function basePlatform(s: BuildSettings): string {
  if (s.platforms[0]) return s.platforms[0];
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/** Never rejects: a base image that cannot be read only means its layers are compressed and sent again. */
function baseLayersFor(client: RegistryClient, s: BuildSettings, rt: Runtime): Promise<BaseLayers> {
  return findBaseLayers(client, s.file, s.buildArgs, basePlatform(s), rt.info).catch(() => new Map() as BaseLayers);
}

/** Wall time per phase, for the metadata output and the benchmark. */
class PhaseTimer {
  readonly laps: Record<string, number> = {};
  private last = Date.now();

  lap(name: string): void {
    const now = Date.now();
    this.laps[name] = now - this.last;
    this.last = now;
  }
}

export async function runBuildCommand(rt: Runtime): Promise<CommandResult> {
  const s = await readBuildSettings(rt, 'build');
  const repos = s.images.map(String).join(', ');
  leftUntouched(`Nothing was pushed: every tag of ${repos} is as it was.`);
  await checkBuildSources(s.context, s.file, s.fileGiven);
  const meta = await computeMeta(s, rt);

  const client = registryClient(s.registry, rt);
  try {
    const timer = new PhaseTimer();
    const workDir = await mkdtemp(join(rt.env.RUNNER_TEMP || tmpdir(), 'pinship-build-'));
    registerCleanup(rt, workDir);
    // Independent of each other: wrong credentials fail before any build starts, and the base
    // image's layers are looked up while the builder works.
    const [builder] = await Promise.all([
      selectBuilder(s.builder, s.buildxBuilder),
      ...(s.push ? s.images.map((repo) => client.checkPushAccess(repo)) : []),
    ]);
    // Only a `docker save` export is compressed by pinship, so only it can reuse the base's blobs.
    const base = s.push && builder.exportKind === 'docker-image' ? baseLayersFor(client, s, rt) : Promise.resolve(new Map() as BaseLayers);
    rt.info(`pinship: building with ${builder.name}`);
    timer.lap('prepareMs');
    const auth = await builderAuthConfig(inputCredentials(s.registry, rt.env), join(workDir, 'docker-config'), rt.env);
    let exported;
    try {
      exported = await builder.build({ ...s, labels: meta.labels, workDir, env: auth.env });
    } finally {
      await auth.remove().catch((e: unknown) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
    }
    timer.lap('buildMs');
    if (!s.push) {
      await cleanupNow(rt, workDir);
      await settleLoadedImage(exported, s, meta.tags, rt);
      return buildOutputs({ s, meta, builder: builder.name, exported, durations: timer.laps });
    }
    const root = exported.kind === 'oci-layout' ? await readOciLayout(exported.dir) : await readDockerImage(exported.imageId, workDir, { layers: await base, client, log: rt.info });
    timer.lap('exportMs');
    leftUntouched(
      `The push had started: ${repos} may hold new blobs and manifests by digest, which no tag names. Tags move only after every repository holds the whole image, so unless the error names a tag, every tag is as it was.`,
    );
    const pushed = await publish(client, s, root, meta.tags, rt);
    timer.lap('pushMs');
    // Pushed and read back: the export (as large as the image) and the engine's copy have served.
    await cleanupNow(rt, workDir);
    await settleLoadedImage(exported, s, meta.tags, rt);
    const result = buildOutputs({ s, meta, builder: builder.name, exported, root, pushed, durations: timer.laps });
    if (s.digestFile) await writeDigestFile(s.digestFile, result.outputs.metadata + '\n');
    return result;
  } finally {
    client.close();
  }
}
