import { execTool } from '../util/exec.js';
import type { GitContext } from './event.js';

/**
 * The committer time of the commit built, in whole seconds: git's own record in the checkout holding
 * `dir` (exact, and the same on every run of that commit), else the event payload's timestamp of that
 * commit (a push's), for a build whose checkout lacks the commit's history.
 */
export async function committerTime(dir: string, ctx: GitContext): Promise<number> {
  const sha = ctx.sha || 'HEAD';
  try {
    const { stdout } = await execTool('git', ['-C', dir, 'log', '-1', '--format=%ct', sha, '--']);
    const seconds = Number(stdout.trim());
    if (/^\d+$/.test(stdout.trim()) && Number.isSafeInteger(seconds)) return seconds;
  } catch {
    // Not a checkout holding the commit: the payload may still name its time.
  }
  if (ctx.commitDate) return Math.floor(ctx.commitDate.getTime() / 1000);
  throw new Error(
    `Input 'source-date-epoch': 'commit' needs the time of commit ${sha}, which neither the checkout at ${dir} nor the event payload holds; check out the commit (actions/checkout) or give a Unix time`,
  );
}
