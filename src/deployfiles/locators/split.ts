import type { MapNode } from '../nodes.js';
import { Reference } from '../../registry/reference.js';
import { lineEnding } from '../text.js';
import { LocatedError, type Insertion, type Span } from '../types.js';
import { type Found, get, isScalar, scalarSpan, scalarText, type YamlContext } from '../yaml-nodes.js';

/** Where to write a digest field's value: over the existing value, or as a new field of the map. */
function digestSlot(ctx: YamlContext, map: MapNode, key: string): Span | Insertion {
  const [start, end] = map.range;
  // A digest a merge key brought in is written under its anchor, for every map that merges it: this map gets its own.
  const pair = get(map, key);
  const own = pair?.key && pair.key.range[0] >= start && pair.key.range[0] < end;
  if (pair && own) {
    const v = pair.value;
    if (!isScalar(v)) throw new LocatedError(pair.key?.range[0] ?? map.range[0], `'${key}' must be a string`);
    const span = scalarSpan(ctx, v);
    // `digest:` with nothing (or a comment) after it: right after the colon, whichever parser placed the empty value.
    if (span.start === span.end && v.type === 'PLAIN') return { at: ctx.text.lastIndexOf(':', span.start) + 1, before: ' ', after: '' };
    return span;
  }
  const last = map.items[map.items.length - 1];
  const lastEnd = map.tail ?? last?.value?.range[1] ?? last?.key?.range[1];
  if (map.flow) {
    // After the last value, so `{ a: 1 }` becomes `{ a: 1, digest: ... }`.
    if (lastEnd === undefined) return { at: ctx.text.lastIndexOf('}', end - 1), before: `${key}: `, after: '' };
    return { at: lastEnd, before: `, ${key}: `, after: '' };
  }
  // A new line after the map's last one, indented like its first key.
  let pos = lastEnd ?? end;
  while (pos > start && /[\r\n \t]/.test(ctx.text[pos - 1])) pos--;
  const lineEnd = ctx.text.indexOf('\n', pos);
  const at = lineEnd < 0 ? ctx.text.length : ctx.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const indent = start - (ctx.text.lastIndexOf('\n', start - 1) + 1);
  return { at, before: `${lineEnding(ctx.text)}${' '.repeat(indent)}${key}: `, after: '' };
}

/** Joins split fields into one reference, naming the field whose value broke it. */
function splitReference(offset: number, written: string): Reference {
  try {
    return Reference.parse(written);
  } catch (e) {
    throw new LocatedError(
      offset,
      `image fields make '${written}', which does not parse: ${(e as Error).message.replace(/^Invalid image reference '[^']*': /, '')}`,
    );
  }
}

/**
 * A reference written across the fields of `map` (Helm values, kustomize `images`): `name` (registry
 * and repository, from the field at `offset`), the `tag` field's node, and the `digest` field, which
 * is where a pin goes.
 */
export function splitFound(
  ctx: YamlContext,
  map: MapNode,
  format: Found['format'],
  at: { offset: number; via: Found['via'] },
  name: string,
  tagNode: unknown,
): Found {
  const offset = at.offset;
  const tag = scalarText(ctx, tagNode);
  const digest = scalarText(ctx, get(map, 'digest')?.value);
  const written = `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  const tagSpan = tag && isScalar(tagNode) ? scalarSpan(ctx, tagNode) : undefined;
  return {
    offset,
    format,
    written,
    ref: splitReference(offset, written),
    target: { kind: 'split', tag: tagSpan, digest: digestSlot(ctx, map, 'digest') },
    via: at.via,
  };
}
