import { cell } from '../../../deployfiles/report.js';
import type { Site } from '../../../deployfiles/types.js';
import { changesTable, plural, type PinChange } from '../../../pullrequest/changes-table.js';
import type { PromotedImage } from './copy.js';

/** One image in the `metadata` output. */
export interface ImageRecord {
  source: string;
  destination: string;
  digest: string;
  tags: string[];
  /** Where the source files name it, file:line. */
  files: string[];
  bytesCopied: number;
  blobsCopied: number;
  blobsMounted: number;
  blobsSkipped: number;
  /** The signature found at the source when require-signature is on; null when none was asked for. */
  signatureChecked: string | null;
  signed: string[];
  /** Whether a tag at the destination named something else before this run (or nothing). */
  tagsMoved: string[];
}

/** `repository:tag@digest` (the first tag), or `repository@digest` for an image the files name by digest only. */
export const imageLine = (p: PromotedImage): string => `${p.image.destination}${p.image.tags.length ? `:${p.image.tags[0]}` : ''}@${p.image.digest}`;

export function imageRecord(p: PromotedImage): ImageRecord {
  return {
    source: `${p.image.source}@${p.image.digest}`,
    destination: p.image.destination.toString(),
    digest: p.image.digest.toString(),
    tags: p.image.tags,
    files: p.image.sites.map((s) => `${s.file}:${s.line}`),
    bytesCopied: p.stats.bytesCopied,
    blobsCopied: p.stats.blobsCopied,
    blobsMounted: p.stats.blobsMounted,
    blobsSkipped: p.stats.blobsSkipped,
    signatureChecked: p.signature ?? null,
    signed: p.attached.map((a) => a.digest),
    tagsMoved: p.tagsMoved,
  };
}

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const code = (s: string): string => `\`${cell(s)}\``;

export interface SummaryInput {
  records: ImageRecord[];
  changes: PinChange[];
  changedFiles: string[];
  untouched: Site[];
  pullRequest?: { url: string; created: boolean };
}

/** The job summary: a row per image, then the destination files' changes. */
export function releaseSummary(s: SummaryInput): string {
  const rows = s.records.map(
    (r) =>
      `| ${code(r.source)} | ${code(r.destination)} | ${r.tags.map(code).join(' ') || '(by digest)'} | ${r.blobsCopied} copied (${mib(r.bytesCopied)}), ${r.blobsMounted} mounted, ${r.blobsSkipped} there | ${r.signatureChecked ? 'checked' : '–'} |`,
  );
  return [
    '### pinship promote (environment)',
    '',
    `${plural(s.records.length, 'image')} promoted; ${plural(s.changes.length, 'reference')} rewritten in ${plural(s.changedFiles.length, 'file')}`,
    '',
    '| Source | Destination | Tags | Blobs | Signature |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(s.pullRequest ? [`Pull request: ${s.pullRequest.url} (${s.pullRequest.created ? 'opened' : 'updated'})`, ''] : []),
    ...(s.changes.length ? [changesTable(s.changes)] : []),
    ...(s.untouched.length ? [`Left as written (not promoted here): ${s.untouched.map((u) => code(`${u.file}:${u.line} ${u.written}`)).join(', ')}`, ''] : []),
  ].join('\n');
}
