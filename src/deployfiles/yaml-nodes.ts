import { MapNode, PairNode, ScalarNode, SeqNode, type Via } from './nodes.js';
import { inlineReference } from './reference-text.js';
import { LocatedError, type Format, type InlineTarget, type Span, type SplitTarget } from './types.js';
import type { Reference } from '../registry/reference.js';

/** A YAML or JSON document's root node, with the file text its node ranges point into. */
export interface YamlContext {
  text: string;
  root: unknown;
  /** Image positions holding a template (`${{ matrix.image }}`, `{{ .Values.image }}`, `$IMAGE`): not references, but said so. */
  templated: Array<{ offset: number; value: string }>;
  /** Set when the file is JSON: ECS task definitions and generic `image` keys. */
  json: boolean;
}

/** What a locator reports before the scanner adds file and line. */
export interface Found {
  offset: number;
  format: Format;
  written: string;
  ref: Reference;
  target: InlineTarget | SplitTarget;
  /** The aliases and merges that carry the reference written at `offset` to this place; empty where it is written. */
  via: readonly Via[];
}

export const isMap = (node: unknown): node is MapNode => node instanceof MapNode;
export const isSeq = (node: unknown): node is SeqNode => node instanceof SeqNode;
export const isScalar = (node: unknown): node is ScalarNode => node instanceof ScalarNode;

export function pairs(node: unknown): PairNode[] {
  return isMap(node) ? node.items : [];
}

export function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

export function keyOf(pair: PairNode): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

export function get(map: unknown, key: string): PairNode | undefined {
  return pairs(map).find((p) => keyOf(p) === key);
}

/**
 * The characters of a scalar's value inside the file: plain text as is, quoted text without its quotes.
 * A value that cannot be rewritten character for character (escapes, folded lines, block scalars) is a problem.
 */
export function scalarSpan(ctx: YamlContext, node: ScalarNode): Span & { raw: string } {
  const [start, end] = node.range;
  const source = ctx.text.slice(start, end);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const span = quoted ? { start: start + 1, end: end - 1 } : { start, end };
  const raw = ctx.text.slice(span.start, span.end);
  const exact = quoted ? raw === String(node.value) : node.type === 'PLAIN' && !/[\r\n]/.test(raw);
  if (!exact) {
    throw new LocatedError(
      start,
      `value '${source.split(/\r?\n/)[0]}' is written in a form pinship cannot rewrite in place (block scalar, escapes or folded lines); write it on one line`,
    );
  }
  return { ...span, raw };
}

/** A custom tag (`!thing`) at an image position: what it means is up to each tool, so it is not guessed at. */
function refuseTag(node: ScalarNode): void {
  if (node.tag !== undefined)
    throw new LocatedError(node.range[0], `image value has the tag ${node.tag}, which each tool resolves its own way; write it untagged (or !!str)`);
}

/** The scalar's source text, e.g. `1.20` for a tag YAML would read as a number. */
export function scalarText(ctx: YamlContext, node: unknown): string | undefined {
  if (isScalar(node)) refuseTag(node);
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return scalarSpan(ctx, node).raw;
}

// Workflow expressions, Helm/Go templates, shell and compose variables: filled in later, by something else.
const TEMPLATE = /\{\{|\$\{|\$[A-Za-z_]/;

/**
 * An image reference held by one scalar. `strict`: the position holds images by definition, so a value
 * that does not parse is an error; otherwise (an `image` key in an arbitrary file) it is not a reference.
 */
export function scalarReference(ctx: YamlContext, node: unknown, format: Format, strict: boolean, prefix = ''): Found | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') {
    if (strict && isScalar(node) && node.value !== null)
      throw new LocatedError(node.range[0], `expected an image reference, found ${typeof node.value} '${JSON.stringify(node.value)}'`);
    return undefined;
  }
  if (prefix && !node.value.startsWith(prefix)) return undefined;
  refuseTag(node);
  if (TEMPLATE.test(node.value)) {
    if (strict) ctx.templated.push({ offset: node.range[0], value: node.value });
    return undefined;
  }
  let span: Span & { raw: string };
  try {
    span = scalarSpan(ctx, node);
  } catch (e) {
    if (strict) throw e;
    return undefined;
  }
  const start = span.start + prefix.length;
  const raw = span.raw.slice(prefix.length);
  try {
    const { ref, target } = inlineReference(raw, { start, end: span.end });
    return { offset: start, format, written: raw, ref, target, via: node.via };
  } catch (e) {
    if (strict) throw e;
    return undefined;
  }
}
