import { type Found, get, isMap, isScalar, type YamlContext } from '../yaml-nodes.js';
import { walkImages } from './generic.js';

/** A Kubernetes object: `apiVersion` and `kind` at the top. */
export function isKubernetes(doc: unknown): boolean {
  return isMap(doc) && isScalar(get(doc, 'apiVersion')?.value) && isScalar(get(doc, 'kind')?.value);
}

/**
 * Containers, init and ephemeral containers of every workload kind, at whatever depth the kind nests
 * its pod template (CronJob's is three levels down), and image volumes (`volumes[].image.reference`).
 * Every `image` key of a Kubernetes object holds an image, so a value that does not parse is an error.
 */
export function locateKubernetes(ctx: YamlContext, out: Found[]): void {
  walkImages(ctx, ctx.root, 'kubernetes', true, out);
}
