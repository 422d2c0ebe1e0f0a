import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `root` or lies below it (paths as given: resolve symlinks first where they matter). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Glob patterns of files inside a root (pin/verify's `files`, merge's `digest-files`): `*` and `?`
 * within a path segment, `**` across segments, `[abc]` classes, `{a,b}` alternatives, a leading `!`
 * to exclude. Dot files match like any other (workflows live in `.github`).
 */
export interface Pattern {
  source: string;
  exclude: boolean;
  /** One list of segment matchers per `{a,b}` alternative. */
  alternatives: Array<Array<RegExp | '**'>>;
}

function expandBraces(p: string): string[] {
  const m = /\{([^{}]*)\}/.exec(p);
  if (!m) return [p];
  return m[1].split(',').flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Where patterns are read from, for their errors: the input, and what its root is called. */
export interface PatternScope {
  input: string;
  place: string;
}

/** Parses one pattern line; one that leaves the root (absolute, or `..` above it) is an error. */
export function parsePattern(line: string, scope: PatternScope = { input: 'files', place: 'the workspace' }): Pattern {
  const exclude = line.startsWith('!');
  const body = (exclude ? line.slice(1) : line).replace(/^\.\//, '');
  const alternatives = expandBraces(body).map((alt) => {
    if (alt.startsWith('/') || /^[A-Za-z]:[\\/]/.test(alt))
      throw new Error(`Invalid input '${scope.input}': '${line}' is an absolute path. Expected a pattern relative to ${scope.place}.`);
    const segments: string[] = [];
    for (const s of alt.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') {
        if (!segments.length || segments[segments.length - 1] === '**')
          throw new Error(`Invalid input '${scope.input}': '${line}' escapes ${scope.place}. Expected a pattern inside it.`);
        segments.pop();
      } else segments.push(s);
    }
    return segments.map((s) => (s === '**' ? ('**' as const) : segmentRegExp(s)));
  });
  return { source: line, exclude, alternatives };
}

/**
 * Whether `path` (segments) matches; with `prefix`, whether something below the directory `path`
 * could match, so the walk skips directories no pattern reaches.
 */
function matchSegments(pattern: Array<RegExp | '**'>, path: string[], prefix: boolean, pi = 0, si = 0): boolean {
  if (si === path.length) return prefix ? pi < pattern.length : pattern.slice(pi).every((p) => p === '**');
  if (pi === pattern.length) return false;
  const p = pattern[pi];
  if (p === '**') return matchSegments(pattern, path, prefix, pi + 1, si) || matchSegments(pattern, path, prefix, pi, si + 1);
  return p.test(path[si]) && matchSegments(pattern, path, prefix, pi + 1, si + 1);
}

export function matches(pattern: Pattern, path: string[]): boolean {
  return pattern.alternatives.some((alt) => matchSegments(alt, path, false));
}

export function mayMatchBelow(pattern: Pattern, dir: string[]): boolean {
  return pattern.alternatives.some((alt) => matchSegments(alt, dir, true));
}
