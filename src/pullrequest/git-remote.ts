import { redactUrl } from '../registry/errors.js';
import type { Git } from './git-run.js';

/** Where pinship pushes: `origin` (every URL git would fetch from or push to), or the fallback URL. */
export interface Remote {
  /** What git is told: the remote's name, or the fallback URL. */
  name: string;
  /** Every URL git may contact for it; each passed checkTransport. */
  urls: string[];
  shown: string;
}

/** Plain HTTP is for a git server on this machine (the tests' own), nowhere else. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a git URL may carry the github-token or be pushed to: https://, plain http:// to
 * loopback, ssh (git's own keys; the token is not sent) and local paths. Refused: plain http://
 * elsewhere and git:// (the token or the push would cross the network in clear), remote helpers
 * (`ext::` runs commands) and any other transport.
 */
export function transportAllowed(url: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url)?.[1]?.toLowerCase();
  // Git reads `host:path` with no slash before the colon as ssh, anything else without a scheme as a path.
  if (!scheme) return true;
  if (scheme === 'http') return LOOPBACK.has(hostOf(url) ?? '');
  return ['https', 'ssh', 'git+ssh', 'ssh+git', 'file'].includes(scheme);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function checkTransport(url: string, what: string): void {
  if (transportAllowed(url)) return;
  throw new Error(
    `pull-request: ${what} ${JSON.stringify(shownUrl(url))} is not HTTPS: pinship sends the github-token only over https:// (plain http:// only to 127.0.0.1, localhost or ::1), and pushes over ssh or to a local path without it; point origin at the repository's https:// URL`,
  );
}

/** origin's fetch and push URLs (insteadOf rules applied, as git applies them), each checked before git contacts it. */
export async function remoteOf(git: Git, fallback: string): Promise<Remote> {
  const url = await git.run(['remote', 'get-url', 'origin']).catch(() => '');
  if (!url) {
    checkTransport(fallback, "the repository's URL from GITHUB_SERVER_URL");
    return { name: fallback, urls: [fallback], shown: shownUrl(fallback) };
  }
  checkTransport(url, "origin's URL");
  const pushes = (await git.run(['remote', 'get-url', '--push', '--all', 'origin'])).split('\n').filter(Boolean);
  for (const p of pushes) checkTransport(p, "origin's push URL");
  return { name: 'origin', urls: [...new Set([url, ...pushes])], shown: `origin (${shownUrl(pushes[0] ?? url)})` };
}

export function basicHeader(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

/**
 * The token as an HTTP header scoped to each remote URL's origin, handed to git in GIT_CONFIG_*
 * variables (as actions/checkout persists it, but never written to .git/config nor put on a command
 * line). The empty value first clears a header that checkout persisted, so git does not send two
 * Authorization headers (which GitHub rejects). GIT_CONFIG_COUNT needs git 2.31 or later.
 */
export function authEnv(remoteUrls: string[], token: string): Record<string, string> {
  const origins = new Set<string>();
  for (const url of remoteUrls) {
    if (!/^https?:\/\//i.test(url) || !transportAllowed(url)) continue; // ssh and paths authenticate otherwise
    const u = new URL(url);
    origins.add(`${u.protocol}//${u.host}/`);
  }
  let n = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
  const env: Record<string, string> = {};
  for (const origin of origins) {
    const key = `http.${origin}.extraheader`;
    Object.assign(env, {
      [`GIT_CONFIG_KEY_${n}`]: key,
      [`GIT_CONFIG_VALUE_${n}`]: '',
      [`GIT_CONFIG_KEY_${n + 1}`]: key,
      [`GIT_CONFIG_VALUE_${n + 1}`]: `AUTHORIZATION: basic ${basicHeader(token)}`,
    });
    n += 2;
  }
  return origins.size ? { ...env, GIT_CONFIG_COUNT: String(n) } : {};
}

/** A remote URL fit for a log line: any user:password part (and query) removed; a path or scp-like address is shown as it is. */
export function shownUrl(url: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return url;
  try {
    return redactUrl(url);
  } catch {
    return url;
  }
}
