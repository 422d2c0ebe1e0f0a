import { engineCall, engineSocket } from '../../../image/docker-engine.js';
import { execTool } from '../../../util/exec.js';

/**
 * What a BuildKit does with SOURCE_DATE_EPOCH: nothing before 0.11; from 0.11 the config's and history's
 * times; from 0.13, with the exporter's `rewrite-timestamp`, the layers' file times too, but only where
 * BuildKit's own exporter writes the image (the classic image store's exporter takes no such option).
 */
export type EpochSupport = 'none' | 'config' | 'rewrite';

export type BuildkitVersion = [major: number, minor: number];

/** `docker buildx inspect`'s "BuildKit version: v0.13.2" (older buildx: "Buildkit: v0.10.6"); v0.0.0+unknown (a distribution's build) tells nothing. */
export function parseBuildkitVersion(inspect: string): BuildkitVersion | undefined {
  const m = /^\s*Build[Kk]it(?: version)?:\s*v?(\d+)\.(\d+)/m.exec(inspect);
  if (!m || (m[1] === '0' && m[2] === '0')) return undefined;
  return [Number(m[1]), Number(m[2])];
}

/** At least the BuildKit a docker engine release builds with: moby vendors 0.11 in 24, 0.12 in 25, 0.13 in 26. */
export function engineBuildkit(engineVersion: string): BuildkitVersion | undefined {
  const major = Number(/^(\d+)\./.exec(engineVersion)?.[1]);
  if (!Number.isInteger(major)) return undefined;
  const known: Record<number, number> = { 23: 10, 24: 11, 25: 12 };
  return major >= 26 ? [0, 13] : [0, known[major] ?? 8];
}

export function epochSupport(version: BuildkitVersion, buildkitExports: boolean): EpochSupport {
  const [major, minor] = version;
  if (major === 0 && minor < 11) return 'none';
  return buildkitExports && (major > 0 || minor >= 13) ? 'rewrite' : 'config';
}

/** The BuildKit a buildx builder runs, and what it was told by, for messages; undefined when nothing says. */
export async function builderBuildkit(
  driver: string,
  builder: string,
  command: { cmd: string; prefix: string[] },
  env: NodeJS.ProcessEnv,
): Promise<{ version?: BuildkitVersion; source: string }> {
  if (driver === 'docker') {
    // The docker driver builds with the engine's BuildKit, whose version distributions' builds leave out.
    const socket = await engineSocket(env);
    const engine = socket
      ? ((JSON.parse((await engineCall(socket, 'GET', '/version')).toString('utf8')) as { Version?: string }).Version ?? '')
      : (await execTool('docker', ['version', '--format', '{{.Server.Version}}'], { env })).stdout.trim();
    return { version: engineBuildkit(engine), source: `docker engine ${engine}` };
  }
  const { stdout } = await execTool(command.cmd, [...command.prefix, 'inspect', '--bootstrap', ...(builder ? ['--', builder] : [])], { env });
  const version = parseBuildkitVersion(stdout);
  return { version, source: `buildx builder '${builder || 'default'}' (${driver} driver)` };
}
