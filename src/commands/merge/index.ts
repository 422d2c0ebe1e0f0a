import { annotationsAt, ociLabelAnnotations, type Annotation } from '../../image/annotations.js';
import { digestOf } from '../../registry/digest.js';
import { platformString, type Descriptor, type ImageIndex } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import type { PlanManifest, PublishPlan } from '../../publish/index.js';
import { indexMediaType, type Child } from './children.js';

/** Levels merge can honour: it writes the index and its entries, never the children themselves. */
export function checkMergeAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const bad = a.levels.find((l) => l === 'manifest' || l === 'index-descriptor');
    if (bad)
      throw new Error(
        `Invalid input 'annotations': '${bad}:${a.key}' cannot be set by merge, which writes only the index; set manifest annotations on each platform's build, and index or manifest-descriptor ones here`,
      );
  }
}

/**
 * The index over sorted children: the OCI label values and `index:` annotations on it,
 * `manifest-descriptor:` ones on its platform entries. A Docker manifest list carries them the
 * same way, as build's Docker manifests do: registries keep the bytes, and readers look there.
 */
export function buildIndex(children: Child[], annotations: Annotation[], labels: Record<string, string>): PlanManifest & { json: ImageIndex } {
  const mediaType = indexMediaType(children);
  const manifests: Descriptor[] = children.map((c) => {
    const extra = c.platform ? annotationsAt(annotations, 'manifest-descriptor', platformString(c.platform)) : undefined;
    return extra ? { ...c.descriptor, annotations: { ...c.descriptor.annotations, ...extra } } : c.descriptor;
  });
  const indexAnnotations = annotationsAt(annotations, 'index', undefined, { ...ociLabelAnnotations(labels), ...createdOf(children) });
  const json: ImageIndex = { schemaVersion: 2, mediaType, manifests, ...(indexAnnotations ? { annotations: indexAnnotations } : {}) };
  const bytes = Buffer.from(JSON.stringify(json));
  return { digest: digestOf(bytes), mediaType, bytes, blobs: [], json };
}

/**
 * The index is as old as its newest child, not the merge run: the same children then give the
 * same index, however often and in whatever order they are merged.
 */
function createdOf(children: Child[]): Record<string, string> {
  const times = children.map((c) => c.created).filter((t): t is string => !!t && !Number.isNaN(Date.parse(t)));
  if (!times.length) return {};
  const newest = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return { 'org.opencontainers.image.created': new Date(Date.parse(newest)).toISOString() };
}

/** Children come from the source repository, which holds them and their blobs; the index is new. */
export function mergePlan(source: Repository, children: Child[], index: PlanManifest): PublishPlan {
  const manifests: PlanManifest[] = children.map(({ manifest }) => {
    const json = manifest.json as { config?: Descriptor; layers?: Descriptor[] };
    const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({
      descriptor,
      origin: { kind: 'remote' as const, repository: source },
    }));
    return { digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes, blobs };
  });
  return {
    root: index,
    manifests: [...manifests, index],
    holders: [{ repository: source, manifests: new Set(manifests.map((m) => m.digest.toString())) }],
    extraTags: [],
  };
}
