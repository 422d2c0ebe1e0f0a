import { depthMessage, MapNode, MAX_DEPTH, PairNode, ScalarNode, SeqNode, type ScalarType } from './nodes.js';
import { LocatedError } from './types.js';

// Scalars and one-line flow collections for fast-yaml.ts, with offsets into the file.

/** Outside the subset: the caller falls back to the `yaml` package. */
export class Unsupported extends Error {}

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Characters that make a plain scalar something else when they start it.
export const INDICATOR = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?:\s|$))/;

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
export function resolvePlain(s: string): unknown {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return /^t/i.test(s);
  if (!NUMBER.test(s)) return s;
  if (/inf/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/nan/i.test(s)) return NaN;
  return s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s);
}

/** A plain `<<`, YAML 1.1's merge key: merges are resolved by the full parser. */
export const isMergeKey = (key: ScalarNode): boolean => key.type === 'PLAIN' && key.value === '<<';

export function scalar(value: unknown, type: ScalarType, start: number, end: number): ScalarNode {
  return new ScalarNode(value, type, [start, end]);
}

/** The rest of a line after a value must be blank or a comment. */
export function expectEnd(s: string, pos: number): void {
  const rest = s.slice(pos);
  if (rest.trim() && !/^\s+#/.test(rest)) throw new Unsupported();
}

export function quoted(s: string, pos: number, offset: number): { node: ScalarNode; end: number } {
  const q = s[pos];
  const close = s.indexOf(q, pos + 1);
  if (close < 0) throw new Unsupported();
  const inner = s.slice(pos + 1, close);
  if ((q === '"' && inner.includes('\\')) || (q === "'" && s[close + 1] === "'")) throw new Unsupported();
  return { node: scalar(inner, q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', offset + pos, offset + close + 1), end: close + 1 };
}

/** A plain scalar inside a flow collection ends at `,[]{}`, at `: ` and at ` #`. */
export function flowPlain(s: string, pos: number, offset: number): { node: ScalarNode; end: number } {
  let end = pos;
  while (
    end < s.length &&
    !/[,[\]{}]/.test(s[end]) &&
    !(s[end] === ':' && /[\s,[\]{}]/.test(s[end + 1] ?? ' ')) &&
    !(s[end] === '#' && /\s/.test(s[end - 1] ?? ''))
  )
    end++;
  const text = s.slice(pos, end).trimEnd();
  if (!text || INDICATOR.test(text)) throw new Unsupported();
  return { node: scalar(resolvePlain(text), 'PLAIN', offset + pos, offset + pos + text.length), end: pos + text.length };
}

export const skip = (s: string, pos: number): number => {
  while (s[pos] === ' ') pos++;
  return pos;
};

export function flowValue(s: string, pos: number, offset: number, depth: number): { node: ScalarNode | MapNode | SeqNode; end: number } {
  const c = s[pos];
  if (c === '{' || c === '[') return flow(s, pos, offset, depth);
  if (c === '"' || c === "'") return quoted(s, pos, offset);
  return flowPlain(s, pos, offset);
}

/** `{k: v, ...}` or `[v, ...]` on one line, inside `depth` collections. */
export function flow(s: string, pos: number, offset: number, depth: number): { node: MapNode | SeqNode; end: number } {
  if (depth >= MAX_DEPTH) throw new LocatedError(offset + pos, depthMessage);
  const isMap = s[pos] === '{';
  const pairs: PairNode[] = [];
  const items: Array<ScalarNode | MapNode | SeqNode> = [];
  const close = isMap ? '}' : ']';
  const keys = new Set<unknown>();
  let p = skip(s, pos + 1);
  while (s[p] !== close) {
    if (p >= s.length) throw new Unsupported();
    const first = flowValue(s, p, offset, depth + 1);
    p = skip(s, first.end);
    if (isMap) {
      if (s[p] !== ':' || !(first.node instanceof ScalarNode) || keys.has(first.node.value) || isMergeKey(first.node)) throw new Unsupported();
      keys.add(first.node.value);
      p = skip(s, p + 1);
      const value = s[p] === ',' || s[p] === close ? { node: scalar(null, 'PLAIN', offset + p, offset + p), end: p } : flowValue(s, p, offset, depth + 1);
      pairs.push(new PairNode(first.node, value.node));
      p = skip(s, value.end);
    } else {
      if (s[p] === ':') throw new Unsupported();
      items.push(first.node);
    }
    if (s[p] === ',') p = skip(s, p + 1);
    else if (s[p] !== close) throw new Unsupported();
  }
  const r: [number, number] = [offset + pos, offset + p + 1];
  return { node: isMap ? new MapNode(pairs, r, true) : new SeqNode(items, r, true), end: p + 1 };
}
