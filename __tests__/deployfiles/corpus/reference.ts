import { parseAllDocuments } from 'yaml';
import type { Format } from './formats.js';

/*
 * The reference reader: what a deployer runs, read with full YAML semantics (the `yaml` package with
 * YAML 1.1 merge keys, aliases expanded by toJS) or JSON.parse, and nothing of pinship's. It lists every
 * image value at the format's image positions, once per place a deployer reads it.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Filled in by the deployer's own templating: listed apart, as pinship lists them apart.
const TEMPLATE = /\{\{|\$\{|\$[A-Za-z_]/;

export interface Reading {
  images: string[];
  templates: string[];
}

function add(out: Reading, v: Json | undefined, prefix = ''): void {
  if (typeof v !== 'string' || !v.startsWith(prefix)) return;
  const value = v.slice(prefix.length);
  if (TEMPLATE.test(value)) out.templates.push(value);
  else out.images.push(value);
}

/** Helm's split fields joined as Helm charts join them. */
function joined(registry: Json | undefined, repository: Json, tag: Json | undefined, digest: Json | undefined): string {
  const part = (v: Json | undefined): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
  return `${part(registry) ? `${part(registry)}/` : ''}${part(repository)}${part(tag) ? `:${part(tag)}` : ''}${part(digest) ? `@${part(digest)}` : ''}`;
}

/** Every `image` key at any depth: a string, an image volume's `{reference}`, or Helm's split fields. */
function everyImage(v: Json, out: Reading): void {
  if (Array.isArray(v)) {
    for (const x of v) everyImage(x, out);
    return;
  }
  if (!isObject(v)) return;
  for (const [k, x] of Object.entries(v)) {
    if (k !== 'image') everyImage(x, out);
    else if (isObject(x) && typeof x.reference === 'string') add(out, x.reference);
    else if (isObject(x) && typeof x.repository === 'string') out.images.push(joined(x.registry, x.repository, x.tag, x.digest));
    else if (isObject(x) || Array.isArray(x)) everyImage(x, out);
    else add(out, x);
  }
}

const values = (v: Json | undefined): Json[] => (isObject(v) ? Object.values(v) : []);
const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const field = (v: Json | undefined, k: string): Json | undefined => (isObject(v) ? v[k] : undefined);

function imagesOf(format: Format, doc: Json, out: Reading): void {
  if (format === 'compose') for (const svc of values(field(doc, 'services'))) add(out, field(svc, 'image'));
  else if (format === 'ecs')
    for (const c of list(field(doc, 'containerDefinitions') ?? field(field(doc, 'taskDefinition'), 'containerDefinitions'))) add(out, field(c, 'image'));
  else if (format === 'kustomize') {
    for (const e of list(field(doc, 'images'))) {
      const name = field(e, 'newName') ?? field(e, 'name');
      if (name && (field(e, 'newTag') || field(e, 'digest'))) out.images.push(joined(undefined, name, field(e, 'newTag'), field(e, 'digest')));
    }
  } else if (format === 'workflow') {
    for (const job of values(field(doc, 'jobs'))) {
      const container = field(job, 'container');
      if (container !== undefined) add(out, isObject(container) ? container.image : container);
      for (const svc of values(field(job, 'services'))) add(out, isObject(svc) ? svc.image : svc);
      for (const step of list(field(job, 'steps'))) add(out, field(step, 'uses'), 'docker://');
    }
  } else everyImage(doc, out);
}

/** The images a deployer of `format` runs from `text`, or why no deployer would read it. */
export function referenceRead(format: Format, text: string): Reading | { refused: string } {
  const out: Reading = { images: [], templates: [] };
  if (format === 'ecs' || format === 'json') {
    imagesOf(format, JSON.parse(text) as Json, out);
    return out;
  }
  for (const doc of parseAllDocuments(text, { merge: true, uniqueKeys: true })) {
    if (doc.errors.length) return { refused: doc.errors[0].message };
    imagesOf(format, doc.toJS({ maxAliasCount: 1000 }) as Json, out);
  }
  return out;
}
