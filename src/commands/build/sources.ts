import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../settings/inputs.js';

/** buildx also takes a git or HTTP URL as context; only a local path can be checked here. */
const isRemote = (context: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');

async function kind(path: string): Promise<'dir' | 'file' | 'none'> {
  try {
    const st = await stat(path);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

/**
 * A missing context or Dockerfile is reported before anything starts, naming the input; left to the
 * builder it comes back from deep inside a temporary directory.
 */
export async function checkBuildSources(context: string, file: string, fileGiven: boolean): Promise<void> {
  if (isRemote(context)) return;
  const where = (p: string): string => (resolve(p) === p ? '' : ` (resolved from ${process.cwd()})`);
  const ctx = await kind(context);
  if (ctx !== 'dir') throw new InputError('context', context, `Expected a directory; ${ctx === 'none' ? 'nothing' : 'a file'} is there${where(context)}.`);
  const f = await kind(file);
  if (f !== 'file') {
    const what = fileGiven ? '' : ' (the default, <context>/Dockerfile)';
    throw new InputError('file', file, `Expected a Dockerfile${what}; ${f === 'none' ? 'nothing' : 'a directory'} is there${where(file)}.`);
  }
}
