// PEP 440 parsing and normalisation, mirroring what metadata-action gets from
// @renovate/pep440 (valid / clean / explain / major / minor / patch).

const PATTERN = new RegExp(
  '^\\s*v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>alpha|beta|preview|pre|a|b|c|rc)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$',
  'i',
);

export interface Pep440Version {
  epoch: number;
  release: number[];
  pre?: [string, number];
  post?: number;
  dev?: number;
  local?: string;
  isPrerelease: boolean;
  isPostrelease: boolean;
  isDevrelease: boolean;
}

const PRE_LABELS: Record<string, string> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };

export function parsePep440(input: string): Pep440Version | undefined {
  const g = PATTERN.exec(input)?.groups;
  if (!g) return undefined;
  const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));
  const pre: [string, number] | undefined = g.preL !== undefined ? [PRE_LABELS[g.preL.toLowerCase()] ?? g.preL, num(g.preN)] : undefined;
  const post = g.post !== undefined ? num(g.postN1 ?? g.postN2) : undefined;
  const dev = g.dev !== undefined ? num(g.devN) : undefined;
  const local = g.local?.toLowerCase().replace(/[-_]/g, '.');
  return {
    epoch: num(g.epoch),
    release: (g.release ?? '0').split('.').map(Number),
    pre,
    post,
    dev,
    local,
    isPrerelease: pre !== undefined || dev !== undefined,
    isPostrelease: post !== undefined,
    isDevrelease: dev !== undefined,
  };
}

/** Canonical PEP 440 form, e.g. `1.2.3beta2` -> `1.2.3b2`, `1.0dev4` -> `1.0.dev4`. */
export function cleanPep440(v: Pep440Version): string {
  let out = v.epoch !== 0 ? `${v.epoch}!` : '';
  out += v.release.join('.');
  if (v.pre) out += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) out += `.post${v.post}`;
  if (v.dev !== undefined) out += `.dev${v.dev}`;
  if (v.local !== undefined) out += `+${v.local}`;
  return out;
}
