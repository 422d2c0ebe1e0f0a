import { type Found, get, isSeq, items, scalarReference, type YamlContext } from '../yaml-nodes.js';

/** Google Cloud Build's config: `cloudbuild.yaml`, `cloudbuild.json`, `cloudbuild-prod.yaml` ... with a `steps` list. */
export function isCloudBuild(file: string, doc: unknown): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^cloudbuild([-_.][^/]*)?\.(ya?ml|json)$/i.test(base) && isSeq(get(doc, 'steps')?.value);
}

/** `steps[].name`: the image each step runs in. `images` and `artifacts` list what the build pushes, its outputs. */
export function locateCloudBuild(ctx: YamlContext, out: Found[]): void {
  for (const step of items(get(ctx.root, 'steps')?.value)) {
    const found = scalarReference(ctx, get(step, 'name')?.value, 'cloudbuild', true);
    if (found) out.push(found);
  }
}
