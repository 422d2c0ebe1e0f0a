import { readFile } from 'node:fs/promises';
import { execTool } from '../util/exec.js';
import { gitContextFromEnv, type GitContext } from '../tags/index.js';

/**
 * The run's git facts: GITHUB_* variables and the event payload on a runner; on a developer's
 * machine (no GITHUB_SHA) the local checkout's HEAD, so the CLI tags like a push would.
 */
export async function loadGitContext(env: NodeJS.ProcessEnv): Promise<GitContext> {
  let event: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (e) {
      throw new Error(`GITHUB_EVENT_PATH '${env.GITHUB_EVENT_PATH}' is not a readable JSON event payload: ${(e as Error).message}`);
    }
  }
  if (env.GITHUB_SHA) return gitContextFromEnv(env, event);
  const local = { ...env };
  try {
    local.GITHUB_SHA = (await execTool('git', ['rev-parse', 'HEAD'])).stdout.trim();
    local.GITHUB_REF = (await execTool('git', ['symbolic-ref', '-q', 'HEAD']).catch(() => ({ stdout: '' }))).stdout.trim();
    local.GITHUB_EVENT_NAME ??= 'push';
  } catch {
    // Not a git checkout: tags from rules that need no commit (raw) still work.
  }
  return gitContextFromEnv(local, event);
}
