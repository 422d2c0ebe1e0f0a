import { inlineReference } from '../reference-text.js';
import { LocatedError, type Span } from '../types.js';
import type { Found } from '../yaml-nodes.js';
import { instructions, type Token } from './dockerfile-syntax.js';

export function isDockerfile(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/i.test(base);
}

interface Arg {
  value: string;
  span: Span;
}

const WHOLE_VAR = /^\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\})$/;
const ANY_VAR = /\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\})/g;

function parseArg(token: Token): [string, Arg | undefined] {
  const eq = token.text.indexOf('=');
  if (eq < 0) return [token.text, undefined];
  let start = token.start + eq + 1;
  let value = token.text.slice(eq + 1);
  if (/^(["']).*\1$/.test(value) && value.length >= 2) {
    value = value.slice(1, -1);
    start++;
  }
  return [token.text.slice(0, eq), { value, span: { start, end: start + value.length } }];
}

/** Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` with the ARG defaults in scope. */
function expand(token: Token, args: Map<string, Arg | undefined>): string {
  return token.text.replace(ANY_VAR, (_m, bare: string | undefined, braced: string | undefined, op: string | undefined, word: string | undefined) => {
    const name = (bare ?? braced)!;
    const value = args.get(name)?.value ?? '';
    if (op === '-') return value || (word ?? '');
    if (op === '+') return value ? (word ?? '') : '';
    if (!args.get(name))
      throw new LocatedError(
        token.start,
        `image '${token.text}' uses build argument ${name}, which has no default; give it one (ARG ${name}=<image>) so pinship can pin it`,
      );
    return value;
  });
}

/**
 * An image named by `token`. When the whole word is one build argument, the reference is the ARG's
 * default (or the `:-` default), and that is where it is pinned.
 */
function imageAt(token: Token, args: Map<string, Arg | undefined>): Found {
  const whole = WHOLE_VAR.exec(token.text);
  if (whole) {
    const name = whole[1] ?? whole[2];
    const arg = args.get(name);
    if (arg?.value) return found(arg.value, arg.span);
    if (whole[3] !== undefined) {
      const start = token.start + token.text.indexOf(':-') + 2;
      return found(whole[3], { start, end: start + whole[3].length });
    }
    throw new LocatedError(
      token.start,
      `image '${token.text}' uses build argument ${name}, which has no default; give it one (ARG ${name}=<image>) so pinship can pin it`,
    );
  }
  return found(token.text, { start: token.start, end: token.start + token.text.length }, expand(token, args));
}

function found(raw: string, span: Span, resolved = raw): Found {
  const { ref, target } = inlineReference(raw, span, resolved);
  return { offset: span.start, format: 'dockerfile', written: raw, ref, target, via: [] };
}

/** The value of `--name=value` among an instruction's flags, as a token of its own. */
function flag(args: Token[], name: string): Token | undefined {
  const t = args.find((a) => a.text.startsWith(`--${name}=`));
  return t && { text: t.text.slice(name.length + 3), start: t.start + name.length + 3 };
}

/** `from=<image>` inside `--mount=type=bind,from=...,target=...`. */
function mountFroms(args: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of args.filter((a) => a.text.startsWith('--mount='))) {
    let offset = t.start + '--mount='.length;
    for (const part of t.text.slice('--mount='.length).split(',')) {
      if (part.startsWith('from=')) out.push({ text: part.slice(5), start: offset + 5 });
      offset += part.length + 1;
    }
  }
  return out;
}

/** FROM (skipping scratch and earlier stages), COPY --from and RUN --mount=from, with ARG defaults. */
export function locateDockerfile(text: string): Found[] {
  const out: Found[] = [];
  const globalArgs = new Map<string, Arg | undefined>();
  let stageArgs = new Map<string, Arg | undefined>();
  const stages = new Set<string>();
  let inStage = false;
  const image = (token: Token | undefined, args: Map<string, Arg | undefined>): void => {
    if (!token) return;
    const name = WHOLE_VAR.test(token.text) || token.text.includes('$') ? undefined : token.text.toLowerCase();
    if (name && (name === 'scratch' || stages.has(name) || /^\d+$/.test(name))) return;
    const f = imageAt(token, args);
    if (f.written.toLowerCase() === 'scratch' || stages.has(f.written.toLowerCase())) return;
    out.push(f);
  };
  for (const ins of instructions(text)) {
    if (ins.keyword === 'ARG') {
      for (const t of ins.args) {
        const [name, arg] = parseArg(t);
        (inStage ? stageArgs : globalArgs).set(name, arg ?? globalArgs.get(name));
      }
    } else if (ins.keyword === 'FROM') {
      const words = ins.args.filter((a) => !a.text.startsWith('--'));
      image(words[0], globalArgs);
      if (words[1]?.text.toUpperCase() === 'AS' && words[2]) stages.add(words[2].text.toLowerCase());
      inStage = true;
      stageArgs = new Map();
    } else if (ins.keyword === 'COPY') {
      image(flag(ins.args, 'from'), new Map([...globalArgs, ...stageArgs]));
    } else if (ins.keyword === 'RUN') {
      for (const t of mountFroms(ins.args)) image(t, new Map([...globalArgs, ...stageArgs]));
    }
  }
  return out;
}
