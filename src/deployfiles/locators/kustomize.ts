import { type Found, get, isMap, items, scalarText, type YamlContext } from '../yaml-nodes.js';
import { splitFound } from './split.js';

export function isKustomization(file: string): boolean {
  return /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
}

/**
 * `images[]` of `holder`: `name` (what manifests say), `newName`, `newTag`, `digest`. The digest goes to `digest`.
 * An entry with neither `newTag` nor `digest` only renames: the tag is the manifests', pinned there.
 */
export function kustomizeImages(ctx: YamlContext, holder: unknown, out: Found[]): void {
  for (const entry of items(get(holder, 'images')?.value)) {
    if (!isMap(entry)) continue;
    const namePair = get(entry, 'newName') ?? get(entry, 'name');
    const name = namePair && scalarText(ctx, namePair.value);
    const tagNode = get(entry, 'newTag')?.value;
    if (!namePair || !name || (!scalarText(ctx, tagNode) && !scalarText(ctx, get(entry, 'digest')?.value))) continue;
    out.push(splitFound(ctx, entry, 'kustomize', { offset: namePair.value!.range[0], via: namePair.value!.via }, name, tagNode));
  }
}

/** A kustomization (or a kustomize Component): its `images[]`. */
export function locateKustomize(ctx: YamlContext, out: Found[]): void {
  kustomizeImages(ctx, ctx.root, out);
}
