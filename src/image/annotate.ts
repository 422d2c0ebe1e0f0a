import { digestOf } from '../registry/digest.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../registry/mediatypes.js';
import { annotationsAt, type Annotation } from './annotations.js';
import type { ManifestNode } from './model.js';

export interface AnnotateOptions {
  annotations: Annotation[];
  /** Set on every image manifest, and on the index of a multi-platform result, unless overridden. */
  defaults: Record<string, string>;
  warn: (message: string) => void;
}

const REF_DIGEST = 'vnd.docker.reference.digest';

function rewrite(node: ManifestNode, change: (json: ImageManifest & ImageIndex) => void): ManifestNode {
  const json = JSON.parse(node.bytes.toString('utf8')) as ImageManifest & ImageIndex;
  change(json);
  const bytes = Buffer.from(JSON.stringify(json));
  return { ...node, bytes, digest: digestOf(bytes) };
}

const merged = (a: Record<string, string> | undefined, b: Record<string, string> | undefined): Record<string, string> | undefined =>
  a || b ? { ...a, ...b } : undefined;

function annotateImage(node: ManifestNode, o: AnnotateOptions): ManifestNode {
  const add = annotationsAt(o.annotations, 'manifest', node.platform, o.defaults);
  if (!add) return node;
  return rewrite(node, (json) => {
    json.annotations = merged(json.annotations, add);
  });
}

/**
 * Annotations written into the manifests pinship pushes, whatever the builder: children first,
 * then each parent's descriptors follow their children's new digests. A new manifest is a new
 * digest, so the outputs name the annotated manifests. Images carrying attestations keep their
 * manifests as built: the attestations name those digests and would no longer match.
 */
export function annotateTree(root: ManifestNode, o: AnnotateOptions): ManifestNode {
  if (o.annotations.some((a) => a.levels.includes('index-descriptor')))
    o.warn(`input 'annotations': index-descriptor annotations live in an OCI layout's index.json, which a push does not send; they are not applied`);
  return annotateNode(root, o);
}

function annotateNode(root: ManifestNode, o: AnnotateOptions): ManifestNode {
  if (!root.children.length) return annotateImage(root, o);
  const attested = root.children.some((c) => c.attestation);
  const explicitManifest = o.annotations.some((a) => a.levels.includes('manifest'));
  if (attested && explicitManifest)
    o.warn(
      `input 'annotations': manifest-level annotations are not applied to an image with attestations, which sign its manifest digests; use index: or manifest-descriptor:`,
    );
  const renamed = new Map<string, ManifestNode>();
  const children = root.children.map((c) => {
    const next = attested || c.attestation ? c : c.children.length ? annotateNode(c, o) : annotateImage(c, o);
    renamed.set(c.digest.toString(), next);
    return next;
  });
  const indexAdd = annotationsAt(o.annotations, 'index', undefined, o.defaults);
  const annotated = rewrite({ ...root, children }, (json) => {
    json.manifests = json.manifests.map((d) => descriptorFor(d, renamed, o.annotations));
    json.annotations = merged(json.annotations, indexAdd);
  });
  return annotated.digest.equals(root.digest) ? root : annotated;
}

function descriptorFor(d: Descriptor, renamed: Map<string, ManifestNode>, annotations: Annotation[]): Descriptor {
  const node = renamed.get(d.digest);
  const out: Descriptor = node ? { ...d, digest: node.digest.toString(), size: node.bytes.length } : { ...d };
  const ref = d.annotations?.[REF_DIGEST];
  const target = ref ? renamed.get(ref) : undefined;
  if (ref && target) out.annotations = { ...d.annotations, [REF_DIGEST]: target.digest.toString() };
  if (node && !node.attestation) {
    const add = annotationsAt(annotations, 'manifest-descriptor', node.platform);
    if (add) out.annotations = { ...out.annotations, ...add };
  }
  return out;
}
