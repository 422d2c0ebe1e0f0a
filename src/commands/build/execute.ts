import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegistryClient } from '../../registry/client.js';
import type { CommandResult, Runtime } from '../../host/runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { insecurePullHosts } from './builder-registries.js';
import { cleanupNow, registerCleanup } from '../../util/cleanup.js';
import { findBaseLayers, readDockerfileBases, type BaseLayers, type DockerfileBases, type LayerReuse } from '../../image/base-layers.js';
import { readDockerImage } from '../../image/docker-save.js';
import { readOciLayout } from '../../image/oci-layout.js';
import { annotateTree } from '../../image/annotate.js';
import { detachAttestations, type DetachedAttestation } from '../../image/attestation-referrers.js';
import { ociLabelAnnotations } from '../../image/annotations.js';
import { selectBuilder } from './builders/detect.js';
import { writeDigestFile } from './digest-file.js';
import { buildOutputs, type Published } from './outputs.js';
import { leftUntouched } from '../../report/failure.js';
import { computeMeta, type Meta } from '../../metadata/compute.js';
import { withProvenance } from './provenance.js';
import { planManifest, publish, treePlan, type DestinationState, type PlanManifest, type PublishStats } from '../../publish/index.js';
import { EarlyBlobs } from '../../publish/early.js';
import { tagNames, type TagsRead } from '../../publish/tags.js';
import type { Digest } from '../../registry/digest.js';
import type { Repository } from '../../registry/reference.js';
import { errorMessage } from '../../util/error-message.js';
import { buildChecked, startAccessCheck, type AccessCheck } from './access.js';
import type { Builder, BuildExport } from './builders/types.js';
import type { ManifestNode } from '../../image/model.js';
import type { BuildSettings } from './settings.js';
import { checkBuildSources } from './sources.js';
import { readSigner } from '../../settings/signing.js';
import { isKeySigner, signedPlan, type PlanSigner } from '../../publish/signed-plan.js';
import { readAttest } from '../../settings/attest.js';
import { attestBeforeTags, type AttestRequest, type AttestResult } from '../../publish/attest.js';
import { settleLoadedImage } from './leftovers.js';
import { PhaseTimer } from './phases.js';
import { withBuilderAccess } from './builder-access.js';

