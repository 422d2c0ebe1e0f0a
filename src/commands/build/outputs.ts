import type { CommandResult } from '../../host/runtime.js';
import { allBlobs, platformDigests, type ManifestNode } from '../../image/model.js';
import type { BuildExport, BuilderName } from './builders/types.js';
import type { Meta } from '../../metadata/compute.js';
import { changedOutput, type PublishStats } from '../../publish/index.js';
import { imageOutputs, imageSummary } from '../../report/image.js';
import type { BuildSettings } from './settings.js';
import type { Attached } from '../../publish/signed-plan.js';
import { attestationLines, attestationOutputs } from '../../report/attestation.js';

export interface Published {
  /** Tags actually written, per repository (none when pushing by digest). */
  tags: string[];
  /** Per repository, in the order of input 'images'. */
  stats: PublishStats[];
  /** Signatures and attestations written beside the image. */
  signatures: Attached[];
  /** The GitHub artifact attestation of the digest (`attest: true`). */
  attestation?: { id: string; url: string };
}

export interface BuildFacts {
  s: BuildSettings;
  meta: Meta;
  builder: BuilderName;
  exported: BuildExport;
  root?: ManifestNode;
  pushed?: Published;
  /**
   * Wall time per phase, in run order (src/commands/build/phases.ts): startMs (node's start to the
   * build's), metaMs, prepareMs, buildMs, then when pushing baseLayersMs, saveMs (docker save only),
   * exportMs, pushPlanMs, blobsMs, manifestsMs, tagsMs, readBackMs, cleanupMs. With docker save, blobs
   * already go out during saveMs (the archive read whole) and exportMs (the last layers compressed):
   * blobsMs is then what is left of the uploads.
   */
  durations: Record<string, number>;
}

export function buildOutputs(f: BuildFacts): CommandResult {
  const { s, meta, root, pushed } = f;
  const digest = root && pushed ? root.digest.toString() : '';
  const images = digest ? s.images.map((r) => `${r}@${digest}`) : [];
  const tags = s.images.flatMap((repo) => (pushed ? pushed.tags : s.push ? [] : meta.tags).map((t) => `${repo}:${t}`));
  const imageid = root?.configDigest?.toString() ?? (root ? root.digest.toString() : f.exported.kind === 'docker-image' ? f.exported.imageId : '');
  const platforms = root ? platformDigests(root) : {};
  const size = root ? allBlobs(root).reduce((n, b) => n + b.descriptor.size, 0) : 0;
  const metadata = {
    digest,
    image: images[0] ?? '',
    images,
    tags,
    version: meta.version,
    imageid,
    platformDigests: platforms,
    labels: meta.labels,
    builder: f.builder,
    size,
    durations: f.durations,
    attached: pushed?.signatures ?? [],
    push: pushed ? pushed.stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })) : [],
  };
  const facts = { repositories: s.images.map(String), digest, tags, version: meta.version, imageid, platformDigests: platforms, labels: meta.labels };
  return {
    outputs: { ...imageOutputs(facts, metadata), changed: changedOutput(pushed?.stats ?? []), ...attestationOutputs(pushed?.attestation) },
    summary: imageSummary('pinship build', facts, [
      ...(digest ? [`**size** ${(size / 1024 / 1024).toFixed(1)} MiB`] : ['Built and kept in the engine: nothing was pushed (`push: false`).']),
      ...attestationLines(pushed?.attestation),
    ]),
  };
}
