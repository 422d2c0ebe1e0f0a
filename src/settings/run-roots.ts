/** A folder pinship may read or write a run's files in, and how an error names it. */
export interface RunRoot {
  root: string;
  place: string;
}

/** The workspace: GITHUB_WORKSPACE, else (the CLI) the working directory. */
export const workspaceOf = (env: NodeJS.ProcessEnv, cwd = process.cwd()): string => env.GITHUB_WORKSPACE || cwd;

/**
 * The workspace and RUNNER_TEMP when set: build's
 * `digest-file` writes only there, and merge's `digest-files` read only there. A pull request controls
 * the checkout, so nothing outside them is touched.
 */
export function runRoots(env: NodeJS.ProcessEnv, cwd = process.cwd()): RunRoot[] {
  const workspace = workspaceOf(env, cwd);
  return [
    { root: workspace, place: `the workspace (${workspace})` },
    ...(env.RUNNER_TEMP ? [{ root: env.RUNNER_TEMP, place: `RUNNER_TEMP (${env.RUNNER_TEMP})` }] : []),
  ];
}

/** "the workspace (…) or RUNNER_TEMP (…)", for an error that says where a path must be. */
export const placesOf = (roots: RunRoot[]): string => roots.map((r) => r.place).join(' or ');
