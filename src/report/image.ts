import { labelLines, lines } from './output-format.js';

/**
 * The outputs and job summaries every command shares, so that an output name means the same thing
 * whichever command set it. Commands that write an image (build, promote, merge) describe their
 * result as ImageFacts; what they add beyond these goes into `metadata`.
 */
export interface ImageFacts {
  /** Repositories written, as the user named them. */
  repositories: string[];
  /** The manifest (or index) digest every repository holds; '' when nothing was pushed. */
  digest: string;
  /** Full <repository>:<tag> references. */
  tags: string[];
  /** The highest-priority tag, bare (metadata-action's version). */
  version: string;
  /** Config digest of a single-platform image; the digest of an index. */
  imageid: string;
  platformDigests: Record<string, string>;
  labels: Record<string, string>;
}

/** The common outputs, with `metadata` (the command's JSON record) alongside. */
export function imageOutputs(f: ImageFacts, metadata: object): Record<string, string> {
  const images = f.digest ? f.repositories.map((r) => `${r}@${f.digest}`) : [];
  return {
    digest: f.digest,
    image: images[0] ?? '',
    images: lines(images),
    tags: lines(f.tags),
    version: f.version,
    imageid: f.imageid,
    'platform-digests': JSON.stringify(f.platformDigests),
    labels: labelLines(f.labels),
    metadata: JSON.stringify(metadata),
  };
}

/** Labels every platform carries with the same value: what a multi-platform image says about itself, whichever platform runs. */
export function commonLabels(all: Array<Record<string, string>>): Record<string, string> {
  const [first, ...rest] = all;
  return Object.fromEntries(Object.entries(first ?? {}).filter(([k, v]) => rest.every((l) => l[k] === v)));
}

const code = (s: string): string => `\`${s}\``;

/** `| repository | tags |` rows: each repository with the tags it carries now. */
export function tagTable(repositories: string[], tags: string[], none = '(by digest)'): string[] {
  const rows = repositories.map((repo) => {
    const own = tags.filter((t) => t.startsWith(`${repo}:`)).map((t) => code(t.slice(repo.length + 1)));
    return `| ${code(repo)} | ${own.join(' ') || none} |`;
  });
  return ['| repository | tags |', '| --- | --- |', ...rows];
}

/** A command's job summary: what each repository carries, the digest, and the command's own notes. */
export function imageSummary(title: string, f: ImageFacts, notes: string[]): string {
  const image = f.digest && f.repositories[0] ? `${f.repositories[0]}@${f.digest}` : '';
  return [
    `### ${title}`,
    '',
    ...tagTable(f.repositories, f.tags),
    '',
    ...(f.digest ? [`**digest** ${code(f.digest)} · **platforms** ${Object.keys(f.platformDigests).join(', ') || 'n/a'}`, ''] : []),
    ...notes.flatMap((n) => [n, '']),
    ...(image ? ['```', image, '```', ''] : []),
  ].join('\n');
}
