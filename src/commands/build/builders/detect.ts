import { probe } from '../../../util/exec.js';
import type { BuilderChoice } from '../settings.js';
import { BuildxBuilder, buildxCommand, buildxDriver } from './buildx.js';
import { DockerBuilder } from './docker.js';
import { engineUsesContainerdStore } from './engine-store.js';
import { OciToolBuilder } from './buildah.js';
import type { Builder } from './types.js';

/**
 * The engine's image store matters only to the `docker` driver, which builds inside the engine;
 * it is asked alongside the driver (never rejects), as the default builder is the common case.
 */
async function buildx(buildxBuilder: string): Promise<BuildxBuilder> {
  const store = engineUsesContainerdStore();
  const command = await buildxCommand(process.env);
  const driver = await buildxDriver(buildxBuilder, command);
  return new BuildxBuilder(driver, driver === 'docker' && (await store), command);
}

/**
 * `auto`: buildx if it answers, else the docker engine's classic builder, else buildah, else podman.
 * One `docker buildx inspect` both proves buildx works and names its driver.
 */
export async function selectBuilder(choice: BuilderChoice, buildxBuilder: string): Promise<Builder> {
  if (choice === 'buildx') return buildx(buildxBuilder);
  if (choice === 'docker') return new DockerBuilder(await engineUsesContainerdStore());
  if (choice === 'buildah' || choice === 'podman') return new OciToolBuilder(choice);
  try {
    return await buildx(buildxBuilder);
  } catch {
    // No buildx: fall through to the next tool.
  }
  if (await probe('docker', ['version', '--format', '{{.Server.Version}}'])) return new DockerBuilder(await engineUsesContainerdStore());
  if (await probe('buildah', ['--version'])) return new OciToolBuilder('buildah');
  if (await probe('podman', ['--version'])) return new OciToolBuilder('podman');
  throw new Error(`Input 'builder: auto' found no builder: none of docker buildx, docker, buildah or podman works on this runner`);
}
