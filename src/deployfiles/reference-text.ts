import { Reference } from '../registry/reference.js';
import { LocatedError, type InlineTarget, type Span } from './types.js';

// A literal `:tag` and/or `@digest` at the end of the written text; a tag cannot contain '}' or '/',
// so `${REGISTRY}/app` and `${IMAGE}` end with no suffix.
const SUFFIX = /(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/;

interface Parsed {
  ref: Reference;
  suffixStart: number;
  tagFixed: boolean;
}

// Deployment repositories repeat a few hundred references across thousands of files: parse each once.
const cache = new Map<string, Parsed>();

function parse(raw: string, span: Span, resolved: string): Parsed {
  let ref: Reference;
  try {
    ref = Reference.parse(resolved);
  } catch (e) {
    const shown = resolved === raw ? `'${raw}'` : `'${raw}' (expands to '${resolved}')`;
    throw new LocatedError(span.start, `image reference ${shown} does not parse: ${(e as Error).message.replace(/^Invalid image reference '[^']*': /, '')}`);
  }
  const m = SUFFIX.exec(raw)!;
  // With a tag from a variable, only the digest suffix is ours to change.
  const tagFixed = ref.tag !== undefined && m[1] === undefined;
  const suffixStart = tagFixed ? raw.length - (m[2] !== undefined ? m[2].length + 1 : 0) : m.index;
  return { ref, suffixStart, tagFixed };
}

/**
 * Parses a reference written at `span` (`raw` is its source text; `resolved` the same after variable
 * expansion, for Dockerfiles). Throws a LocatedError naming the reference when it does not parse.
 */
export function inlineReference(raw: string, span: Span, resolved: string = raw): { ref: Reference; target: InlineTarget } {
  const key = resolved === raw ? raw : `${raw}\n${resolved}`;
  let p = cache.get(key);
  if (!p) {
    p = parse(raw, span, resolved);
    if (cache.size >= 10_000) cache.clear();
    cache.set(key, p);
  }
  return { ref: p.ref, target: { kind: 'inline', span, name: raw.slice(0, p.suffixStart), tagFixed: p.tagFixed } };
}
