import type { Digest } from '../registry/digest.js';
import type { InlineTarget, Site } from './types.js';

/** What a reference becomes: this digest, and this tag (undefined: no tag). */
export interface PinTarget {
  digest: Digest;
  tag: string | undefined;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An inline reference as it will be written: the file's spelling of the name, then the tag and digest. */
function inlineText(t: InlineTarget, pin: PinTarget): string {
  const tag = pin.tag !== undefined && !t.tagFixed ? `:${pin.tag}` : '';
  return `${t.name}${tag}@${pin.digest}`;
}

/** The edits that make `site` say `pin`, in the file's own spelling; none when it already does. */
export function editsFor(site: Site, text: string, pin: PinTarget): Edit[] {
  const t = site.target;
  if (t.kind === 'inline') {
    if (t.tagFixed && pin.tag !== site.ref.tag) {
      throw new Error(
        `the tag of '${site.written}' comes from a build argument, so pinship cannot ${pin.tag ? `change it to '${pin.tag}'` : 'drop it'}; set keep-tag or pin the argument`,
      );
    }
    const next = inlineText(t, pin);
    return text.slice(t.span.start, t.span.end) === next ? [] : [{ ...t.span, text: next }];
  }
  const edits: Edit[] = [];
  // Split fields keep their own tag field unless a new tag is given for it.
  if (t.tag && pin.tag !== undefined && text.slice(t.tag.start, t.tag.end) !== pin.tag) edits.push({ ...t.tag, text: pin.tag });
  const digest = pin.digest.toString();
  if ('at' in t.digest) edits.push({ start: t.digest.at, end: t.digest.at, text: `${t.digest.before}${digest}${t.digest.after}` });
  else if (text.slice(t.digest.start, t.digest.end) !== digest) edits.push({ ...t.digest, text: digest });
  return edits;
}

/** The new spelling of a site, for reports: `old` → `new` as the file will read. */
export function describeEdit(site: Site, pin: PinTarget): string {
  if (site.target.kind === 'inline') return inlineText(site.target, pin);
  const base = site.written.replace(/@.*$/, '');
  const withTag = pin.tag !== undefined && site.target.tag ? base.replace(/:[^:/]*$/, `:${pin.tag}`) : base;
  return `${withTag}@${pin.digest}`;
}

/** Applies non-overlapping edits; everything outside them stays byte for byte. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
