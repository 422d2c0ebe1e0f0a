import { join } from 'node:path';
import { buildxInputFlags } from './builders/buildx.js';
import type { BuildRequest } from './builders/types.js';
import { CALL_BUILDX } from './builders/support.js';
import type { BuildCall } from './call-input.js';

// How a `call` runs; the input itself is read in ./call-input.ts, which a failing run loads without the builders.

/**
 * `buildx version`'s "github.com/docker/buildx v0.15.1 1c1b0ac" (Debian: "github.com/docker/buildx
 * 0.13.1+ds1 0.13.1+ds1-3"); undefined for a build that names no release (a commit).
 */
export function parseBuildxVersion(out: string): [number, number, number] | undefined {
  const m = /^\S*buildx\S*\s+v?(\d+)\.(\d+)(?:\.(\d+))?/m.exec(out.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** The one line a buildx too old for `call` fails with; undefined when `found` is new enough or unknown. */
export function callVersionProblem(call: BuildCall, found: [number, number, number] | undefined): string | undefined {
  if (!found) return undefined;
  const [major, minor] = found;
  if (major > CALL_BUILDX[0] || (major === CALL_BUILDX[0] && minor >= CALL_BUILDX[1])) return undefined;
  return `Input 'call: ${call.spec}' needs buildx ${CALL_BUILDX.join('.')} or later (its --call); this runner's buildx is ${found.join('.')}`;
}

/** buildx's metadata file for a call: its answer's JSON lands there as `result.json`. */
export const callMetadataFile = (workDir: string): string => join(workDir, 'metadata.json');

/**
 * `docker buildx build --call` with the flags that say what is evaluated, as a build gets them. No
 * exporter, iidfile, cache export or attestation: a call makes no image.
 */
export function buildxCallArgs(req: BuildRequest, call: BuildCall): string[] {
  const args = ['buildx', 'build', ...buildxInputFlags(req)];
  if (req.pull) args.push('--pull');
  args.push('--call', call.spec, '--metadata-file', callMetadataFile(req.workDir));
  args.push('--', req.context);
  return args;
}

/**
 * Why a call failed, as build-push-action says it: for `check`, buildx prints the warnings on
 * stdout and exits non-zero, and the step fails with stdout's first line ("Check complete, 2
 * warnings have been found!"); otherwise buildx's own error.
 */
export function callFailure(call: BuildCall, stdout: string, buildxError: string): string {
  const first = stdout.split('\n')[0]?.trim() ?? '';
  if (call.name === 'check' && !call.json && first) return `call ${call.spec}: ${first}`;
  if (call.json && stdout.trim()) return `call ${call.spec}: the answer above has a failing status (${buildxError})`;
  return buildxError;
}
