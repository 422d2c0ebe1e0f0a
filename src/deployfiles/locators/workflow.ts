import { type Found, get, isMap, items, pairs, scalarReference, type YamlContext } from '../yaml-nodes.js';

export function isWorkflow(file: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
}

/** `container` and each of `services`: an image string, or a map with `image`. */
function containerImage(ctx: YamlContext, node: unknown, out: Found[]): void {
  const found = scalarReference(ctx, isMap(node) ? get(node, 'image')?.value : node, 'workflow', true);
  if (found) out.push(found);
}

/** GitHub Actions: `jobs.*.container`, `jobs.*.services.*`, and `uses: docker://image` steps. */
export function locateWorkflow(ctx: YamlContext, out: Found[]): void {
  for (const job of pairs(get(ctx.root, 'jobs')?.value)) {
    const container = get(job.value, 'container');
    if (container) containerImage(ctx, container.value, out);
    for (const service of pairs(get(job.value, 'services')?.value)) containerImage(ctx, service.value, out);
    for (const step of items(get(job.value, 'steps')?.value)) {
      const found = scalarReference(ctx, get(step, 'uses')?.value, 'workflow', true, 'docker://');
      if (found) out.push(found);
    }
  }
}
