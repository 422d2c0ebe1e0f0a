import type { Runtime } from '../runtime.js';
import { parseRepositoryLenient, type Repository } from '../registry/reference.js';
import { InputError, listInput } from './inputs.js';

/** `images` as the user wrote them, lower-cased: metadata-action's outputs keep `acme/app`, not `docker.io/acme/app`. */
export function readImageNames(rt: Runtime): string[] {
  return listInput(rt, 'images').map((s) => {
    const slash = s.indexOf('/');
    // Only the path is lower-cased; a registry host keeps its spelling, as docker keeps it.
    const host = slash > 0 && /[.:]|^localhost$/.test(s.slice(0, slash)) ? s.slice(0, slash + 1) : '';
    return host + s.slice(host.length).toLowerCase();
  });
}

/** `images`: repositories, one per line or comma-separated; upper case is lowered with a notice. */
export function readImages(rt: Runtime, required: boolean): Repository[] {
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
    return parsed.repository;
  });
}
