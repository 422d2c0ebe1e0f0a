import { join } from 'node:path';
import { execTool } from '../../../util/exec.js';
import { commonBuildFlags, type BuildExport, type Builder, type BuildRequest } from './types.js';
import { ociSecretFlag } from '../secrets.js';
import { checkSupport, OCI_TOOLS_WITH_EPOCH } from './support.js';

export type OciTool = 'buildah' | 'podman';

/**
 * buildah and podman share their build flags (podman is buildah underneath), except two:
 * - buildah gets chroot isolation unless a `network` is asked for: RUN steps then need no user
 *   namespaces or network setup, which CI containers lack, but buildah 1.28 refuses any network
 *   other than the host's with chroot ("cannot set --network other than host with --isolation
 *   chroot"), so `network: none` keeps buildah's default isolation. podman keeps its own
 *   isolation (runc), where `network: none` works: what a runner without a container network
 *   needs, since no containers.conf setting turns podman 4.3's build network off.
 * - podman caches layers by default, and its cache ignores the platform (podman 4.3 here;
 *   containers/podman#18723, fixed in buildah only in 2025): an arm64 step reuses the amd64
 *   layer built just before, and a multi-platform list keeps one entry. So podman builds without
 *   the layer cache, as buildah does by default, unless cache-from/cache-to ask for layers on a
 *   single platform (podman applies them only with layers).
 */
export function ociToolBuildArgs(tool: OciTool, req: BuildRequest, name: string): string[] {
  const args = ['build', ...commonBuildFlags(req)];
  const cache = req.platforms.length <= 1 && (req.cacheFrom.length > 0 || req.cacheTo.length > 0);
  if (tool === 'buildah') {
    if (!req.network) args.push('--isolation', 'chroot');
    // Both tools apply cache-from/cache-to only with the layer cache on.
    if (cache) args.push('--layers');
  } else args.push(cache ? '--layers' : '--layers=false');
  if (req.platforms.length > 1) args.push('--platform', req.platforms.join(','), '--manifest', name);
  else {
    if (req.platforms.length) args.push('--platform', req.platforms[0]);
    args.push('--tag', name);
  }
  for (const c of req.buildContexts) args.push('--build-context', `${c.name}=${c.value}`);
  for (const s of req.secrets) args.push('--secret', ociSecretFlag(s));
  for (const s of req.ssh) args.push('--ssh', s);
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  for (const c of req.cacheTo) args.push('--cache-to', c);
  if (req.pull) args.push('--pull=always');
  // --rewrite-timestamp clamps the layers' file times to the epoch, as BuildKit's exporter option does.
  if (req.sourceDateEpoch !== undefined) args.push('--source-date-epoch', String(req.sourceDateEpoch), '--rewrite-timestamp');
  // buildah 1.28 refuses an iidfile for several platforms ("can only be used to store one image ID").
  if (req.platforms.length <= 1) args.push('--iidfile', join(req.workDir, 'iid'));
  args.push('--', req.context);
  return args;
}

/** Export into an OCI layout that pinship pushes itself: every platform for a manifest list. */
export function ociToolPushArgs(tool: OciTool, req: BuildRequest, name: string): string[] {
  const dest = `oci:${join(req.workDir, 'oci')}`;
  return req.platforms.length > 1 ? ['manifest', 'push', '--all', name, dest] : ['push', name, dest];
}

export class OciToolBuilder implements Builder {
  readonly exportKind = 'oci-layout' as const;

  constructor(readonly name: OciTool) {}

  async build(req: BuildRequest): Promise<BuildExport> {
    checkSupport(this.name, req);
    if (req.provenance || req.sbom) throw new Error(`Inputs 'provenance'/'sbom' are not supported with builder: ${this.name}; use builder: buildx`);
    if (req.sourceDateEpoch !== undefined) await this.checkEpochSupport(req.env);
    const name = `localhost/pinship-build-${Date.now().toString(36)}`;
    await execTool(this.name, ociToolBuildArgs(this.name, req, name), { stream: true, env: req.env, signal: req.signal });
    try {
      await execTool(this.name, ociToolPushArgs(this.name, req, name), { stream: true, env: req.env, signal: req.signal });
    } finally {
      // The local image is only a staging copy; the layout is what gets pushed.
      await execTool(this.name, req.platforms.length > 1 ? ['manifest', 'rm', name] : ['rmi', name], { env: req.env }).catch(() => undefined);
    }
    return { kind: 'oci-layout', dir: join(req.workDir, 'oci') };
  }

  /**
   * Older releases have only --timestamp, which sets every file's time rather than clamping newer ones and
   * passes no SOURCE_DATE_EPOCH to RUN steps: not what the input promises, so they are refused.
   */
  private async checkEpochSupport(env: NodeJS.ProcessEnv): Promise<void> {
    const help = await execTool(this.name, ['build', '--help'], { env }).then(
      (r) => r.stdout,
      () => '',
    );
    if (/--source-date-epoch\b/.test(help) && /--rewrite-timestamp\b/.test(help)) return;
    const version = await execTool(this.name, ['--version'], { env }).then(
      (r) => r.stdout.trim(),
      () => this.name,
    );
    throw new Error(
      `builder: ${this.name} cannot honour input 'source-date-epoch': ${version} has no --source-date-epoch/--rewrite-timestamp. Builders that can: buildx; ${OCI_TOOLS_WITH_EPOCH}`,
    );
  }
}
