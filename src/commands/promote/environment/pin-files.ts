import { scanWorkspace } from '../../../deployfiles/scan.js';
import { applyEdits, describeEdit, editsFor, type Edit, type PinTarget } from '../../../deployfiles/rewrite.js';
import type { FileScan, Problem, Site } from '../../../deployfiles/types.js';
import type { PinChange } from '../../../pullrequest/changes-table.js';
import type { ReleaseImage } from './plan.js';

/** The destination files as they will read once the release is promoted; computed before anything is written. */
export interface PinFilesOutcome {
  files: Array<{ file: string; path: string; text: string }>;
  changed: PinChange[];
  /** References to images this release does not promote: left as written. */
  untouched: Site[];
  problems: Problem[];
}

const where = (s: Site): { file: string; line: number; column: number } => ({ file: s.file, line: s.line, column: s.column });

/** The promoted image a destination reference means: the one for its repository, or among several, the one with its tag. */
function imageFor(site: Site, images: ReleaseImage[]): ReleaseImage | { error: string } | undefined {
  const candidates = images.filter((i) => i.destination.equals(site.ref.repository));
  if (candidates.length <= 1) return candidates[0];
  const tagged = candidates.filter((i) => site.ref.tag !== undefined && i.tags.includes(site.ref.tag));
  if (tagged.length === 1) return tagged[0];
  return {
    error: `'${site.written}' could be any of ${candidates.length} promoted images of ${site.ref.repository} (${candidates.map((c) => c.digest.toString()).join(', ')}); give it the tag of one of them`,
  };
}

/** As pin does with `set`: a reference with a tag takes the promoted image's tag, one without stays without. */
function targetOf(site: Site, img: ReleaseImage): PinTarget {
  return { digest: img.digest, tag: site.ref.tag !== undefined ? img.tags[0] : undefined };
}

export function planPinFiles(scans: FileScan[], images: ReleaseImage[]): PinFilesOutcome {
  const out: PinFilesOutcome = { files: [], changed: [], untouched: [], problems: scans.flatMap((s) => s.problems) };
  for (const scan of scans) {
    const edits: Edit[] = [];
    for (const site of scan.sites) {
      const img = imageFor(site, images);
      if (!img) {
        out.untouched.push(site);
        continue;
      }
      if ('error' in img) {
        out.problems.push({ ...where(site), message: img.error });
        continue;
      }
      const target = targetOf(site, img);
      try {
        const e = editsFor(site, scan.text, target);
        if (!e.length) continue;
        edits.push(...e);
        out.changed.push({ ...where(site), old: site.written, new: describeEdit(site, target) });
      } catch (err) {
        out.problems.push({ ...where(site), message: (err as Error).message });
      }
    }
    // Identical edits at one place (an ARG default shared by two stages) are one edit.
    const unique = [...new Map(edits.map((x) => [`${x.start}:${x.end}:${x.text}`, x])).values()];
    if (unique.length) out.files.push({ file: scan.file, path: scan.path, text: applyEdits(scan.text, unique) });
  }
  return out;
}

export async function scanPinFiles(workspace: string, patterns: string[], images: ReleaseImage[]): Promise<PinFilesOutcome> {
  return planPinFiles(await scanWorkspace(workspace, patterns), images);
}
