import { MapNode, PairNode, ScalarNode, SeqNode, type ScalarType } from './nodes.js';

/**
 * A fast parser for the block YAML deployment files are nearly always written in, building the `yaml`
 * package's own node types (with the same ranges) so the locators do not know which parser ran. The
 * `yaml` parser composes a full document model and is ~10x slower, which decides how long verify takes
 * over thousands of manifests. Anything outside the subset (anchors, tags, block scalars, multi-line
 * scalars or flows, escapes, directives, duplicate keys, odd indentation) gives up, and the caller uses
 * the `yaml` parser, which is also what reports invalid YAML.
 */
class Unsupported extends Error {}

interface Line {
  indent: number;
  /** Offset of the first non-space character. */
  start: number;
  content: string;
}

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Characters that make a plain scalar something else when they start it.
const INDICATOR = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?:\s|$))/;

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars by default. */
function resolvePlain(s: string): unknown {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return /^t/i.test(s);
  if (!NUMBER.test(s)) return s;
  if (/inf/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/nan/i.test(s)) return NaN;
  return s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s);
}

function scalar(value: unknown, type: ScalarType, start: number, end: number): ScalarNode {
  return new ScalarNode(value, type, [start, end]);
}

/** The rest of a line after a value must be blank or a comment. */
function expectEnd(s: string, pos: number): void {
  const rest = s.slice(pos);
  if (rest.trim() && !/^\s+#/.test(rest)) throw new Unsupported();
}

function quoted(s: string, pos: number, offset: number): { node: ScalarNode; end: number } {
  const q = s[pos]!;
  const close = s.indexOf(q, pos + 1);
  if (close < 0) throw new Unsupported();
  const inner = s.slice(pos + 1, close);
  if ((q === '"' && inner.includes('\\')) || (q === "'" && s[close + 1] === "'")) throw new Unsupported();
  return { node: scalar(inner, q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', offset + pos, offset + close + 1), end: close + 1 };
}

/** A plain scalar inside a flow collection ends at `,[]{}`, at `: ` and at ` #`. */
function flowPlain(s: string, pos: number, offset: number): { node: ScalarNode; end: number } {
  let end = pos;
  while (end < s.length && !/[,[\]{}]/.test(s[end]!) && !(s[end] === ':' && /[\s,[\]{}]/.test(s[end + 1] ?? ' ')) && !(s[end] === '#' && /\s/.test(s[end - 1] ?? ''))) end++;
  const text = s.slice(pos, end).trimEnd();
  if (!text || INDICATOR.test(text)) throw new Unsupported();
  return { node: scalar(resolvePlain(text), 'PLAIN', offset + pos, offset + pos + text.length), end: pos + text.length };
}

const skip = (s: string, pos: number): number => {
  while (s[pos] === ' ') pos++;
  return pos;
};

function flowValue(s: string, pos: number, offset: number): { node: ScalarNode | MapNode | SeqNode; end: number } {
  const c = s[pos];
  if (c === '{' || c === '[') return flow(s, pos, offset);
  if (c === '"' || c === "'") return quoted(s, pos, offset);
  return flowPlain(s, pos, offset);
}

/** `{k: v, ...}` or `[v, ...]` on one line. */
function flow(s: string, pos: number, offset: number): { node: MapNode | SeqNode; end: number } {
  const isMap = s[pos] === '{';
  const pairs: PairNode[] = [];
  const items: Array<ScalarNode | MapNode | SeqNode> = [];
  const close = isMap ? '}' : ']';
  const keys = new Set<unknown>();
  let p = skip(s, pos + 1);
  while (s[p] !== close) {
    if (p >= s.length) throw new Unsupported();
    const first = flowValue(s, p, offset);
    p = skip(s, first.end);
    if (isMap) {
      if (s[p] !== ':' || !(first.node instanceof ScalarNode) || keys.has(first.node.value)) throw new Unsupported();
      keys.add(first.node.value);
      p = skip(s, p + 1);
      const value = s[p] === ',' || s[p] === close ? { node: scalar(null, 'PLAIN', offset + p, offset + p), end: p } : flowValue(s, p, offset);
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

/** A value written after `key: ` or `- ` on the same line. */
function inline(line: Line, pos: number): ScalarNode | MapNode | SeqNode {
  const s = line.content;
  const c = s[pos]!;
  let result: { node: ScalarNode | MapNode | SeqNode; end: number };
  if (c === '{' || c === '[') result = flow(s, pos, line.start);
  else if (c === '"' || c === "'") result = quoted(s, pos, line.start);
  else {
    if (INDICATOR.test(s.slice(pos))) throw new Unsupported();
    const hash = s.slice(pos).search(/\s#/);
    const text = (hash < 0 ? s.slice(pos) : s.slice(pos, pos + hash)).trimEnd();
    if (/:(\s|$)/.test(text)) throw new Unsupported();
    return scalar(resolvePlain(text), 'PLAIN', line.start + pos, line.start + pos + text.length);
  }
  expectEnd(s, result.end);
  return result.node;
}

const isEntry = (s: string): boolean => s === '-' || s.startsWith('- ');
interface Key {
  text: string;
  type: ScalarType;
  /** Where the value starts: after ':' and the spaces following it. */
  after: number;
}

/** `key:` followed by a space or the end of the line; a plain key must not start with an indicator or end with a space. */
function matchKey(s: string): Key | undefined {
  const q = s[0];
  let colon: number;
  let text: string;
  let type: ScalarType = 'PLAIN';
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, 1);
    if (close < 0 || s[close + 1] !== ':') return undefined;
    text = s.slice(1, close);
    if (q === '"' && text.includes('\\')) return undefined;
    type = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    colon = close + 1;
  } else {
    if (/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s)) return undefined;
    colon = s.indexOf(':');
    while (colon >= 0 && colon + 1 < s.length && s[colon + 1] !== ' ') colon = s.indexOf(':', colon + 1);
    if (colon < 0) return undefined;
    text = s.slice(0, colon);
    if (text.endsWith(' ') || text.includes(' #')) return undefined;
  }
  if (colon + 1 < s.length && s[colon + 1] !== ' ') return undefined;
  let after = colon + 1;
  while (s[after] === ' ') after++;
  return { text, type, after };
}

class BlockParser {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  document(): unknown {
    if (!this.lines.length) return null;
    const root = this.node(-1);
    if (this.i < this.lines.length) throw new Unsupported();
    return root;
  }

  private node(parent: number): MapNode | SeqNode {
    const line = this.lines[this.i]!;
    if (line.indent <= parent) throw new Unsupported();
    return isEntry(line.content) ? this.seq(line.indent) : this.map(line.indent);
  }

  /** The block under a `key:` or `-` with nothing after it: deeper lines, or a `- ` list at the key's own indent. */
  private nested(indent: number, at: number, allowSameIndentSeq: boolean): ScalarNode | MapNode | SeqNode {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.node(indent);
    if (next && allowSameIndentSeq && next.indent === indent && isEntry(next.content)) return this.seq(indent);
    return scalar(null, 'PLAIN', at, at);
  }

  private seq(indent: number): SeqNode {
    const items: Array<ScalarNode | MapNode | SeqNode> = [];
    const start = this.lines[this.i]!.start;
    let end = start;
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent && isEntry(this.lines[this.i]!.content)) {
      const line = this.lines[this.i]!;
      const rest = line.content.slice(1);
      const k = rest.length - rest.trimStart().length;
      let item: ScalarNode | MapNode | SeqNode;
      if (!rest.trim() || rest.trimStart().startsWith('#')) {
        this.i++;
        item = this.nested(indent, line.start + 1, false);
      } else if (isEntry(rest.trimStart()) || matchKey(rest.trimStart())) {
        // `- key: v` / `- - v`: the rest of the line is a node at its own column.
        this.lines[this.i] = { indent: indent + 1 + k, start: line.start + 1 + k, content: rest.slice(k) };
        item = this.node(indent);
      } else {
        item = inline(line, 1 + k);
        this.i++;
      }
      items.push(item);
      end = item.range[1];
      if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) throw new Unsupported();
    }
    return new SeqNode(items, [start, end], false);
  }

  private map(indent: number): MapNode {
    const pairs: PairNode[] = [];
    const start = this.lines[this.i]!.start;
    const keys = new Set<unknown>();
    let end = start;
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent) {
      const line = this.lines[this.i]!;
      const m = matchKey(line.content);
      if (!m) throw new Unsupported();
      const keyText = m.text;
      const keyType = m.type;
      const keyLength = keyType === 'PLAIN' ? keyText.length : keyText.length + 2;
      const key = scalar(keyType === 'PLAIN' ? resolvePlain(keyText) : keyText, keyType, line.start, line.start + keyLength);
      if (keys.has(key.value)) throw new Unsupported();
      keys.add(key.value);
      const after = m.after;
      let value: ScalarNode | MapNode | SeqNode;
      if (after >= line.content.length || line.content[after] === '#') {
        this.i++;
        value = this.nested(indent, line.start + keyLength + 1, true);
      } else {
        value = inline(line, after);
        this.i++;
      }
      pairs.push(new PairNode(key, value));
      end = value.range[1];
      if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) throw new Unsupported();
    }
    return new MapNode(pairs, [start, end], false);
  }
}

/** Each document's root node, or undefined when the text is outside the subset (then use the `yaml` parser). */
export function fastParseYaml(text: string): unknown[] | undefined {
  const docs: Line[][] = [[]];
  let explicitStart = false;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let first = start;
    while (first < lineEnd && text.charCodeAt(first) === 32) first++;
    const c = text.charCodeAt(first);
    // Tabs in indentation, a byte-order mark and directives are left to the full parser.
    if (c === 9 || c === 0xfeff || (first === start && c === 37)) return undefined;
    if (first === lineEnd || c === 35) {
      start = end + 1;
      continue;
    }
    const content = text.slice(first, lineEnd).trimEnd();
    if (first === start && (content.startsWith('---') || content.startsWith('...')) && /^(?:---|\.\.\.)(?:\s|$)/.test(content)) {
      if (content.startsWith('...') || (content.length > 3 && !/^---\s+#/.test(content))) return undefined;
      if (docs[docs.length - 1]!.length || explicitStart) docs.push([]);
      explicitStart = true;
    } else {
      docs[docs.length - 1]!.push({ indent: first - start, start: first, content });
    }
    start = end + 1;
  }
  try {
    return docs.map((lines) => new BlockParser(lines).document());
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
