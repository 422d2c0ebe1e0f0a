import { posix } from 'node:path';
import type { Runtime } from '../host/runtime.js';
import { InputError, operandInput } from './inputs.js';

const DEFAULT_CONTEXT = '{{defaultContext}}';

/**
 * build-push-action's `{{defaultContext}}` is the Git context of the workflow's commit; pinship's
 * default context is the checkout itself (`.`), the same commit's files plus whatever earlier steps
 * made, readable by every builder. So `{{defaultContext}}:subdir` is that folder of the checkout,
 * and a subdir that leaves the checkout is refused as a Git context cannot leave its repository.
 */
function fromDefaultContext(value: string): string {
  const expected = `Expected ${DEFAULT_CONTEXT} or ${DEFAULT_CONTEXT}:subdir, a folder of the checkout`;
  if (value === DEFAULT_CONTEXT) return '.';
  if (!value.startsWith(`${DEFAULT_CONTEXT}:`)) throw new InputError('context', value, `${expected}.`);
  const sub = value.slice(DEFAULT_CONTEXT.length + 1);
  const normal = posix.normalize(sub);
  if (!sub || sub.includes('\\') || posix.isAbsolute(sub) || normal === '..' || normal.startsWith('../') || sub.includes('{{'))
    throw new InputError('context', value, `${expected}: pinship builds from the checkout, and the subdir must stay inside it.`);
  return `./${normal}`;
}

/** `context`: the directory build hands the builder as its last operand, and the checkout meta reads a local run's commit from. */
export function readContext(rt: Runtime): string {
  const raw = rt.input('context');
  if (raw.includes(DEFAULT_CONTEXT)) return fromDefaultContext(raw.trim());
  return operandInput(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
}
