import { readFile } from 'node:fs/promises';
import { execTool } from '../util/exec.js';
import { gitContextFromEnv, type GitContext } from './event.js';

/** The local checkout's HEAD, ref and commit date, or none outside a git repository. */
async function localGit(dir: string): Promise<{ sha: string; ref: string; date?: Date } | undefined> {
  const git = (...args: string[]) => execTool('git', ['-C', dir, ...args]).then((r) => r.stdout.trim());
  try {
    const [sha, date] = (await git('log', '-1', '--format=%H %cI')).split(' ');
    const ref = await git('symbolic-ref', '-q', 'HEAD').catch(() => '');
    return { sha: sha, ref, ...(date ? { date: new Date(date) } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Why not `github.context` from @actions/github: its module loads octokit with it, which doubles the bundle
 * a run loads and slows every start (bench/cold-start.mjs times a start). The event payload, SHA and ref it
 * offers are the same GITHUB_* variables and GITHUB_EVENT_PATH read here.
 *
 * The run's git facts: GITHUB_* variables and the event payload on a runner; on a developer's
 * machine (no GITHUB_SHA) the checkout holding `dir` (the build context), so the CLI tags like a
 * push of that repository would, wherever it is started from.
 */
export async function loadGitContext(env: NodeJS.ProcessEnv, dir = '.'): Promise<GitContext> {
  let event: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (e) {
      throw new Error(`GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH}' is not a readable JSON event payload: ${(e as Error).message}`, { cause: e });
    }
  }
  if (env.GITHUB_SHA) return gitContextFromEnv(env, event);
  const local = await localGit(dir);
  // Not a git checkout: tags from rules that need no commit (raw) still work.
  if (!local) return gitContextFromEnv(env, event);
  const ctx = gitContextFromEnv({ ...env, GITHUB_SHA: local.sha, GITHUB_REF: local.ref, GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME ?? 'push' }, event);
  return local.date ? { ...ctx, commitDate: local.date } : ctx;
}
