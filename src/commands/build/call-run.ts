import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult, Runtime } from '../../host/runtime.js';
import { leftUntouched } from '../../report/failure.js';
import { cleanupNow, registerCleanup } from '../../util/cleanup.js';
import { ExecError, execTool } from '../../util/exec.js';
import { BuildxBuilder, standaloneEnv, type BuildxCommand } from './builders/buildx.js';
import { selectBuilder } from './builders/detect.js';
import { checkSupport } from './builders/support.js';
import type { BuildRequest } from './builders/types.js';
import { buildxCallArgs, callFailure, callMetadataFile, callVersionProblem, parseBuildxVersion } from './call.js';
import type { BuildCall } from './call-input.js';
import { withBuilderAccess } from './builder-access.js';
import type { BuildSettings } from './settings.js';
import { checkBuildSources } from './sources.js';

/** Each line on its own: the answer quotes the Dockerfile, whose text must not become a workflow command. */
function show(stdout: string, rt: Runtime): void {
  const text = stdout.replace(/\n+$/, '');
  if (text) for (const line of text.split('\n')) rt.info(line);
}

/** A buildx without --call is refused before it is asked anything; one that names no release is let try. */
async function checkVersion(command: BuildxCommand, call: BuildCall, env: NodeJS.ProcessEnv): Promise<void> {
  const { stdout } = await execTool(command.cmd, [...command.prefix, 'version'], { env });
  const problem = callVersionProblem(call, parseBuildxVersion(stdout));
  if (problem) throw new Error(problem);
}

async function ask(command: BuildxCommand, req: BuildRequest, call: BuildCall, rt: Runtime): Promise<void> {
  const args = [...command.prefix, ...buildxCallArgs(req, call).slice(1)];
  try {
    const { stdout } = await execTool(command.cmd, args, { stream: 'stderr', env: standaloneEnv(req.env) });
    show(stdout, rt);
  } catch (e) {
    if (!(e instanceof ExecError) || e.exitCode === null) throw e;
    show(e.stdout, rt);
    throw new Error(callFailure(call, e.stdout, e.message), { cause: e });
  }
}

/** The frontend's answer as JSON (buildx's metadata file keeps it as `result.json`); null when it wrote none. */
async function answer(workDir: string): Promise<unknown> {
  try {
    const metadata = JSON.parse(await readFile(callMetadataFile(workDir), 'utf8')) as Record<string, unknown>;
    return metadata['result.json'] ?? null;
  } catch {
    return null;
  }
}

/**
 * `call`: buildx asks the Dockerfile frontend about the build (its lint, its build arguments and
 * secrets, its stages) and prints the answer; no image is made, so nothing is pushed, loaded or
 * tagged and no registry is written to. The builder's credentials and the secrets are given as for a
 * build: outline and check resolve the base images, and a secret's presence is part of the answer.
 */
export async function executeCall(s: BuildSettings, call: BuildCall, rt: Runtime): Promise<CommandResult> {
  leftUntouched(`Nothing was pushed, loaded or tagged: input 'call' asks about the build and makes no image.`);
  await checkBuildSources(s.context, s.file, s.fileGiven);
  const builder = await selectBuilder(s.builder, s.buildxBuilder);
  const workDir = await mkdtemp(join(rt.env.RUNNER_TEMP || tmpdir(), 'pinship-call-'));
  registerCleanup(rt, workDir);
  // No SOURCE_DATE_EPOCH, labels or attestations: they shape an image, and a call makes none.
  const req: BuildRequest = { ...s, secrets: [], labels: {}, provenance: false, sbom: false, sourceDateEpoch: undefined, workDir, env: rt.env };
  checkSupport(builder.name, req);
  if (!(builder instanceof BuildxBuilder)) throw new Error(`Input 'call' needs builder: buildx`);
  await checkVersion(builder.command, call, standaloneEnv(rt.env));
  rt.info(`pinship: call ${call.spec} with buildx: the Dockerfile frontend answers; nothing is built, pushed, loaded or tagged`);
  await withBuilderAccess(s, workDir, [], rt, ({ env, secrets }) => ask(builder.command, { ...req, secrets, env }, call, rt));
  const result = await answer(workDir);
  await cleanupNow(rt, workDir);
  return { outputs: { metadata: JSON.stringify({ call: call.spec, builder: 'buildx', result }), changed: 'false' } };
}
