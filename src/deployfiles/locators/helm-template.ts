import { MapNode, PairNode, ScalarNode, SeqNode, type YNode } from '../nodes.js';
import { LocatedError } from '../types.js';

/**
 * A chart's template: a YAML file under a `templates/` folder holding `{{ }}` actions. Helm renders it
 * before any YAML is read, so as written it is often not YAML at all (`{{- if }}` lines, `{{ toYaml . | nindent 8 }}`).
 */
export function isHelmTemplate(file: string, text: string): boolean {
  return /(^|\/)templates\/(?:[^/]+\/)*[^/]+\.ya?ml$/i.test(file) && text.includes('{{');
}

type Action = [start: number, end: number];

/** The `{{ ... }}` actions, by offset; a template comment (`{{/*`) ends at its closing star-slash, and may hold `}}` before it. */
function actions(text: string): Action[] {
  const out: Action[] = [];
  for (let start = text.indexOf('{{'); start >= 0;) {
    const comment = /^\{\{-?\s*\/\*/.test(text.slice(start, start + 6));
    const close = comment ? text.indexOf('*/', start) : start;
    const stop = close < 0 ? -1 : text.indexOf('}}', close + 2);
    const end = stop < 0 ? text.length : stop + 2;
    out.push([start, end]);
    start = text.indexOf('{{', end);
  }
  return out;
}

/** The indentation of the first non-blank line after `from`, or -1. */
function indentAfter(text: string, from: number): number {
  const m = /\n([ ]*)\S/.exec(text.slice(from, from + 4096));
  return m ? m[1].length : -1;
}

/**
 * Where the actions that end a line after a key begin, when more-indented lines follow
 * (`labels: {{- include "x" . | nindent 4 }}` and then more labels): those actions insert lines into the
 * map below, so they are no value of their own. `lineEnd` when there are none.
 */
function blockStart(text: string, inAction: Uint8Array, lineStart: number, lineEnd: number): number {
  let last = lineEnd - 1;
  while (last >= lineStart && /\s/.test(text[last])) last--;
  if (last < lineStart || !inAction[last]) return lineEnd;
  let run = last;
  while (run > lineStart && (inAction[run - 1] || /\s/.test(text[run - 1]))) run--;
  const before = text.slice(lineStart, run);
  if (!/:\s*$/.test(before)) return lineEnd;
  return indentAfter(text, lineEnd) > /^[ ]*/.exec(before)![0].length ? run : lineEnd;
}

/**
 * The template with its actions set aside, offsets unchanged. An action among other text becomes a run of
 * `_`, a plain word, so `image: {{ .Values.repo }}:{{ .Values.tag }}` stays one scalar. A line of actions
 * only (a control line, or a block Helm indents itself) becomes blank, or with `comment`, a comment where
 * it is indented: a blank line longer than the first line of a block scalar is an error in YAML, and a
 * comment at column 0 would end the block scalar it stands in.
 */
function blank(text: string, found: Action[], comment: boolean): string {
  const chars = text.split('');
  const inAction = new Uint8Array(text.length);
  for (const [start, end] of found) inAction.fill(1, start, end);
  for (let lineStart = 0; lineStart < text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let first = -1;
    let onlyActions = true;
    for (let i = lineStart; i < lineEnd; i++) {
      if (first < 0 && inAction[i]) first = i;
      onlyActions &&= inAction[i] === 1 || /\s/.test(text[i]);
    }
    const block = first < 0 || onlyActions ? lineStart : blockStart(text, inAction, lineStart, lineEnd);
    for (let i = first < 0 ? lineEnd : first; i < lineEnd; i++) {
      if (!inAction[i] || /\s/.test(text[i])) continue;
      chars[i] = !onlyActions && i < block ? '_' : comment && i === first && first > lineStart ? '#' : ' ';
    }
    lineStart = lineEnd + 1;
  }
  return chars.join('');
}

/** Whether an action overlaps [start, end): the actions are in order and apart, so a binary search finds the one to check. */
function overlaps(found: Action[], start: number, end: number): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < found.length && found[lo][0] < end;
}

/** The node with every scalar that overlaps an action given its template text back, so locators see `{{`. */
function restore(node: YNode | null, text: string, found: Action[]): YNode | null {
  if (node instanceof MapNode)
    return new MapNode(
      node.items.map((p) => new PairNode(restore(p.key, text, found), restore(p.value, text, found))),
      node.range,
      node.flow,
    );
  if (node instanceof SeqNode)
    return new SeqNode(
      node.items.map((i) => restore(i, text, found)),
      node.range,
      node.flow,
    );
  if (!(node instanceof ScalarNode)) return node;
  const [start, end] = node.range;
  if (!overlaps(found, start, end)) return node;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return new ScalarNode(text.slice(quoted ? start + 1 : start, quoted ? end - 1 : end), node.type, node.range);
}

/**
 * An image value as written on one line, block or flow: quoted, or plain up to a space, `,`, `]` or `}`. Any
 * other form (a block scalar, a flow map, an anchor, an alias) is kept as such, so the locator reports it.
 */
function lineValue(value: string, at: number): ScalarNode | undefined {
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = value.indexOf(quote, 1);
    if (close > 0 && !value.slice(1, close).includes('\\'))
      return new ScalarNode(value.slice(1, close), quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, at + close + 1]);
  }
  const plain = /^[^\s,\]}]*/.exec(value)![0];
  // An alias cannot be resolved without the YAML it names: kept as a form the locator refuses.
  if (value[0] === '*') return new ScalarNode(value, 'BLOCK', [at, at + plain.length]);
  if (!/^[{[|>&!'"]/.test(value)) return plain ? new ScalarNode(plain, 'PLAIN', [at, at + plain.length]) : undefined;
  return new ScalarNode(value, 'BLOCK', [at, at + value.length]);
}

/**
 * When neither the template nor the file as written is YAML, only Helm can render it; it is read line by
 * line, as its `image: <value>` pairs, in block or flow style (found in `blanked`, so none inside an action
 * or a template comment counts, nor after a `#`): a map of those values, so the one Kubernetes locator treats them.
 */
function imageLines(text: string, blanked: string): MapNode {
  const pairs: PairNode[] = [];
  for (const m of blanked.matchAll(/(^|[\s{,[])(["']?)image\2[ \t]*:[ \t]*([^\r\n]*)/gm)) {
    const key = m.index + m[1].length;
    const lineStart = blanked.lastIndexOf('\n', key) + 1;
    if (/(^|\s)#/.test(blanked.slice(lineStart, key))) continue;
    const at = m.index + m[0].length - m[3].length;
    const value = lineValue(text.slice(at, at + m[3].length).trimEnd(), at);
    if (value) pairs.push(new PairNode(new ScalarNode('image', 'PLAIN', [key, at]), value));
  }
  return new MapNode(pairs, [0, text.length], false);
}

/** The first of `parses` that succeeds; undefined when each finds the text is not YAML. */
function firstParse(...parses: Array<() => unknown[]>): unknown[] | undefined {
  for (const parse of parses) {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof LocatedError)) throw e;
    }
  }
  return undefined;
}

/**
 * A template's documents, read two ways, since a file under `templates/` may be deployed by Helm or as is:
 * as Helm renders it, the YAML around its actions (`parse` gets the template with its actions set aside; both
 * branches of an `{{ if }}` may set the same key, so it must accept repeated keys), each scalar an action
 * touches coming back holding the action, which the locators treat as a template; and, when the file as
 * written is YAML too, as kubectl reads it, so nothing `{{ }}` seems to hide (a `# {{` comment) goes unread.
 */
export function templateDocuments(text: string, parse: (source: string) => unknown[]): { rendered: unknown[]; written: unknown[] } {
  const found = actions(text);
  const blanked = blank(text, found, false);
  const rendered = firstParse(
    () => parse(blanked),
    () => parse(blank(text, found, true)),
  );
  const written = firstParse(() => parse(text)) ?? [];
  if (!rendered) return { rendered: written.length ? [] : [imageLines(text, blanked)], written };
  return { rendered: rendered.map((doc) => restore(doc as YNode | null, text, found)), written };
}
