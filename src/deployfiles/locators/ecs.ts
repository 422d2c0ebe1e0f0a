import { type Found, get, isMap, items, scalarReference, type YamlContext } from '../yaml-nodes.js';

/** The container list of an ECS task definition, as registered or as `describe-task-definition` prints it. */
function containerDefinitions(doc: unknown): unknown {
  return get(doc, 'containerDefinitions')?.value ?? get(get(doc, 'taskDefinition')?.value, 'containerDefinitions')?.value;
}

export function isEcsTaskDefinition(doc: unknown): boolean {
  return isMap(doc) && containerDefinitions(doc) !== undefined;
}

/** `containerDefinitions[].image`. */
export function locateEcs(ctx: YamlContext, out: Found[]): void {
  for (const def of items(containerDefinitions(ctx.root))) {
    const found = scalarReference(ctx, get(def, 'image')?.value, 'ecs', true);
    if (found) out.push(found);
  }
}
