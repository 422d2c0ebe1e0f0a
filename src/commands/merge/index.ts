import { annotationsAt, ociLabelAnnotations, type Annotation } from '../../image/annotations.js';
import { digestOf } from '../../registry/digest.js';
import { MediaType, platformString, type Descriptor, type ImageIndex } from '../../registry/mediatypes.js';
import type { Repository } from '../../registry/reference.js';
import type { PlanManifest, PublishPlan } from '../../publish/index.js';
import { indexMediaType, type Child } from './children.js';

/** Levels merge can honour: it writes the index and its entries, never the children themselves. */
export function checkMergeAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const bad = a.levels.find((l) => l === 'manifest' || l === 'index-descriptor');
    if (bad) throw new Error(`Invalid input 'annotations': '${bad}:${a.key}' cannot be set by merge, which writes only the index; set manifest annotations on each platform's build, and index or manifest-descriptor ones here`);
  }
}

/**
 * The index over sorted children: the OCI label values and `index:` annotations on it (OCI only:
 * a Docker manifest list has no annotations), `manifest-descriptor:` ones on its platform entries.
 */
export function buildIndex(children: Child[], annotations: Annotation[], labels: Record<string, string>, warn: (m: string) => void): PlanManifest & { json: ImageIndex } {
  const mediaType = indexMediaType(children);
  const oci = mediaType === MediaType.OciIndex;
  if (!oci && annotations.length) warn(`every child is a Docker manifest, so the result is a Docker manifest list, which has no annotations: input 'annotations' is not applied`);
  const manifests: Descriptor[] = children.map((c) => {
    const extra = oci && c.platform ? annotationsAt(annotations, 'manifest-descriptor', platformString(c.platform)) : undefined;
    return extra ? { ...c.descriptor, annotations: { ...c.descriptor.annotations, ...extra } } : c.descriptor;
  });
  const indexAnnotations = oci ? annotationsAt(annotations, 'index', undefined, ociLabelAnnotations(labels)) : undefined;
  const json: ImageIndex = { schemaVersion: 2, mediaType, manifests, ...(indexAnnotations ? { annotations: indexAnnotations } : {}) };
  const bytes = Buffer.from(JSON.stringify(json));
  return { digest: digestOf(bytes), mediaType, bytes, blobs: [], json };
}

/** Children come from the source repository, which holds them and their blobs; the index is new. */
export function mergePlan(source: Repository, children: Child[], index: PlanManifest): PublishPlan {
  const manifests: PlanManifest[] = children.map(({ manifest }) => {
    const json = manifest.json as { config?: Descriptor; layers?: Descriptor[] };
    const blobs = [...(json.config ? [json.config] : []), ...(json.layers ?? [])].map((descriptor) => ({ descriptor, origin: { kind: 'remote' as const, repository: source } }));
    return { digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes, blobs };
  });
  return {
    root: index,
    manifests: [...manifests, index],
    holders: [{ repository: source, manifests: new Set(manifests.map((m) => m.digest.toString())) }],
    extraTags: [],
  };
}
