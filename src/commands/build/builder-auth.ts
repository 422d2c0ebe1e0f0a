import { chmod, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { normalizeAuthHost, type Credential } from '../../registry/credentials.js';
import { registriesConfTwin } from './builder-registries.js';

interface DockerConfigFile {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

/** docker's key for a registry in config.json: Docker Hub keeps its historical URL. */
function authKey(host: string): string {
  return normalizeAuthHost(host) === 'docker.io' ? 'https://index.docker.io/v1/' : normalizeAuthHost(host);
}

/** What the builder needs beyond the user's own configuration. */
export interface BuilderAccess {
  /** The inputs' credentials, for pulling base images. */
  credentials: Array<{ registry: string; credential: Credential }>;
  /** Registries buildah and podman must reach over HTTP or unverified TLS (see builder-registries.ts). */
  insecureHosts: string[];
  log: (message: string) => void;
}

/**
 * A private DOCKER_CONFIG for the builder, so it can pull base images with the credentials given as
 * inputs without a login step and without a password on any command line. It starts from the
 * user's own config (buildx builders, plugins, contexts stay visible through links) and adds the
 * inputs' credentials; buildah and podman read the same file as REGISTRY_AUTH_FILE, and its
 * registries.conf twin as CONTAINERS_REGISTRIES_CONF. The directory is private (0700, files 0600),
 * removed right after the build and again by the post step.
 */
export async function builderAuthConfig(
  access: BuilderAccess,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ env: NodeJS.ProcessEnv; remove: () => Promise<void> }> {
  const registries = await registriesConfTwin(access.insecureHosts, env);
  if (!access.credentials.length && !registries) return { env, remove: async () => undefined };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const out: NodeJS.ProcessEnv = { ...env };
  if (registries) {
    for (const note of registries.notes) access.log(note);
    out.CONTAINERS_REGISTRIES_CONF = join(dir, 'registries.conf');
    await writeFile(out.CONTAINERS_REGISTRIES_CONF, registries.text, { mode: 0o600 });
  }
  if (access.credentials.length) {
    out.DOCKER_CONFIG = dir;
    out.REGISTRY_AUTH_FILE = await writeDockerConfig(access.credentials, dir, env);
  }
  return { env: out, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function writeDockerConfig(credentials: BuilderAccess['credentials'], dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const original = env.DOCKER_CONFIG || join(homedir(), '.docker');
  let config: DockerConfigFile = {};
  try {
    config = JSON.parse(await readFile(join(original, 'config.json'), 'utf8')) as DockerConfigFile;
  } catch {
    // No config of the user's: start empty.
  }
  const auths = { ...(config.auths ?? {}) };
  const helpers = { ...(config.credHelpers ?? {}) };
  // Inputs win over the user's config; the first entry for a registry wins among the inputs.
  for (const { registry, credential } of [...credentials].reverse()) {
    const key = authKey(registry);
    auths[key] = { auth: Buffer.from(`${credential.username}:${credential.password}`).toString('base64') };
    for (const h of Object.keys(helpers)) if (normalizeAuthHost(h) === normalizeAuthHost(registry)) delete helpers[h];
  }
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify({ ...config, auths, credHelpers: helpers }), { mode: 0o600 });
  try {
    for (const entry of await readdir(original))
      if (entry !== 'config.json' && entry !== 'registries.conf') await symlink(join(original, entry), join(dir, entry));
  } catch {
    // Nothing to link: no config directory of the user's.
  }
  return file;
}
