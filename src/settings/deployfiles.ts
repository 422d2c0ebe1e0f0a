import type { Runtime } from '../host/runtime.js';
import { linesInput, requiredInput } from './inputs.js';
import { workspaceOf } from './run-roots.js';

/** The inputs `pin` and `verify` share: which files, where, and which references are exempt. */
export interface DeployFilesSettings {
  /** GITHUB_WORKSPACE (the checkout), else the current directory. */
  workspace: string;
  /** `files`: glob patterns, one per line; `!pattern` excludes. */
  files: string[];
  /** `allow`: reference patterns exempt from pinning and verification. */
  allow: string[];
}

export function readDeployFilesSettings(rt: Runtime): DeployFilesSettings {
  requiredInput(rt, 'files', 'glob patterns of deployment files, one per line, e.g. k8s/**/*.yaml');
  return {
    workspace: workspaceOf(rt.env),
    files: linesInput(rt, 'files'),
    allow: linesInput(rt, 'allow'),
  };
}
