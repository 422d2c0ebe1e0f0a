import type { Format } from '../types.js';
import { type Found, get, isMap, isSeq, keyOf, pairs, scalarReference, type YamlContext } from '../yaml-nodes.js';
import { helmSplit } from './helm.js';

/**
 * Every `image` key below `node`: a string reference, Helm's split fields, or a Kubernetes image
 * volume's `{reference}`. `strict` when the file's kind says these keys hold images.
 */
export function walkImages(ctx: YamlContext, node: unknown, format: Format, strict: boolean, out: Found[]): void {
  if (isSeq(node)) {
    for (const item of node.items) walkImages(ctx, item, format, strict, out);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of pairs(node)) {
    if (keyOf(pair) !== 'image') {
      walkImages(ctx, pair.value, format, strict, out);
      continue;
    }
    const value = pair.value;
    if (isMap(value)) {
      const volume = get(value, 'reference');
      const found = volume ? scalarReference(ctx, volume.value, format, true) : helmSplit(ctx, value);
      if (found) out.push(found);
      else walkImages(ctx, value, format, strict, out);
      continue;
    }
    const found = scalarReference(ctx, value, format, strict);
    if (found) out.push(found);
  }
}
