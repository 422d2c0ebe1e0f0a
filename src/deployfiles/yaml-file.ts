import { parseAllDocuments } from 'yaml';
import { fastParseYaml } from './fast-yaml.js';
import { depthMessage, MAX_DEPTH } from './nodes.js';
import { isCloudBuild, locateCloudBuild } from './locators/cloudbuild.js';
import { locateCompose, isCompose } from './locators/compose.js';
import { isEcsTaskDefinition, locateEcs } from './locators/ecs.js';
import { walkImages } from './locators/generic.js';
import { isHelmTemplate, templateDocuments } from './locators/helm-template.js';
import { apiGroup, isKubernetes, locateKubernetes } from './locators/kubernetes.js';
import { isKustomization, locateKustomize } from './locators/kustomize.js';
import { isSkaffold, locateSkaffold } from './locators/skaffold.js';
import { isWorkflow, locateWorkflow } from './locators/workflow.js';
import { LocatedError } from './types.js';
import type { Found, YamlContext } from './yaml-nodes.js';
import { anchorsOf, fromYaml } from './yaml-resolve.js';

/** What a file holds: references, and image positions filled by a template. */
export interface Located {
  found: Found[];
  templated: YamlContext['templated'];
}

/** JSON.parse's "at position N" (Node 20) or "(line L column C)" (Node 22+), as an offset into `text`. */
function jsonErrorOffset(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return 0;
  let offset = 0;
  for (let line = 1; line < Number(lc[1]); line++) offset = text.indexOf('\n', offset) + 1;
  return offset + Number(lc[2]) - 1;
}

/** Deployment files use a handful of aliases (shared env blocks); the billion-laughs bomb needs about 80. */
const MAX_ALIASES = 50;

/** An upper bound on a file's aliases: every `*name` after a space, `[`, `,`, `{` or `:` counts, quoted or not. */
function aliasLike(text: string): number {
  return text.includes('*') ? (text.match(/(?:^|[\s[,{:])\*[^\s,\]}]+/g)?.length ?? 0) : 0;
}

/** The `yaml` package's parse: every YAML there is, and the error messages for what is not YAML. */
function parseYaml(text: string, json: boolean, templateBranches = false): unknown[] {
  // JSON allows repeated keys here so that the resolver can name the key; YAML does not, except in a Helm
  // template read with both branches of each `if`, where the same key is written once per branch.
  let aliases = 0;
  return parseAllDocuments(text, { prettyErrors: false, uniqueKeys: !json && !templateBranches, merge: !json }).map((doc) => {
    const error = doc.errors[0];
    if (error) {
      // The yaml package reports its own stack overflow as an error of the document.
      const message = /call stack/i.test(error.message) ? depthMessage : `not valid YAML: ${error.message.split('\n')[0]}`;
      throw new LocatedError(error.pos[0], message);
    }
    const anchors = anchorsOf(doc);
    // An alias bomb expands to billions of nodes in any tool that resolves it (kubectl, helm): refuse it here.
    for (const alias of anchors.keys()) {
      if (++aliases > MAX_ALIASES)
        throw new LocatedError(alias.range?.[0] ?? 0, `more than ${MAX_ALIASES} YAML aliases (*name), as in an alias bomb; expected a deployment file`);
    }
    return fromYaml(doc, text, json, anchors);
  });
}

/** JSON's nesting, measured before any recursive reader sees it: the first bracket past MAX_DEPTH is the problem. */
function checkJsonDepth(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) throw new LocatedError(i, depthMessage);
    } else if (c === 93 || c === 125) depth--;
  }
}

/** Which locator a document gets: by file name first, then by what the document holds. */
function locateDocument(file: string, ctx: YamlContext, out: Found[]): void {
  const root = ctx.root;
  if (isKustomization(file)) return locateKustomize(ctx, out);
  if (isWorkflow(file)) return locateWorkflow(ctx, out);
  if (isCompose(file, root)) return locateCompose(ctx, out);
  if (isCloudBuild(file, root)) return locateCloudBuild(ctx, out);
  if (isSkaffold(root)) return locateSkaffold(ctx, out);
  if (apiGroup(root) === 'kustomize.config.k8s.io') return locateKustomize(ctx, out);
  if (isKubernetes(root)) return locateKubernetes(ctx, out);
  if (ctx.json && isEcsTaskDefinition(root)) return locateEcs(ctx, out);
  walkImages(ctx, root, ctx.json ? 'json' : 'yaml', false, out);
}

/**
 * Image references in a YAML (multi-document) or JSON file. The `yaml` package's node ranges are offsets
 * into `text`, which is what lets the rewriter change only the characters of each reference.
 */
export function locateYamlFile(file: string, text: string, json: boolean): Located {
  if (json) {
    checkJsonDepth(text);
    try {
      JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      throw new LocatedError(jsonErrorOffset(text, message), `not valid JSON: ${message}`);
    }
  }
  const found: Found[] = [];
  const templated: YamlContext['templated'] = [];
  // The fast parser keeps aliases as they are; a file with many goes to the full parser, which counts them.
  const parse = (source: string, templateBranches = false): unknown[] =>
    (json || aliasLike(source) > MAX_ALIASES ? undefined : fastParseYaml(source)) ?? parseYaml(source, json, templateBranches);
  const template = !json && isHelmTemplate(file, text) ? templateDocuments(text, (source) => parse(source, true)) : undefined;
  // Helm applies every document a chart renders to the cluster: each is a Kubernetes object.
  for (const root of template?.rendered ?? []) locateKubernetes({ text, root, json, templated }, found);
  for (const root of template?.written ?? parse(text)) locateDocument(file, { text, root, json, templated }, found);
  if (!template) return { found, templated };
  // A template that is YAML as written is read twice: each place is reported once.
  const places = new Set<number>();
  return { found, templated: templated.filter((t) => !places.has(t.offset) && places.add(t.offset)) };
}
