import { probe } from '../../../util/exec.js';
import type { BuilderChoice } from '../settings.js';
import { BuildxBuilder, buildxDriver } from './buildx.js';
import { DockerBuilder } from './docker.js';
import { OciToolBuilder } from './buildah.js';
import type { Builder } from './types.js';

/**
 * `auto`: buildx if it answers, else the docker engine's classic builder, else buildah, else podman.
 * One `docker buildx inspect` both proves buildx works and names its driver.
 */
export async function selectBuilder(choice: BuilderChoice, buildxBuilder: string): Promise<Builder> {
  if (choice === 'buildx') return new BuildxBuilder(await buildxDriver(buildxBuilder));
  if (choice === 'docker') return new DockerBuilder();
  if (choice === 'buildah' || choice === 'podman') return new OciToolBuilder(choice);
  try {
    return new BuildxBuilder(await buildxDriver(buildxBuilder));
  } catch {
    // No buildx: fall through to the next tool.
  }
  if (await probe('docker', ['version', '--format', '{{.Server.Version}}'])) return new DockerBuilder();
  if (await probe('buildah', ['--version'])) return new OciToolBuilder('buildah');
  if (await probe('podman', ['--version'])) return new OciToolBuilder('podman');
  throw new Error(`Input 'builder: auto' found no builder: none of docker buildx, docker, buildah or podman works on this runner`);
}
