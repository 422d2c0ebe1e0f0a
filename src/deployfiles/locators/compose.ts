import { type Found, get, isMap, pairs, scalarReference, type YamlContext } from '../yaml-nodes.js';

/** docker-compose.yml, compose.yaml, docker-compose.prod.yml ... with a `services` map. */
export function isCompose(file: string, doc: unknown): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /(^|[-_.])compose([-_.][^/]*)?\.ya?ml$/i.test(base) && isMap(get(doc, 'services')?.value);
}

/** `services.*.image`; a service that only builds has none. */
export function locateCompose(ctx: YamlContext, out: Found[]): void {
  for (const service of pairs(get(ctx.root, 'services')?.value)) {
    const found = scalarReference(ctx, get(service.value, 'image')?.value, 'compose', true);
    if (found) out.push(found);
  }
}
