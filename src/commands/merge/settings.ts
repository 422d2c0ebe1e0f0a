import type { Runtime } from '../../host/runtime.js';
import { Digest } from '../../registry/digest-value.js';
import { parseRepositoryLenient, type Repository } from '../../registry/reference.js';
import type { Annotation } from '../../image/annotations.js';
import { parseAnnotations } from '../../settings/annotations.js';
import { InputError, linesInput, listInput } from '../../settings/inputs.js';
import { readImages } from '../../settings/images.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';
import { readTagSettings, type TagSettings } from '../../settings/tagging.js';
import { placesOf, runRoots, type RunRoot } from '../../settings/run-roots.js';
import { isAbsolute, relative } from 'node:path';
import { findFiles } from '../../util/find-files.js';
import { isInside } from '../../util/glob.js';
import { readSmallFile } from '../../util/small-file.js';

/** `command: merge`: per-platform images pushed by digest, joined into one index. */
export interface MergeSettings extends TagSettings {
  /** `images`: where the index goes. */
  images: Repository[];
  /** `source`: where the children were pushed; default the first of `images`. */
  source: Repository;
  /** From `digests` and `digest-files`, deduplicated, in input order. */
  digests: Digest[];
  /** `annotations`: unprefixed lines go on the index, as `docker buildx imagetools create` puts them. */
  annotations: Annotation[];
  registry: RegistrySettings;
}

function readSource(rt: Runtime, images: Repository[]): Repository {
  const text = rt.input('source');
  if (!text) return images[0];
  try {
    return parseRepositoryLenient(text).repository;
  } catch (e) {
    throw new InputError('source', text, `Expected the repository the children were pushed to, without tag or digest (${(e as Error).message}).`);
  }
}

function parseDigest(input: string, text: string): Digest {
  if (!Digest.isDigest(text)) throw new InputError(input, text, 'Expected sha256:<64 hex characters>, one per line.');
  return Digest.parse(text);
}

function sameRepository(text: string, repo: Repository): boolean {
  try {
    return parseRepositoryLenient(text).repository.equals(repo);
  } catch {
    return false;
  }
}

/**
 * A build's metadata JSON (digest, every repository:tag, labels, push statistics) is a few kilobytes;
 * this leaves room for dozens of repositories and tags, and bounds what a pull request's file can cost.
 */
const DIGEST_FILE_MAX_BYTES = 256 * 1024;

/** A build's `digest-file` record: its digest, once shown to name the source repository. */
async function readDigestFile(path: string, source: Repository): Promise<Digest> {
  let record: { digest?: unknown; image?: unknown; images?: unknown };
  let text: string;
  try {
    text = await readSmallFile(path, DIGEST_FILE_MAX_BYTES, "the file a build's 'digest-file' wrote");
  } catch (e) {
    throw new Error(`Invalid input 'digest-files': ${(e as Error).message}`, { cause: e });
  }
  try {
    record = JSON.parse(text) as typeof record;
  } catch {
    throw new Error(`Invalid input 'digest-files': ${path} is not JSON. Expected the file a build's 'digest-file' wrote.`);
  }
  if (typeof record?.digest !== 'string' || !Digest.isDigest(record.digest))
    throw new Error(`Invalid input 'digest-files': ${path} has no 'digest' field with a sha256:... value`);
  const images = [...(Array.isArray(record.images) ? (record.images as unknown[]) : []), record.image].filter((i): i is string => typeof i === 'string');
  const repos = images.map((i) => i.split('@')[0]);
  if (!repos.some((r) => sameRepository(r, source))) {
    throw new Error(
      `Invalid input 'digest-files': ${path} records ${repos.join(', ') || 'no repository'}, not ${source} (input 'source', else the first of 'images')`,
    );
  }
  return Digest.parse(record.digest);
}

/**
 * Where a `digest-files` pattern is read: a relative one in the workspace; an absolute one in the
 * workspace or RUNNER_TEMP (where build's `digest-file` may write, and where Docker's own recipe
 * downloads the digest artifacts), whichever holds the part before its first wildcard.
 */
function digestFilesRoot(pattern: string, roots: RunRoot[]): RunRoot & { pattern: string } {
  if (!isAbsolute(pattern)) return { ...roots[0], pattern };
  const segments = pattern.split('/');
  const wild = segments.findIndex((seg) => /[*?[{]/.test(seg));
  const fixed = (wild < 0 ? segments : segments.slice(0, wild)).join('/') || '/';
  const holder = roots.find((r) => isInside(r.root, fixed));
  if (!holder) throw new InputError('digest-files', pattern, `Expected a pattern inside ${placesOf(roots)}.`);
  return { ...holder, pattern: relative(holder.root, pattern) || '.' };
}

async function readDigests(rt: Runtime, source: Repository): Promise<Digest[]> {
  const digests = listInput(rt, 'digests').map((d) => parseDigest('digests', d));
  const roots = runRoots(rt.env);
  for (const line of linesInput(rt, 'digest-files')) {
    const { root, pattern, place } = digestFilesRoot(line, roots);
    const files = await findFiles(root, [pattern], { input: 'digest-files', place });
    if (!files.length) throw new InputError('digest-files', line, `No file in ${place} matches it.`);
    for (const f of files) digests.push(await readDigestFile(f.path, source));
  }
  const unique = [...new Map(digests.map((d) => [d.toString(), d])).values()];
  if (!unique.length) throw new Error(`Inputs 'digests' and 'digest-files' name no image: merge needs at least one per-platform digest`);
  return unique;
}

export async function readMergeSettings(rt: Runtime): Promise<MergeSettings> {
  const parsed = readImages(rt, true);
  const images = parsed.map((p) => p.repository);
  const source = readSource(rt, images);
  return {
    images,
    source,
    ...readTagSettings(rt),
    digests: await readDigests(rt, source),
    annotations: parseAnnotations(linesInput(rt, 'annotations'), 'index'),
    registry: await readRegistrySettings(rt, images[0]?.registry.host),
  };
}
