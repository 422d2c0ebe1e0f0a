import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';

/**
 * The little of a YAML document the locators need: maps, sequences and scalars with their offsets in
 * the file. The fast parser builds these directly; the `yaml` package's documents are converted.
 */
export type Range = [start: number, end: number];
export type ScalarType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK' | 'ALIAS';

export class ScalarNode {
  constructor(
    readonly value: unknown,
    readonly type: ScalarType,
    readonly range: Range,
  ) {}
}

export class PairNode {
  constructor(
    readonly key: YNode | null,
    readonly value: YNode | null,
  ) {}
}

export class MapNode {
  constructor(
    readonly items: PairNode[],
    readonly range: Range,
    readonly flow: boolean,
  ) {}
}

export class SeqNode {
  constructor(
    readonly items: Array<YNode | null>,
    readonly range: Range,
    readonly flow: boolean,
  ) {}
}

export type YNode = ScalarNode | MapNode | SeqNode;

type YamlRange = [number, number, number] | null | undefined;
const range = (r: YamlRange): Range => [r?.[0] ?? 0, r?.[1] ?? 0];

/** A `yaml` package node in this model; an alias becomes a scalar of type ALIAS, which no locator accepts as a reference. */
export function fromYaml(node: unknown): YNode | null {
  if (isScalar(node)) {
    const t = node.type;
    const type: ScalarType = t === 'PLAIN' || t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE' ? t : 'BLOCK';
    return new ScalarNode(node.value, type, range(node.range));
  }
  if (isAlias(node)) return new ScalarNode(undefined, 'ALIAS', range(node.range));
  if (isMap(node)) {
    const items = node.items.map((p) => (isPair(p) ? new PairNode(fromYaml(p.key), fromYaml(p.value)) : new PairNode(null, null)));
    return new MapNode(items, range(node.range), Boolean(node.flow));
  }
  if (isSeq(node)) return new SeqNode(node.items.map(fromYaml), range(node.range), Boolean(node.flow));
  return null;
}
