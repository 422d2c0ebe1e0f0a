import type { Reference } from '../registry/reference.js';

/** Half-open character range [start, end) in a file's text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a digest goes when the field that should hold it is not there yet: `before + digest + after` at `at`. */
export interface Insertion {
  at: number;
  before: string;
  after: string;
}

/** A reference written in one piece: the rewriter replaces exactly `span`. */
export interface InlineTarget {
  kind: 'inline';
  span: Span;
  /** The text of the span up to its literal `:tag` / `@digest` suffix, in the file's own spelling. */
  name: string;
  /** The tag comes from a variable (Dockerfile ARG) and so cannot be changed or dropped here. */
  tagFixed: boolean;
}

/** Helm-style `{repository, tag, digest}` or a kustomize images[] entry: only the tag and digest fields are written. */
export interface SplitTarget {
  kind: 'split';
  tag: Span | undefined;
  digest: Span | Insertion;
}

export type Format = 'kubernetes' | 'helm' | 'kustomize' | 'compose' | 'workflow' | 'ecs' | 'skaffold' | 'cloudbuild' | 'yaml' | 'json' | 'dockerfile';

/** One image reference found in a deployment file. */
export interface Site {
  /** Workspace-relative, '/'-separated. */
  file: string;
  /** 1-based, of the first character of the reference (or of the repository field for split forms). */
  line: number;
  column: number;
  format: Format;
  /** The reference as the file spells it (split fields joined). */
  written: string;
  ref: Reference;
  target: InlineTarget | SplitTarget;
  /**
   * For a reference written once under a YAML anchor and deployed elsewhere too: the aliases (`*name`) and
   * merge keys (`<<: *name`) that bring it to this use, outermost first. `line` and `column` stay where
   * the text is, which is what pin rewrites; absent where the reference is used as written.
   */
  uses?: Array<{ kind: 'alias' | 'merge'; line: number; column: number }>;
}

/** Input pinship will not guess about: an unparsable reference, invalid YAML/JSON, a binary or huge file. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface FileScan {
  file: string;
  /** Absolute path, for reading and writing. */
  path: string;
  text: string;
  sites: Site[];
  problems: Problem[];
  /** Image positions holding a template rather than a reference: neither pinned nor verified, but reported. */
  templated: Problem[];
}

/** A problem found while scanning, thrown so a locator can stop at the first bad node. */
export class LocatedError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'LocatedError';
  }
}
