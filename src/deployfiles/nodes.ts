/**
 * The little of a YAML document the locators need: maps, sequences and scalars with their offsets in
 * the file. The fast parser builds these directly; the `yaml` package's documents are converted
 * (yaml-resolve.ts), with aliases and merge keys resolved.
 */
export type Range = [start: number, end: number];
export type ScalarType = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK';

/**
 * One step by which a node written once reaches another place in the document: an alias (`*name`) or
 * a merge key's source (`<<: *name`), at `offset`, the alias's own place.
 */
export interface Via {
  kind: 'alias' | 'merge';
  offset: number;
}

/** Collections nest no deeper than this: deployment files nest about twenty levels, and recursion has a limit. */
export const MAX_DEPTH = 256;

export const depthMessage = `nested more than ${MAX_DEPTH} levels deep; deployment files nest far less, and pinship reads no deeper`;

export class ScalarNode {
  constructor(
    readonly value: unknown,
    readonly type: ScalarType,
    readonly range: Range,
    /** The aliases and merges this copy was reached through, outermost first; empty where it is written. */
    readonly via: readonly Via[] = [],
    /** A tag outside YAML's core schema (`!custom`): what a tool makes of it is the tool's own business. */
    readonly tag?: string,
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
    /** The map's pairs as a reader sees them: its own keys, then what merge keys add that it lacks. */
    readonly items: PairNode[],
    readonly range: Range,
    readonly flow: boolean,
    readonly via: readonly Via[] = [],
    /** Set when merge keys added pairs: where the map's own last pair ends, for a new pair to go after it. */
    readonly tail?: number,
  ) {}
}

export class SeqNode {
  constructor(
    readonly items: Array<YNode | null>,
    readonly range: Range,
    readonly flow: boolean,
    readonly via: readonly Via[] = [],
  ) {}
}

export type YNode = ScalarNode | MapNode | SeqNode;
