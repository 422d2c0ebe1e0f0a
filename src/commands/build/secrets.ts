// Synchronous fs only: this module loads with the settings, before a failing run's first error,
// and node:fs/promises costs that path a measurable share of its start-up.
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Runtime } from '../../host/runtime.js';
import { bpaList, UnclosedQuoteError, type BpaListOptions } from '../../settings/bpa-list.js';
import { InputError } from '../../settings/inputs.js';

/**
 * A build secret as the inputs give it: its value (`secrets`, and `secret-envs` read from the
 * environment), or a file the builder reads itself (`secret-files`).
 */
export type SecretSource = { input: SecretInput; id: string } & ({ value: string } | { file: string });

/** What a builder is handed: the secret's id and a file holding it (`input` names it in errors). */
export interface BuildSecret {
  input: SecretInput;
  id: string;
  src: string;
}

export type SecretInput = 'secrets' | 'secret-files' | 'secret-envs';

/** build-push-action's list options per input (its context.ts): `secrets` untrimmed, `secret-envs` split at commas. */
const LIST: Record<SecretInput, BpaListOptions> = {
  secrets: { ignoreComma: true, trim: false },
  'secret-files': { ignoreComma: true, trim: true },
  'secret-envs': { ignoreComma: false, trim: true },
};

/** buildx's `--secret` keys: a line made of them is pinship's former spec form, not an ID=VALUE pair. */
const SPEC_LINE = /^(id|type|src|source|env)=[^,]*,(id|type|src|source|env)=/;

/** Entries that a builder's `--secret` value could not carry: buildx splits it as CSV, buildah and podman at commas. */
const ID = /^[^\s,"]+$/;

function entries(rt: Runtime, name: SecretInput): string[] {
  try {
    return bpaList(rt.input(name), LIST[name]);
  } catch (e) {
    if (!(e instanceof UnclosedQuoteError)) throw e;
    throw new Error(
      `Invalid input '${name}': entry ${e.entry} opens a double quote that never closes (its text is not shown: it may be a secret). A value spanning lines goes in double quotes, "ID=line 1<newline>line 2", with any " inside it doubled.`,
      { cause: e },
    );
  }
}

/**
 * An entry split at its first '=', as build-push-action splits it. An empty id or value is skipped
 * with a warning, as build-push-action does (its CI passes `INVALID_SECRET=` and expects the build
 * to go on); the warning names the entry by number and shows no value, which may be a secret.
 */
function splitEntry(rt: Runtime, name: SecretInput, entry: string, n: number): [string, string] | undefined {
  const eq = entry.indexOf('=');
  const id = eq > 0 ? entry.slice(0, eq).trim() : '';
  const value = eq >= 0 ? entry.slice(eq + 1) : '';
  if (!id || !value) {
    const why = eq < 0 ? "has no '=' (a value that spans lines must be double-quoted)" : !id ? 'has no id before the =' : `('${id}=') has no value`;
    rt.warning(
      `Input '${name}': entry ${n} ${why}; it is not a valid secret and is skipped, as docker/build-push-action skips it. Expected ID=${name === 'secrets' ? 'VALUE' : name === 'secret-files' ? 'PATH' : 'ENV_NAME'}.`,
    );
    return undefined;
  }
  if (!ID.test(id)) throw new InputError(name, id, 'Expected a secret id without spaces, commas or double quotes, before the first =.');
  return [id, value];
}

/** Masks a secret and, as the runner masks line by line, each long-enough line of a multi-line one. */
function mask(rt: Runtime, value: string): void {
  rt.setSecret(value);
  for (const line of value.split(/\r?\n|\r/)) if (line !== value && line.trim().length > 8) rt.setSecret(line.trim());
}

function readValues(rt: Runtime): SecretSource[] {
  const out: SecretSource[] = [];
  for (const [i, entry] of entries(rt, 'secrets').entries()) {
    if (SPEC_LINE.test(entry)) {
      throw new Error(
        `Invalid input 'secrets': entry ${i + 1} is a buildx --secret spec (id=...,src=... or id=...,env=...). 'secrets' takes docker/build-push-action's ID=VALUE entries, the value being the secret itself: a secret read from a file goes in 'secret-files' (ID=PATH), one from an environment variable in 'secret-envs' (ID=ENV_NAME).`,
      );
    }
    const kv = splitEntry(rt, 'secrets', entry, i + 1);
    if (!kv) continue;
    mask(rt, kv[1]);
    out.push({ input: 'secrets', id: kv[0], value: kv[1] });
  }
  return out;
}

/** A secret file that is not there fails the run (build-push-action warns and builds without it). */
function readFiles(rt: Runtime): SecretSource[] {
  const out: SecretSource[] = [];
  for (const [i, entry] of entries(rt, 'secret-files').entries()) {
    const kv = splitEntry(rt, 'secret-files', entry, i + 1);
    if (!kv) continue;
    const file = resolve(kv[1]);
    if (!existsSync(file) || !statSync(file).isFile())
      throw new InputError('secret-files', entry, `Expected ID=PATH naming a file; there is no file at ${file}.`);
    out.push({ input: 'secret-files', id: kv[0], file });
  }
  return out;
}

/** A variable that is not set fails the run; a set but empty one is an empty secret. */
function readEnvs(rt: Runtime): SecretSource[] {
  const out: SecretSource[] = [];
  for (const [i, entry] of entries(rt, 'secret-envs').entries()) {
    const kv = splitEntry(rt, 'secret-envs', entry, i + 1);
    if (!kv) continue;
    const value = rt.env[kv[1]];
    if (value === undefined) throw new InputError('secret-envs', entry, `Expected ID=ENV_NAME naming a set environment variable; ${kv[1]} is not set.`);
    if (value) mask(rt, value);
    out.push({ input: 'secret-envs', id: kv[0], value });
  }
  return out;
}

/** `secrets`, `secret-files`, `secret-envs`, with build-push-action's names and meanings. */
export function readSecrets(rt: Runtime): SecretSource[] {
  return [...readValues(rt), ...readFiles(rt), ...readEnvs(rt)];
}

/**
 * Secrets given by value become files in the build's private folder (created 0700 by mkdtemp; this
 * folder and its files owner-only too), never an argument or an environment variable the builder
 * passes on; execute.ts removes them as soon as the build ends.
 */
export function writeSecretFiles(sources: SecretSource[], dir: string): BuildSecret[] {
  if (sources.some((s) => 'value' in s)) {
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  const out: BuildSecret[] = [];
  for (const [i, s] of sources.entries()) {
    let src: string;
    if ('file' in s) src = s.file;
    else {
      src = join(dir, String(i));
      // 'wx': a fresh file, never one (or a link) found in its place.
      writeFileSync(src, s.value, { mode: 0o600, flag: 'wx' });
    }
    out.push({ input: s.input, id: s.id, src });
  }
  return out;
}

/** One CSV field of buildx's `--secret` value, quoted when it holds a comma or a quote. */
const csvField = (f: string): string => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

/** buildx reads `--secret` as CSV fields. */
export const buildxSecretFlag = (s: BuildSecret): string => `${csvField(`id=${s.id}`)},${csvField(`src=${s.src}`)}`;

/** buildah and podman split `--secret` at commas; readSecrets keeps commas out of ids, and ociToolChecks out of paths. */
export const ociSecretFlag = (s: BuildSecret): string => `id=${s.id},src=${s.src}`;
