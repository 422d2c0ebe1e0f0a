import { type Found, get, isMap, isScalar, items, scalarReference, type YamlContext } from '../yaml-nodes.js';
import { walkImages } from './generic.js';
import { kustomizeImages } from './kustomize.js';

// The API groups of the cluster itself that predate DNS-style names; every other group is a DNS name.
const LEGACY_GROUPS = new Set(['apps', 'batch', 'autoscaling', 'policy', 'extensions']);
const VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;
const DNS_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)+$/;
/**
 * Groups spelled like Kubernetes ones whose documents are read by a tool from a file and never sent to a
 * cluster: component configs (`kubelet.config.k8s.io`), kind's and kubeadm's cluster configs.
 */
const FILE_ONLY_GROUP = /(?:^|\.)config\.k8s\.io$|^kind\.x-k8s\.io$|^kubeadm\.k8s\.io$/;

function text(doc: unknown, key: string): string | undefined {
  const node = get(doc, key)?.value;
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** `apiVersion` split into group ('' for the core group) and version, when it is spelled as Kubernetes spells it. */
export function apiGroup(doc: unknown): string | undefined {
  const apiVersion = text(doc, 'apiVersion');
  if (!isMap(doc) || apiVersion === undefined || text(doc, 'kind') === undefined) return undefined;
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  if (!VERSION.test(apiVersion.slice(slash + 1))) return undefined;
  return group === '' || LEGACY_GROUPS.has(group) || DNS_NAME.test(group) ? group : undefined;
}

/**
 * An object a cluster accepts: `kind` and an `apiVersion` of the form `v1`, `apps/v1` or `<dns-name>/v1beta1`.
 * skaffold's `skaffold/v4beta11`, a kubeconfig (`v1` `Config`) and the file-only groups above are other tools' files.
 */
export function isKubernetes(doc: unknown): boolean {
  const group = apiGroup(doc);
  if (group === undefined || FILE_ONLY_GROUP.test(group)) return false;
  return !(group === '' && text(doc, 'kind') === 'Config');
}

/**
 * Containers, init and ephemeral containers of every workload kind, at whatever depth the kind nests
 * its pod template (CronJob's is three levels down), and image volumes (`volumes[].image.reference`). Every
 * `image` key of a built-in kind holds an image, so a value that does not parse is an error. Custom
 * resources (Argo Rollouts, Knative, Tekton, operators' specs) name what their controllers run in `image`
 * keys too, but their schemas are their own: a value that is no reference is theirs, not an error (a template
 * is still noted), except in the container lists of a pod template they embed.
 * A Flux `Kustomization` overrides its manifests' images with `spec.images`, as kustomize does.
 */
export function locateKubernetes(ctx: YamlContext, out: Found[]): void {
  const group = apiGroup(ctx.root);
  // A Helm template's apiVersion may be an action (undefined here): it is taken for a built-in kind.
  const builtIn = group === undefined || group === '' || LEGACY_GROUPS.has(group) || group.endsWith('.k8s.io');
  walkImages(ctx, ctx.root, 'kubernetes', builtIn || 'templates', out);
  const kind = text(ctx.root, 'kind');
  if (group === 'kustomize.toolkit.fluxcd.io' && kind === 'Kustomization') kustomizeImages(ctx, get(ctx.root, 'spec')?.value, out);
  if (group === 'argoproj.io' && kind === 'Application') argoKustomizeImages(ctx, out);
}

/**
 * An Argo CD Application's `kustomize.images` (of `spec.source` and each of `spec.sources`), in
 * `kustomize edit set image` form: `name:tag`, `name@digest`, `name=newName:tag`. The reference is what
 * follows `=`; one with neither tag nor digest only renames, and the manifests' tag stands.
 */
function argoKustomizeImages(ctx: YamlContext, out: Found[]): void {
  const spec = get(ctx.root, 'spec')?.value;
  for (const source of [get(spec, 'source')?.value, ...items(get(spec, 'sources')?.value)]) {
    for (const node of items(get(get(source, 'kustomize')?.value, 'images')?.value)) {
      const value = isScalar(node) && typeof node.value === 'string' ? node.value : '';
      const found = scalarReference(ctx, node, 'kubernetes', true, value.slice(0, value.indexOf('=') + 1));
      if (found && (found.ref.tag !== undefined || found.ref.digest)) out.push(found);
    }
  }
}
