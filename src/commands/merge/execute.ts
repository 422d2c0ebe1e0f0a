import type { CommandResult, Runtime } from '../../host/runtime.js';
import { registryClient } from '../../settings/registry-client.js';
import { platformString } from '../../registry/mediatypes.js';
import { changedOutput, publish, type PublishStats } from '../../publish/index.js';
import { computeMeta, type Meta } from '../../metadata/compute.js';
import { commonLabels, imageOutputs, imageSummary, type ImageFacts } from '../../report/image.js';
import { readChildren, sortChildren, type Child } from './children.js';
import { buildIndex, checkMergeAnnotations, mergePlan } from './index.js';
import type { MergeSettings } from './settings.js';
import { readSigner } from '../../settings/signing.js';
import { signedPlan, type Attached } from '../../publish/signed-plan.js';
import { readAttest } from '../../settings/attest.js';
import { attestBeforeTags, type AttestResult } from '../../publish/attest.js';
import { attestationLines, attestationOutputs } from '../../report/attestation.js';

/**
 * `command: merge`: per-platform images (pushed by digest from a build matrix) joined into one
 * index, pushed to every repository of `images` and tagged as `build` would tag it. Every child is
 * read from the registry and every input checked before anything is written.
 */
/** The merge once its inputs have been read (./command.ts). */
export async function executeMerge(s: MergeSettings, rt: Runtime): Promise<CommandResult> {
  const signingKey = readSigner(rt);
  const attest = readAttest(rt, s.registry.githubToken);
  checkMergeAnnotations(s.annotations);
  const meta = await computeMeta(s, rt);
  const client = registryClient(s.registry, rt);
  try {
    const children = sortChildren(await readChildren(client, s.source, s.digests));
    const index = buildIndex(children, s.annotations, meta.labels);
    rt.info(`merging ${children.length} manifests from ${s.source} into ${index.digest} (${index.mediaType})`);
    if (!meta.tags.length) rt.warning(`no tag rule produced a tag for this event: pushed by digest only`);
    const { plan, signatures } = await signedPlan(mergePlan(s.source, children, index), signingKey, s.images, (m) => rt.info(m));
    let attestation: AttestResult | undefined;
    const beforeTags =
      attest &&
      attestBeforeTags(
        attest,
        plan.root,
        s.images,
        (m) => rt.info(m),
        (r) => (attestation = r),
      );
    const stats = await publish(client, plan, s.images, { tags: meta.tags, log: (m) => rt.info(m), ...(beforeTags ? { beforeTags } : {}) });
    return mergeOutputs(s, meta, index.digest.toString(), children, stats, [...signatures, ...(attestation?.attached ?? [])], attestation);
  } finally {
    client.close();
  }
}

function mergeOutputs(
  s: MergeSettings,
  meta: Meta,
  digest: string,
  children: Child[],
  stats: PublishStats[],
  attached: Attached[],
  attestation: AttestResult | undefined,
): CommandResult {
  const images = s.images.map((r) => `${r}@${digest}`);
  const tags = s.images.flatMap((r) => meta.tags.map((t) => `${r}:${t}`));
  const platforms: Record<string, string> = {};
  for (const c of children) if (c.platform) platforms[platformString(c.platform)] = c.manifest.digest.toString();
  const labels = commonLabels(children.filter((c) => c.platform).map((c) => c.labels ?? {}));
  // An index has no config: its own digest is its image ID, as promote reports for an index.
  const facts: ImageFacts = { repositories: s.images.map(String), digest, tags, version: meta.version, imageid: digest, platformDigests: platforms, labels };
  const metadata = {
    ...facts,
    images,
    source: s.source.toString(),
    children: children.map((c) => c.descriptor),
    attached,
    push: stats.map((st, i) => ({ repository: s.images[i].toString(), ...st })),
  };
  return {
    outputs: { ...imageOutputs(facts, metadata), changed: changedOutput(stats), ...attestationOutputs(attestation) },
    summary: imageSummary('pinship merge', facts, [`${children.length} manifests from \`${s.source}\``, ...attestationLines(attestation)]),
  };
}
