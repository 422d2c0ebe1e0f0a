import { type Found, get, isScalar, items, scalarReference, type YamlContext } from '../yaml-nodes.js';
import { walkImages } from './generic.js';

/** A skaffold config: `apiVersion: skaffold/v...` (`kind: Config`), one per document. */
export function isSkaffold(doc: unknown): boolean {
  const node = get(doc, 'apiVersion')?.value;
  return isScalar(node) && typeof node.value === 'string' && node.value.startsWith('skaffold/');
}

/** The config itself and each of its profiles: each may hold `build`, `verify` and `customActions`. */
function sections(root: unknown): unknown[] {
  return [root, ...items(get(root, 'profiles')?.value)];
}

/** The images this config builds (`build.artifacts[].image`), which it substitutes wherever it runs them. */
function artifacts(root: unknown): Set<string> {
  const names = new Set<string>();
  for (const section of sections(root))
    for (const artifact of items(get(get(section, 'build')?.value, 'artifacts')?.value)) {
      const image = get(artifact, 'image')?.value;
      if (isScalar(image) && typeof image.value === 'string') names.add(image.value);
    }
  return names;
}

/**
 * The images skaffold runs without building them: `verify[].container.image`,
 * `customActions[].containers[].image`, and Helm values it passes as written (`helm.releases[].overrides`
 * under `deploy` or `manifests`). `build.artifacts` names what skaffold builds (an output, not a deployed
 * reference), and `manifests` and `deploy` otherwise name files and charts, which are read on their own;
 * a verify or action container that names an artifact runs what was built.
 */
export function locateSkaffold(ctx: YamlContext, out: Found[]): void {
  const built = artifacts(ctx.root);
  const containers: unknown[] = [];
  for (const section of sections(ctx.root)) {
    for (const check of items(get(section, 'verify')?.value)) containers.push(get(check, 'container')?.value);
    for (const action of items(get(section, 'customActions')?.value)) containers.push(...items(get(action, 'containers')?.value));
    for (const stage of ['deploy', 'manifests'])
      for (const release of items(get(get(get(section, stage)?.value, 'helm')?.value, 'releases')?.value))
        walkImages(ctx, get(release, 'overrides')?.value, 'skaffold', false, out);
  }
  for (const container of containers) {
    const image = get(container, 'image')?.value;
    if (isScalar(image) && typeof image.value === 'string' && built.has(image.value)) continue;
    const found = scalarReference(ctx, image, 'skaffold', true);
    if (found) out.push(found);
  }
}
