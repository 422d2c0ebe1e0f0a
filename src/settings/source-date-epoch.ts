import type { Runtime } from '../host/runtime.js';
import { InputError } from './inputs.js';

/**
 * `source-date-epoch`: the time a reproducible build stamps on its image, in whole seconds since the
 * Unix epoch, or `commit`: the built commit's committer time, known only once the git context is read.
 */
export type SourceDateEpoch = { seconds: number } | 'commit';

/** 9999-12-31T23:59:59Z: the last second an RFC 3339 `created` value can name. */
const LAST = 253402300799;

export function readSourceDateEpoch(rt: Runtime): SourceDateEpoch | undefined {
  const value = rt.input('source-date-epoch').trim();
  if (!value) return undefined;
  if (value === 'commit') return 'commit';
  if (/^\d{1,12}$/.test(value) && Number(value) <= LAST) return { seconds: Number(value) };
  throw new InputError('source-date-epoch', value, "Expected a Unix time in whole seconds (e.g. 1700000000), or commit for the built commit's committer time.");
}
