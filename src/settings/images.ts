import type { Runtime } from '../host/runtime.js';
import { parseRepositoryLenient, type LenientRepository } from '../registry/reference.js';
import { FieldError, splitFields } from '../tags/fields.js';
import { InputError } from './inputs.js';

const EXPECTED =
  'Expected a repository without tag (ghcr.io/acme/app), comma-separated repositories, or one repository with attributes (name=ghcr.io/acme/app,enable=false)';

/** One line of `images`, before the repository itself is checked. */
interface ImageEntry {
  name: string;
  enable: boolean;
  line: string;
}

function readEnable(value: string, line: string): boolean {
  const v = value.toLowerCase();
  if (v !== 'true' && v !== 'false') throw new InputError('images', line, `enable '${value}' is not a boolean. Expected enable=true or enable=false.`);
  return v === 'true';
}

/**
 * One line as metadata-action reads it: fields without `=` are repositories (`a/b,c/d`), and a line
 * with any `key=value` field describes one repository (`name=a/b,enable=false`, or `a/b,enable=false`).
 * metadata-action keeps the last of several bare names on such a line; two names there are refused.
 */
function parseLine(line: string): ImageEntry[] {
  let fields;
  try {
    fields = splitFields(line);
  } catch (e) {
    if (e instanceof FieldError) throw new InputError('images', line, `${e.message}. ${EXPECTED}.`);
    throw e;
  }
  if (fields.every((f) => f.key === undefined)) return fields.map((f) => ({ name: f.value, enable: true, line }));
  const entry: ImageEntry = { name: '', enable: true, line };
  for (const f of fields) {
    if (f.key === 'enable') {
      entry.enable = readEnable(f.value, line);
      continue;
    }
    if (f.key !== undefined && f.key !== 'name') {
      throw new InputError('images', line, `Unknown attribute '${f.key}'. Expected name= and enable= (metadata-action's image attributes).`);
    }
    if (entry.name !== '') throw new InputError('images', line, `Two repositories on a line with attributes. ${EXPECTED}.`);
    entry.name = f.value;
  }
  if (entry.name === '') throw new InputError('images', line, `No repository on this line. ${EXPECTED}.`);
  return [entry];
}

/** The lines of `images`, each with its `enable` attribute; nothing checked beyond their form. */
function readEntries(rt: Runtime): ImageEntry[] {
  return rt
    .input('images')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'))
    .flatMap(parseLine);
}

/**
 * `images`: repositories, one per line or comma-separated, or one per line with metadata-action's
 * attributes (`name=`, `enable=`); upper case is lowered with a notice. A repository with
 * `enable=false` is left out wherever `images` is read: not tagged, pushed, merged or promoted to.
 * Each keeps the user's spelling too (`written`): metadata-action's outputs say `acme/app`, not
 * `docker.io/acme/app`.
 */
export function readImages(rt: Runtime, required: boolean): LenientRepository[] {
  const entries = readEntries(rt);
  if (!entries.length && required) throw new Error(`Input 'images' is required: one repository per line, e.g. ghcr.io/acme/app`);
  // A disabled line is checked too: a typo must not wait for the event that enables it.
  const parsed = entries.map((e) => ({ ...e, repo: parseName(e.name) }));
  const enabled = parsed.filter((e) => e.enable);
  if (!enabled.length && required) {
    throw new Error(`Input 'images' names no enabled repository: every line has enable=false, and this command needs at least one`);
  }
  for (const { name, repo } of enabled) {
    if (repo.lowercased) rt.notice(`images: '${name}' lower-cased to '${repo.repository}' (repository names must be lower case)`);
  }
  return enabled.map((e) => e.repo);
}

function parseName(name: string): LenientRepository {
  try {
    return parseRepositoryLenient(name);
  } catch (e) {
    throw new InputError('images', name, `Expected a repository without tag, e.g. ghcr.io/acme/app (${(e as Error).message}).`);
  }
}
