import { type Found, get, isMap, scalarText, type YamlContext } from '../yaml-nodes.js';
import { splitFound } from './split.js';

/** Helm values' `image: {registry, repository, tag, digest}`: the digest is written to `digest`. */
export function helmSplit(ctx: YamlContext, map: unknown): Found | undefined {
  if (!isMap(map)) return undefined;
  const repoPair = get(map, 'repository');
  const repository = repoPair && scalarText(ctx, repoPair.value);
  if (!repoPair || !repository) return undefined;
  const registry = scalarText(ctx, get(map, 'registry')?.value);
  return splitFound(
    ctx,
    map,
    'helm',
    { offset: repoPair.value!.range[0], via: repoPair.value!.via },
    `${registry ? `${registry}/` : ''}${repository}`,
    get(map, 'tag')?.value,
  );
}
