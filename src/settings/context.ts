import type { Runtime } from '../host/runtime.js';
import { operandInput } from './inputs.js';

/** `context`: the directory build hands the builder as its last operand, and the checkout meta reads a local run's commit from. */
export function readContext(rt: Runtime): string {
  return operandInput(rt, 'context', '.', "a directory (write ./-name for one whose name starts with '-')");
}
