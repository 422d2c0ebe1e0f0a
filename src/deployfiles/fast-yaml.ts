import { MapNode, PairNode, ScalarNode, SeqNode, type ScalarType } from './nodes.js';
import { expectEnd, flow, INDICATOR, isMergeKey, quoted, resolvePlain, scalar, Unsupported } from './fast-yaml-scalars.js';
import { depthMessage, MAX_DEPTH } from './nodes.js';
import { LocatedError } from './types.js';

/*
 * A fast parser for the block YAML deployment files are nearly always written in. It builds the same
 * nodes (nodes.ts, same offsets) as the `yaml` package's documents convert to, so the locators do not
 * know which parser ran. The `yaml` parser composes a full document model and is ~10x slower, which
 * decides how long verify takes over thousands of manifests. Anything outside the subset (anchors,
 * tags, block scalars, multi-line scalars or flows, escapes, directives, duplicate keys, odd
 * indentation) gives up, and the caller uses the `yaml` parser, which also reports invalid YAML.
 */

/** One non-blank, non-comment line. */
interface Line {
  indent: number;
  /** Offset of the first non-space character. */
  start: number;
  /** Offset of the end of the line, trailing spaces included (where YAML puts an empty value). */
  end: number;
  content: string;
}

/** A value written after `key: ` or `- ` on the same line, inside `depth` collections. */
function inline(line: Line, pos: number, depth: number): ScalarNode | MapNode | SeqNode {
  const s = line.content;
  const c = s[pos];
  let result: { node: ScalarNode | MapNode | SeqNode; end: number };
  if (c === '{' || c === '[') result = flow(s, pos, line.start, depth);
  else if (c === '"' || c === "'") result = quoted(s, pos, line.start);
  else {
    const rest = pos ? s.slice(pos) : s;
    if (INDICATOR.test(rest)) throw new Unsupported();
    const hash = rest.search(/\s#/);
    const text = (hash < 0 ? rest : rest.slice(0, hash)).trimEnd();
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
  /** Block collections open around the current line. */
  private depth = 0;
  constructor(private readonly lines: Line[]) {}

  document(): unknown {
    if (!this.lines.length) return null;
    const root = this.node(-1);
    if (this.i < this.lines.length) throw new Unsupported();
    return root;
  }

  private node(parent: number): MapNode | SeqNode {
    const line = this.lines[this.i];
    if (line.indent <= parent) throw new Unsupported();
    return this.collection(line, isEntry(line.content));
  }

  private collection(line: Line, seq: boolean): MapNode | SeqNode {
    if (this.depth >= MAX_DEPTH) throw new LocatedError(line.start, depthMessage);
    this.depth++;
    const node = seq ? this.seq(line.indent) : this.map(line.indent);
    this.depth--;
    return node;
  }

  /** The block under a `key:` or `-` with nothing after it: deeper lines, or a `- ` list at the key's own indent. */
  private nested(indent: number, at: number, allowSameIndentSeq: boolean): ScalarNode | MapNode | SeqNode {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.node(indent);
    if (next && allowSameIndentSeq && next.indent === indent && isEntry(next.content)) return this.collection(next, true);
    return scalar(null, 'PLAIN', at, at);
  }

  private seq(indent: number): SeqNode {
    const items: Array<ScalarNode | MapNode | SeqNode> = [];
    const start = this.lines[this.i].start;
    let end = start;
    while (this.i < this.lines.length && this.lines[this.i].indent === indent && isEntry(this.lines[this.i].content)) {
      const line = this.lines[this.i];
      const rest = line.content.slice(1);
      const value = rest.trimStart();
      const k = rest.length - value.length;
      let item: ScalarNode | MapNode | SeqNode;
      if (!value || value.startsWith('#')) {
        this.i++;
        item = this.nested(indent, value ? line.start + 1 + k : line.end, false);
      } else if (isEntry(value) || matchKey(value)) {
        // `- key: v` / `- - v`: the rest of the line is a node at its own column.
        this.lines[this.i] = { indent: indent + 1 + k, start: line.start + 1 + k, end: line.end, content: value };
        item = this.node(indent);
      } else {
        item = inline(line, 1 + k, this.depth);
        this.i++;
      }
      items.push(item);
      end = item.range[1];
      if (this.i < this.lines.length && this.lines[this.i].indent > indent) throw new Unsupported();
    }
    return new SeqNode(items, [start, end], false);
  }

  private map(indent: number): MapNode {
    const pairs: PairNode[] = [];
    const start = this.lines[this.i].start;
    // Maps in deployment files have a handful of keys: a list is cheaper to make than a Set (same equality).
    const keys: unknown[] = [];
    let end = start;
    while (this.i < this.lines.length && this.lines[this.i].indent === indent) {
      const line = this.lines[this.i];
      const m = matchKey(line.content);
      if (!m) throw new Unsupported();
      const keyText = m.text;
      const keyType = m.type;
      const keyLength = keyType === 'PLAIN' ? keyText.length : keyText.length + 2;
      const key = scalar(keyType === 'PLAIN' ? resolvePlain(keyText) : keyText, keyType, line.start, line.start + keyLength);
      if (keys.includes(key.value) || isMergeKey(key)) throw new Unsupported();
      keys.push(key.value);
      const after = m.after;
      let value: ScalarNode | MapNode | SeqNode;
      if (after >= line.content.length || line.content[after] === '#') {
        this.i++;
        value = this.nested(indent, after < line.content.length ? line.start + after : line.end, true);
      } else {
        value = inline(line, after, this.depth);
        this.i++;
      }
      pairs.push(new PairNode(key, value));
      end = value.range[1];
      if (this.i < this.lines.length && this.lines[this.i].indent > indent) throw new Unsupported();
    }
    return new MapNode(pairs, [start, end], false);
  }
}

/** Each document's root node, or undefined when the text is outside the subset (then use the `yaml` parser). */
export function fastParseYaml(text: string): unknown[] | undefined {
  const docs: Line[][] = [[]];
  let explicitStart = false;
  for (let start = 0; start < text.length;) {
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
      if (docs[docs.length - 1].length || explicitStart) docs.push([]);
      explicitStart = true;
    } else {
      docs[docs.length - 1].push({ indent: first - start, start: first, end: lineEnd, content });
    }
    start = end + 1;
  }
  // Like the yaml package: an empty or comment-only file has no document at all.
  if (!explicitStart && !docs[0].length) return [];
  try {
    return docs.map((lines) => new BlockParser(lines).document());
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