/** The platform the base image is read for: the requested one, else this machine's. */
function basePlatform(s: BuildSettings): string {
  if (s.platforms[0]) return s.platforms[0];
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/** Never rejects: a base image that cannot be read only means its layers are compressed and sent again. */
function baseLayersFor(client: RegistryClient, s: BuildSettings, bases: DockerfileBases, rt: Runtime): Promise<BaseLayers> {
  return findBaseLayers(client, bases, basePlatform(s), rt.info, true).catch(() => new Map() as BaseLayers);
}

/** The build once its inputs have been read (src/commands/build/command.ts). */
export async function executeBuild(s: BuildSettings, rt: Runtime): Promise<CommandResult> {
  const timer = new PhaseTimer();
  const signers = { key: readSigner(rt), attest: readAttest(rt, s.registry.githubToken, s.push) };
  const repos = s.images.map(String).join(', ');
  leftUntouched(`Nothing was pushed: every tag of ${repos} is as it was.`);
  await checkBuildSources(s.context, s.file, s.fileGiven);
  const bases = await readDockerfileBases(s.file, s.buildArgs, s.target);
  const meta = await computeMeta(s, rt);
  timer.lap('metaMs');

  const client = registryClient(s.registry, rt);
  try {
    const workDir = await mkdtemp(join(rt.env.RUNNER_TEMP || tmpdir(), 'pinship-build-'));
    registerCleanup(rt, workDir);
    // Wrong credentials stop the build without holding it back: asked while the builder is chosen and
    // works; the base image's layers are looked up meanwhile too.
    const access = s.push ? startAccessCheck(client, s.images) : undefined;
    const builder = await selectBuilder(s.builder, s.buildxBuilder);
    // A `docker save` export is compressed by pinship, and buildah/podman recompress base layers:
    // those exports reuse the base's blobs (BuildKit's OCI exports keep them already).
    const ociTool = builder.name === 'buildah' || builder.name === 'podman';
    if (ociTool && s.load) rt.warning(`Input 'load' is ignored with builder: ${builder.name}: it keeps images in its own storage, not in a docker engine`);
    const reusing = s.push && (builder.exportKind === 'docker-image' || ociTool);
    const base = reusing ? baseLayersFor(client, s, bases, rt) : Promise.resolve(new Map() as BaseLayers);
    rt.info(`pinship: building with ${builder.name}`);
    timer.lap('prepareMs');
    const insecureHosts = ociTool ? insecurePullHosts(s.registry.insecureRegistries, bases.images) : [];
    const exported = await buildChecked(access, s.cacheTo.length > 0, (signal) => runBuilder(builder, s, meta, workDir, rt, { insecureHosts, signal }));
    timer.lap('buildMs');
    if (!access) {
      await cleanupNow(rt, workDir);
      await settleLoadedImage(exported, s, meta.tags, rt);
      return buildOutputs({ s, meta, builder: builder.name, exported, durations: timer.laps });
    }
    const reuse = { layers: await base, client, log: rt.info };
    timer.lap('baseLayersMs');
    leftUntouched(
      `The push had started: ${repos} may hold new blobs and manifests by digest, which no tag names. Tags move only after every repository holds the whole image, so unless the error names a tag, every tag is as it was.`,
    );
    const early = new EarlyBlobs(client, s.images, access.known, rt.info);
    const built = await readExport(exported, workDir, { reuse, ociTool, early, lap: (p) => timer.lap(p) });
    const annotated = annotateTree(built, { annotations: s.annotations, defaults: ociLabelAnnotations(meta.labels), warn: (m) => rt.warning(m) });
    // After annotating: annotateTree leaves an attested image's manifests as built, so the platform
    // manifests the attestations describe keep the digests they name.
    const { root, referrers } = s.attestationsAt === 'referrers' ? detachAttestations(annotated) : { root: annotated, referrers: [] };
    timer.lap('exportMs');
    const pushed = await publishBuild(client, s, root, meta, rt, {
      ...signers,
      builder: builder.name,
      baseImages: bases.images,
      timer,
      referrers,
      early,
      access,
    });
    // Pushed and read back: the export (as large as the image) and the engine's copy have served.
    await cleanupNow(rt, workDir);
    await settleLoadedImage(exported, s, meta.tags, rt);
    timer.lap('cleanupMs');
    const result = buildOutputs({ s, meta, builder: builder.name, exported, root, pushed, durations: timer.laps });
    if (s.digestFile) await writeDigestFile(s.digestFile, result.outputs.metadata + '\n');
    return result;
  } finally {
    client.close();
  }
}

/** The builder run with its credentials and secret files in place, both removed as soon as it ends. */
async function runBuilder(
  builder: Builder,
  s: BuildSettings,
  meta: Meta,
  workDir: string,
  rt: Runtime,
  o: { insecureHosts: string[]; signal: AbortSignal | undefined },
): Promise<BuildExport> {
  // Only buildx makes provenance itself; for the other builders pinship attaches its own.
  return withBuilderAccess(s, workDir, o.insecureHosts, rt, ({ env, secrets }) =>
    builder.build({
      ...s,
      secrets,
      provenance: s.provenance && builder.name === 'buildx',
      labels: meta.labels,
      workDir,
      env,
      sourceDateEpoch: meta.sourceDateEpoch,
      warn: (m) => rt.warning(m),
      signal: o.signal,
    }),
  );
}

/**
 * The exported image as a manifest tree. A `docker save` export hands each blob to `early` as soon as
 * it is ready; if reading fails, what `early` started is waited for, so no upload outlives the run.
 */
async function readExport(
  exported: BuildExport,
  workDir: string,
  o: { reuse: LayerReuse; ociTool: boolean; early: EarlyBlobs; lap: (phase: string) => void },
): Promise<ManifestNode> {
  if (exported.kind === 'oci-layout') return readOciLayout(exported.dir, o.ociTool ? o.reuse : undefined);
  try {
    return await readDockerImage(exported.imageId, workDir, o.reuse, { lap: o.lap, onBlob: (b) => o.early.place(b) });
  } catch (e) {
    await o.early.stop();
    throw e;
  }
}

/**
 * Build once, push everywhere: every repository gets all blobs and manifests by digest first; only
 * then do tags move, and each is read back from its registry, the source of truth for the outputs.
 * Blobs `early` placed while the export was read are not placed again.
 */
async function publishBuild(
  client: RegistryClient,
  s: BuildSettings,
  root: ManifestNode,
  meta: Meta,
  rt: Runtime,
  o: {
    key: PlanSigner | undefined;
    attest: AttestRequest | undefined;
    builder: string;
    baseImages: string[];
    timer: PhaseTimer;
    referrers: DetachedAttestation[];
    early: EarlyBlobs;
    access: AccessCheck;
  },
): Promise<Published> {
  const { key, builder, baseImages, timer, early } = o;
  // Whether each repository has the image already, and what its tags name, asked while the last blobs go out.
  const asked = new Map(s.images.map((dest, i) => [dest, askEarly(client, dest, root.digest, o.access.known[i])] as const));
  const tags = meta.tags;
  const written = s.pushByDigest ? [] : tags;
  const tagsRead = readTagsAhead(client, s.images, written);
  if (!s.pushByDigest && !tags.length) rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
  const tree = treePlan(root);
  // Referrers after the tree: each subject (a platform manifest) is in place before what refers to it.
  const detached = o.referrers.map((a): PlanManifest => ({ ...planManifest(a.node), referrer: true }));
  for (const a of o.referrers) rt.info(`attestation ${a.built} of ${a.subject}: pushed as its referrer ${a.node.digest}, not listed in the index`);
  const signed = await signedPlan({ ...tree, manifests: [...tree.manifests, ...detached] }, key, s.images, rt.info);
  const { plan, attached } =
    s.provenance && builder !== 'buildx'
      ? await withProvenance(client, signed.plan, s, meta, builder, isKeySigner(key) ? key : undefined, rt, baseImages)
      : { plan: signed.plan, attached: [] };
  timer.lap('pushPlanMs');
  let attestation: AttestResult | undefined;
  const beforeTags = o.attest && attestBeforeTags(o.attest, plan.root, s.images, rt.info, (r) => (attestation = r));
  await early.settle().catch((e: unknown) => {
    throw new Error(`${errorMessage(e)}; no destination tag was written`, { cause: e });
  });
  const placed = early.placed;
  const stats = await publish(client, plan, s.images, {
    tags: written,
    log: rt.info,
    accessChecked: true,
    placed,
    asked: (dest, digest) => (digest.equals(root.digest) ? asked.get(dest) : undefined),
    tagsRead,
    lap: (p) => timer.lap(p),
    ...(beforeTags ? { beforeTags } : {}),
  });
  for (const [i, st] of stats.entries()) {
    for (const k of Object.keys(st) as Array<keyof PublishStats>) st[k] += early.stats[i][k];
    rt.info(
      `pushed ${s.images[i]}@${root.digest}: ${st.blobsUploaded} uploaded, ${st.blobsMounted} mounted, ${st.blobsCopied} copied, ${st.blobsSkipped} already there`,
    );
  }
  const signatures = [...signed.signatures, ...attached, ...(attestation?.attached ?? [])];
  return { tags: written, stats, signatures, ...(attestation ? { attestation } : {}) };
}

/** askDestination with the repository's answer asked during the build; never an unhandled rejection if publish never asks. */
function askEarly(client: RegistryClient, dest: Repository, root: Digest, known: Promise<boolean>): Promise<DestinationState> {
  const state = Promise.all([client.manifestExists(dest, root), known]).then(([rootThere, k]) => ({ rootThere, known: k }));
  state.catch(() => undefined);
  return state;
}

/** What the image's tags name in each repository, asked now (never an unhandled rejection if publish never asks). */
function readTagsAhead(client: RegistryClient, dests: Repository[], tags: string[]): TagsRead {
  const reads = new Map<string, Promise<Digest | undefined>>();
  for (const dest of dests) {
    for (const tag of tags) {
      const read = tagNames(client, dest, tag);
      read.catch(() => undefined);
      reads.set(`${dest}:${tag}`, read);
    }
  }
  return (dest, tag) => reads.get(`${dest}:${tag}`);
}
