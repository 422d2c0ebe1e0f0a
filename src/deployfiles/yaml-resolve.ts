import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type YAMLMap } from 'yaml';
import { depthMessage, MapNode, MAX_DEPTH, PairNode, ScalarNode, SeqNode, type Range, type ScalarType, type Via, type YNode } from './nodes.js';
import { LocatedError } from './types.js';

/*
 * A `yaml` package document as the tools that deploy it read it (kubectl, helm, docker compose all
 * resolve aliases and YAML 1.1 merge keys): an alias becomes a copy of the node it names, and a map
 * with `<<` gets the merged pairs it lacks. Copies keep the offsets of the text they were copied from,
 * which is where pin writes, and record the aliases they came through, which is where they are used.
 */

/** Alias expansion copies what it names: past this many copied nodes the file is an alias bomb, however few its aliases. */
const MAX_COPIED = 100_000;

type YamlRange = [number, number, number] | null | undefined;
const range = (r: YamlRange): Range => [r?.[0] ?? 0, r?.[1] ?? 0];
const startOf = (node: unknown): number => (node && typeof node === 'object' && 'range' in node ? range(node.range as YamlRange)[0] : 0);

/** `<<` written plain; with `merge: true` the yaml package resolves it to a symbol. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type && key.type !== 'PLAIN')) return false;
  return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}

/** Each alias's node: the last node anchored with its name before it, in document order, as YAML defines. */
export function anchorsOf(doc: Document.Parsed): Map<Alias, unknown> {
  const anchors = new Map<Alias, unknown>();
  const named = new Map<string, unknown>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) anchors.set(node, named.get(node.source));
      else if (node.anchor) named.set(node.anchor, node);
    },
  });
  return anchors;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

class Resolver {
  private copied = 0;
  /** Anchored nodes being expanded: an alias to one of them would never end. */
  private readonly open = new Set<unknown>();

  constructor(
    private readonly text: string,
    private readonly anchors: Map<Alias, unknown>,
    private readonly json: boolean,
  ) {}

  node(node: unknown, via: readonly Via[], depth: number): YNode | null {
    if (via.length && ++this.copied > MAX_COPIED)
      throw new LocatedError(via[0].offset, `YAML aliases here expand to more than ${MAX_COPIED} nodes, as in an alias bomb; expected a deployment file`);
    if (isAlias(node)) return this.alias(node, via, depth, 'alias');
    if (isScalar(node)) {
      const t = node.type;
      const type: ScalarType = t === 'PLAIN' || t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE' ? t : 'BLOCK';
      // `!!str` and the other core tags resolve to the value every reader gets; `!` alone means a string.
      const tag = node.tag && node.tag !== '!' && !node.tag.startsWith('tag:yaml.org,2002:') ? node.tag : undefined;
      return new ScalarNode(node.value, type, range(node.range), via, tag);
    }
    if (!isMap(node) && !isSeq(node)) return null;
    if (depth >= MAX_DEPTH) throw new LocatedError(startOf(node), depthMessage);
    if (isMap(node)) return this.map(node, via, depth + 1);
    return new SeqNode(
      node.items.map((item) => this.node(item, via, depth + 1)),
      range(node.range),
      Boolean(node.flow),
      via,
    );
  }

  private alias(node: Alias, via: readonly Via[], depth: number, kind: Via['kind']): YNode | null {
    const target = this.anchors.get(node);
    const at = startOf(node);
    if (target === undefined) throw new LocatedError(at, `alias *${node.source} names no anchor before it`);
    if (this.open.has(target)) throw new LocatedError(at, `alias *${node.source} is inside the node it names, so it never ends; expected a deployment file`);
    this.open.add(target);
    try {
      return this.node(target, [...via, { kind, offset: at }], depth);
    } finally {
      this.open.delete(target);
    }
  }

  /** The maps a merge key's value names: one map, an alias to one, or a list of them. */
  private mergeSources(value: unknown, via: readonly Via[], depth: number): MapNode[] {
    const list = isSeq(value) ? value.items : [value];
    return list.map((item) => {
      const source = isAlias(item) ? this.alias(item, via, depth, 'merge') : this.node(item, via, depth);
      if (!(source instanceof MapNode))
        throw new LocatedError(startOf(item), 'a merge key (<<) takes a map, an alias of one or a list of them; expected a deployment file');
      return source;
    });
  }

  private map(node: YAMLMap, via: readonly Via[], depth: number): MapNode {
    const own: PairNode[] = [];
    const merged: MapNode[] = [];
    let tail: number | undefined;
    const seen = new Map<unknown, number>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (!this.json && isMergeKey(pair.key)) {
        merged.push(...this.mergeSources(pair.value, via, depth));
        tail = Math.max(tail ?? 0, range((pair.value as { range?: YamlRange } | null)?.range)[1]);
        continue;
      }
      const key = this.node(pair.key, via, depth);
      if (this.json && key instanceof ScalarNode) this.unique(seen, key);
      const value = this.node(pair.value, via, depth);
      own.push(new PairNode(key, value));
      tail = Math.max(tail ?? 0, (value ?? key)?.range[1] ?? 0);
    }
    if (!merged.length) return new MapNode(own, range(node.range), Boolean(node.flow), via);
    // Keys the map writes win over merged ones; among merged maps the earlier wins (YAML 1.1 merge, as the deployers read it).
    const items = [...own];
    const has = new Set(own.map((p) => (p.key instanceof ScalarNode ? p.key.value : p)));
    for (const source of merged) {
      for (const p of source.items) {
        const k = p.key instanceof ScalarNode ? p.key.value : p;
        if (has.has(k)) continue;
        has.add(k);
        items.push(p);
      }
    }
    return new MapNode(items, range(node.range), Boolean(node.flow), via, tail);
  }

  /** JSON readers disagree on a repeated key (most take the last): refused, so no reader's choice can hide an image. */
  private unique(seen: Map<unknown, number>, key: ScalarNode): void {
    const first = seen.get(key.value);
    if (first !== undefined) {
      throw new LocatedError(
        key.range[0],
        `key ${JSON.stringify(String(key.value))} appears twice in one object (first at line ${lineOf(this.text, first)}); readers differ on which counts (AWS, Terraform and JSON.parse take the last); keep one`,
      );
    }
    seen.set(key.value, key.range[0]);
  }
}

/** The document's root in the locators' model, aliases and merge keys resolved. */
export function fromYaml(doc: Document.Parsed, text: string, json: boolean, anchors = anchorsOf(doc)): YNode | null {
  return new Resolver(text, anchors, json).node(doc.contents, [], 0);
}
