import { engineCall, engineSocket } from '../../../image/docker-engine.js';
import { execTool } from '../../../util/exec.js';

const CONTAINERD_SNAPSHOTTER = 'io.containerd.snapshotter.v1';

/** `docker info`'s DriverStatus names the containerd snapshotter when images live in containerd. */
export function isContainerdStore(driverStatus: unknown): boolean {
  return Array.isArray(driverStatus) && driverStatus.some((kv) => Array.isArray(kv) && kv[0] === 'driver-type' && kv[1] === CONTAINERD_SNAPSHOTTER);
}

/**
 * Whether the docker engine keeps images in the containerd image store (dockerd 24+ with the
 * `containerd-snapshotter` feature, which newer releases turn on for fresh installs). There `--load` names
 * an image by its manifest or index, and the engine's builders can export OCI layouts themselves.
 * Asked over the local socket (a few ms), else through `docker info`. An engine that cannot be
 * asked counts as the classic store: the build then reports what is wrong with the engine.
 */
export async function engineUsesContainerdStore(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  try {
    const socket = await engineSocket(env);
    if (socket) return isContainerdStore((JSON.parse((await engineCall(socket, 'GET', '/info')).toString('utf8')) as { DriverStatus?: unknown }).DriverStatus);
    const { stdout } = await execTool('docker', ['info', '--format', '{{json .DriverStatus}}'], { env });
    return isContainerdStore(JSON.parse(stdout));
  } catch {
    return false;
  }
}
