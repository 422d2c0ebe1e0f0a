import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execTool } from '../../util/exec.js';
import { commonBuildFlags, type BuildExport, type Builder, type BuildRequest } from './types.js';

export type OciTool = 'buildah' | 'podman';

/** buildah and podman share their build flags; podman is buildah underneath. */
export function ociToolBuildArgs(tool: OciTool, req: BuildRequest, name: string): string[] {
  const args = ['build', ...commonBuildFlags(req)];
  // chroot isolation runs RUN steps without user namespaces or a network setup, which CI containers lack.
  if (tool === 'buildah') args.push('--isolation', 'chroot');
  if (req.platforms.length > 1) args.push('--platform', req.platforms.join(','), '--manifest', name);
  else {
    if (req.platforms.length) args.push('--platform', req.platforms[0]!);
    args.push('--tag', name);
  }
  for (const s of req.secrets) args.push('--secret', s);
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  for (const c of req.cacheTo) args.push('--cache-to', c);
  if (req.pull) args.push('--pull=always');
  args.push('--iidfile', join(req.workDir, 'iid'), req.context);
  return args;
}

/** Export into an OCI layout that pinship pushes itself: every platform for a manifest list. */
export function ociToolPushArgs(tool: OciTool, req: BuildRequest, name: string): string[] {
  const dest = `oci:${join(req.workDir, 'oci')}`;
  return req.platforms.length > 1 ? ['manifest', 'push', '--all', name, dest] : ['push', name, dest];
}

export class OciToolBuilder implements Builder {
  constructor(readonly name: OciTool) {}

  async build(req: BuildRequest): Promise<BuildExport> {
    if (req.provenance || req.sbom) throw new Error(`Inputs 'provenance'/'sbom' are not supported with builder: ${this.name}; use builder: buildx`);
    const name = `localhost/pinship-build-${Date.now().toString(36)}`;
    await execTool(this.name, ociToolBuildArgs(this.name, req, name), { stream: true });
    await readFile(join(req.workDir, 'iid'), 'utf8');
    try {
      await execTool(this.name, ociToolPushArgs(this.name, req, name), { stream: true });
    } finally {
      // The local image is only a staging copy; the layout is what gets pushed.
      await execTool(this.name, req.platforms.length > 1 ? ['manifest', 'rm', name] : ['rmi', name]).catch(() => undefined);
    }
    return { kind: 'oci-layout', dir: join(req.workDir, 'oci') };
  }
}
