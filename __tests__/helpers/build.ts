import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestEnv } from './env.js';
import { testCertsDir } from './registry.js';

/** A build context whose last layer is new every time (random payload), on top of `from`. */
export function buildContext(dockerfile: (payload: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-ctx-'));
  writeFileSync(join(dir, 'payload.txt'), randomBytes(16).toString('hex'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile('payload.txt'));
  return dir;
}

/** docker/login-action's registry-auth YAML for the token registry. */
export function tokenRegistryAuth(env: TestEnv): string {
  const t = env.registries.token;
  return `- registry: ${t.host}\n  username: ${t.username}\n  password: ${t.password}\n`;
}

/** The runner environment a build step gets here: the test dockerd, the test CA, and buildah/podman's registry config. */
export function builderEnv(env: TestEnv): Record<string, string> {
  return {
    DOCKER_HOST: env.dockerHost,
    PINSHIP_CERTS_D: testCertsDir(env),
    CONTAINERS_REGISTRIES_CONF: env.registriesConf,
    CONTAINERS_CONF: env.containersConf,
  };
}
