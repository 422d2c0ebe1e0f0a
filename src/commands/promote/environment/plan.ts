import { scanWorkspace } from '../../../deployfiles/scan.js';
import type { FileScan, Problem, Site } from '../../../deployfiles/types.js';
import type { Digest } from '../../../registry/digest.js';
import type { Repository } from '../../../registry/reference.js';
import { mapRepository, type MapRule } from './map.js';

/** One distinct repository@digest the source files pin, and where it goes. */
export interface ReleaseImage {
  source: Repository;
  digest: Digest;
  destination: Repository;
  /** The tags the references spell, in the files' order, then the `tags` input's. */
  tags: string[];
  /** Every place in the files that names it. */
  sites: Site[];
}

export interface Release {
  scans: FileScan[];
  images: ReleaseImage[];
  /** Anything that stops the promotion before the first registry request. */
  problems: Problem[];
}

const at = (s: Site, message: string): Problem => ({ file: s.file, line: s.line, column: s.column, message });

/** One tag names one digest per destination repository: two images claiming it would race for it. */
function tagClashes(images: ReleaseImage[]): Problem[] {
  const owner = new Map<string, ReleaseImage>();
  const problems: Problem[] = [];
  for (const img of images) {
    for (const tag of img.tags) {
      const key = `${img.destination}:${tag}`;
      const other = owner.get(key);
      if (other && !other.digest.equals(img.digest)) {
        problems.push(
          at(img.sites[0], `${key} would name both ${other.digest} (${other.sites[0].file}:${other.sites[0].line}) and ${img.digest}; promote one of them`),
        );
      }
      owner.set(key, other ?? img);
    }
  }
  return problems;
}

/** What the source files pin, deduplicated by repository@digest, each mapped to its destination; reads no registry. */
export function planRelease(scans: FileScan[], map: MapRule[], extraTags: string[]): Release {
  const problems: Problem[] = scans.flatMap((s) => s.problems);
  const byKey = new Map<string, ReleaseImage>();
  for (const site of scans.flatMap((s) => s.sites)) {
    const { repository, digest, tag } = site.ref;
    if (!digest) {
      problems.push(
        at(
          site,
          `'${site.written}' is not pinned by digest: promote copies what this environment runs, so every reference needs @sha256:… (run command: pin first)`,
        ),
      );
      continue;
    }
    let destination: Repository | undefined;
    try {
      destination = mapRepository(map, repository);
    } catch (e) {
      problems.push(at(site, (e as Error).message));
      continue;
    }
    if (!destination) {
      problems.push(at(site, `no line of input 'map' matches ${repository}; add one (SOURCE_PREFIX => DESTINATION_PREFIX)`));
      continue;
    }
    const key = `${repository}@${digest}`;
    const img = byKey.get(key) ?? { source: repository, digest, destination, tags: [], sites: [] };
    img.sites.push(site);
    if (tag !== undefined && !img.tags.includes(tag)) img.tags.push(tag);
    byKey.set(key, img);
  }
  const images = [...byKey.values()];
  for (const img of images) for (const t of extraTags) if (!img.tags.includes(t)) img.tags.push(t);
  problems.push(...tagClashes(images));
  return { scans, images, problems };
}

export async function scanRelease(workspace: string, files: string[], map: MapRule[], extraTags: string[]): Promise<Release> {
  return planRelease(await scanWorkspace(workspace, files), map, extraTags);
}
