import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveImage } from '../../../image/docker-engine.js';
import { execTool } from '../../../util/exec.js';
import { commonBuildFlags, type BuildExport, type Builder, type BuildRequest } from './types.js';
import { checkSupport } from './support.js';

/** The docker CLI's classic builder (DOCKER_BUILDKIT=0), for engines without BuildKit. */
export function dockerArgs(req: BuildRequest): string[] {
  const args = ['build', ...commonBuildFlags(req)];
  if (req.platforms.length) args.push('--platform', req.platforms[0]);
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  if (req.pull) args.push('--pull');
  args.push('--iidfile', join(req.workDir, 'iid'), '--', req.context);
  return args;
}

export class DockerBuilder implements Builder {
  readonly name = 'docker' as const;
  readonly exportKind: BuildExport['kind'];

  /**
   * `containerdStore` (see engine-store.ts): the engine keeps the image as an OCI manifest with
   * compressed layers (the base image's blobs as pulled), and `docker save` writes that tree as an
   * OCI layout, which is pushed as it is.
   */
  constructor(private readonly containerdStore = false) {
    this.exportKind = containerdStore ? 'oci-layout' : 'docker-image';
  }

  async build(req: BuildRequest): Promise<BuildExport> {
    checkSupport(this.name, req);
    const unsupported = [
      req.platforms.length > 1 && `platforms (${req.platforms.join(',')}: one platform only)`,
      req.ssh.length && 'ssh',
      req.cacheTo.length && 'cache-to',
      (req.provenance || req.sbom) && 'provenance/sbom',
    ].filter(Boolean);
    if (unsupported.length) throw new Error(`Input 'builder: docker' (the classic builder) does not support ${unsupported.join(', ')}; use builder: buildx`);
    await execTool('docker', dockerArgs(req), { stream: true, env: { ...req.env, DOCKER_BUILDKIT: '0' }, signal: req.signal });
    const imageId = (await readFile(join(req.workDir, 'iid'), 'utf8')).trim();
    if (!this.containerdStore || !req.push) return { kind: 'docker-image', imageId };
    const dir = join(req.workDir, 'oci');
    await saveImage(imageId, dir, req.env);
    return { kind: 'oci-layout', dir, engineImage: imageId };
  }
}
