import { type Found, get, isMap, isScalar, pairs, scalarReference, type YamlContext } from '../yaml-nodes.js';

/** docker-compose.yml, compose.yaml, docker-compose.prod.yml ... with a `services` map. */
export function isCompose(file: string, doc: unknown): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /(^|[-_.])compose([-_.][^/]*)?\.ya?ml$/i.test(base) && isMap(get(doc, 'services')?.value);
}

/** `build` with `pull_policy: build`: compose always builds, and `image` only names the result. */
function buildsOnly(service: unknown): boolean {
  const policy = get(service, 'pull_policy')?.value;
  return get(service, 'build') !== undefined && isScalar(policy) && policy.value === 'build';
}

/**
 * `services.*.image`; a service that only builds has none. With `build` and no `pull_policy`, compose
 * pulls `image` first and builds only when the registry has none, so that image is a deployed reference.
 */
export function locateCompose(ctx: YamlContext, out: Found[]): void {
  for (const service of pairs(get(ctx.root, 'services')?.value)) {
    if (buildsOnly(service.value)) continue;
    const found = scalarReference(ctx, get(service.value, 'image')?.value, 'compose', true);
    if (found) out.push(found);
  }
}
