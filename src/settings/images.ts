import type { Runtime } from '../runtime.js';
import { parseRepositoryLenient, type LenientRepository } from '../registry/reference.js';
import { InputError, listInput } from './inputs.js';

/**
 * `images`: repositories, one per line or comma-separated; upper case is lowered with a notice.
 * Each keeps the user's spelling too (`written`): metadata-action's outputs say `acme/app`, not
 * `docker.io/acme/app`.
 */
export function readImages(rt: Runtime, required: boolean): LenientRepository[] {
  const raw = listInput(rt, 'images');
  if (!raw.length && required) throw new Error(`Input 'images' is required: one repository per line, e.g. ghcr.io/acme/app`);
  return raw.map((s) => {
    let parsed;
    try {
      parsed = parseRepositoryLenient(s);
    } catch (e) {
      throw new InputError('images', s, `Expected a repository without tag, e.g. ghcr.io/acme/app (${(e as Error).message}).`);
    }
    if (parsed.lowercased) rt.notice(`images: '${s}' lower-cased to '${parsed.repository}' (repository names must be lower case)`);
    return parsed;
  });
}
