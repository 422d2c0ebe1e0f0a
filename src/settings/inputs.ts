import type { Runtime } from '../host/runtime.js';

/** An input that does not parse: the message names the input, quotes the value and says what was expected. */
export class InputError extends Error {
  constructor(input: string, value: string, expected: string) {
    super(`Invalid input '${input}': '${value}'. ${expected}`);
    this.name = 'InputError';
  }
}

export function requiredInput(rt: Runtime, name: string, hint: string): string {
  const v = rt.input(name);
  if (!v) throw new Error(`Input '${name}' is required: ${hint}`);
  return v;
}

export function boolInput(rt: Runtime, name: string, fallback: boolean): boolean {
  const v = rt.input(name).toLowerCase();
  if (!v) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(name, v, 'Expected true or false.');
}

export function intInput(rt: Runtime, name: string, fallback: number, min: number, max: number): number {
  const v = rt.input(name);
  if (!v) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(name, v, `Expected a whole number from ${min} to ${max}.`);
  return n;
}

/** Newline-separated; docker/build-push-action also accepts commas in list inputs, and so do these. */
export function listInput(rt: Runtime, name: string): string[] {
  return rt
    .input(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/** One entry per line, commas kept: build-args, labels and secrets may contain commas. */
export function linesInput(rt: Runtime, name: string): string[] {
  return rt
    .input(name)
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

export function choiceInput<T extends string>(rt: Runtime, name: string, choices: readonly T[], fallback: T): T {
  const v = rt.input(name).toLowerCase();
  if (!v) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new InputError(name, v, `Expected one of ${choices.join(', ')}.`);
}

/** KEY=VALUE lines (build-args, labels). */
export function keyValueInput(rt: Runtime, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of linesInput(rt, name)) {
    const i = line.indexOf('=');
    if (i <= 0) throw new InputError(name, line, 'Expected KEY=VALUE, one per line.');
    out[line.slice(0, i).trim()] = line.slice(i + 1);
  }
  return out;
}

/**
 * A value a tool receives as an operand (a path, a name), where one starting with '-' would be
 * read as an option. Builders also put `--` before operands; this makes the mistake an input error.
 */
export function operandInput(rt: Runtime, name: string, fallback: string, expected: string): string {
  const v = rt.input(name) || fallback;
  if (v.startsWith('-')) throw new InputError(name, v, `Expected ${expected}; a value starting with '-' would reach the builder as an option.`);
  return v;
}
