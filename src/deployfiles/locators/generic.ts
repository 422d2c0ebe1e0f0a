import { LocatedError, type Format } from '../types.js';
import { type Found, get, isMap, isSeq, keyOf, pairs, scalarReference, type YamlContext } from '../yaml-nodes.js';
import { helmSplit } from './helm.js';

/**
 * How sure a file's kind makes pinship that its `image` keys hold images: `true`, a value that is no
 * reference is an error; `'templates'`, it is skipped but a template is still noted; `false`, both are skipped.
 */
export type Strictness = boolean | 'templates';

function reference(ctx: YamlContext, node: unknown, format: Format, strict: Strictness): Found | undefined {
  if (strict !== 'templates') return scalarReference(ctx, node, format, strict);
  try {
    return scalarReference(ctx, node, format, true);
  } catch (e) {
    if (e instanceof LocatedError) return undefined;
    throw e;
  }
}

/**
 * Every `image` key below `node`: a string reference, Helm's split fields, or a Kubernetes image
 * volume's `{reference}`.
 */
export function walkImages(ctx: YamlContext, node: unknown, format: Format, strict: Strictness, out: Found[]): void {
  if (isSeq(node)) {
    for (const item of node.items) walkImages(ctx, item, format, strict, out);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of pairs(node)) {
    const key = keyOf(pair);
    if (key !== 'image') {
      // A pod's container lists are the same wherever a resource embeds a pod template (a Rollout, a Knative Service).
      const podContainers = strict === 'templates' && (key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers');
      walkImages(ctx, pair.value, format, podContainers || strict, out);
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
    const found = reference(ctx, value, format, strict);
    if (found) out.push(found);
  }
}
