import http from 'node:http';
import { engineSocket } from '../../../image/docker-engine.js';
import { execTool } from '../../../util/exec.js';

const CONTAINERD_SNAPSHOTTER = 'io.containerd.snapshotter.v1';

/** `docker info`'s DriverStatus names the containerd snapshotter when images live in containerd. */
export function isContainerdStore(driverStatus: unknown): boolean {
  return Array.isArray(driverStatus) && driverStatus.some((kv) => Array.isArray(kv) && kv[0] === 'driver-type' && kv[1] === CONTAINERD_SNAPSHOTTER);
}

async function infoFromSocket(socket: string): Promise<{ DriverStatus?: unknown }> {
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get({ socketPath: socket, path: '/info', headers: { host: 'docker' } }, resolve).on('error', reject);
  });
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  if (res.statusCode !== 200) throw new Error(`docker engine at ${socket}: GET /info returned HTTP ${res.statusCode}`);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { DriverStatus?: unknown };
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
    if (socket) return isContainerdStore((await infoFromSocket(socket)).DriverStatus);
    const { stdout } = await execTool('docker', ['info', '--format', '{{json .DriverStatus}}'], { env });
    return isContainerdStore(JSON.parse(stdout));
  } catch {
    return false;
  }
}
