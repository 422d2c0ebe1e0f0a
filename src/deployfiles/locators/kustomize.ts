import { type Found, get, isMap, isScalar, items, scalarSpan, scalarText, type YamlContext } from '../yaml-nodes.js';
import { digestSlot, splitReference } from './helm.js';

export function isKustomization(file: string): boolean {
  return /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
}

/**
 * `images[]`: `name` (what manifests say), `newName`, `newTag`, `digest`. The digest goes to `digest`.
 * An entry with neither `newTag` nor `digest` only renames: the tag is the manifests', pinned there.
 */
export function locateKustomize(ctx: YamlContext, out: Found[]): void {
  for (const entry of items(get(ctx.root, 'images')?.value)) {
    if (!isMap(entry)) continue;
    const namePair = get(entry, 'newName') ?? get(entry, 'name');
    const name = namePair && scalarText(ctx, namePair.value);
    const tagNode = get(entry, 'newTag')?.value;
    const tag = scalarText(ctx, tagNode);
    const digest = scalarText(ctx, get(entry, 'digest')?.value);
    if (!namePair || !name || (!tag && !digest)) continue;
    const offset = namePair.value!.range[0];
    const written = `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    const ref = splitReference(offset, written);
    const tagSpan = tag && isScalar(tagNode) ? scalarSpan(ctx, tagNode) : undefined;
    out.push({ offset, format: 'kustomize', written, ref, target: { kind: 'split', tag: tagSpan, digest: digestSlot(ctx, entry, 'digest') } });
  }
}
