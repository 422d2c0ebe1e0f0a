import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Runtime } from '../../host/runtime.js';
import { inputCredentials } from '../../settings/registry.js';
import { builderAuthConfig } from './builder-auth.js';
import { writeSecretFiles, type BuildSecret } from './secrets.js';
import type { BuildSettings } from './settings.js';

/** What the builder runs with: its environment (a private registry login) and the secrets as files. */
export interface BuilderAccess {
  env: NodeJS.ProcessEnv;
  secrets: BuildSecret[];
}

/**
 * Runs `fn` with the builder's registry credentials and the build's secret files in `workDir`, both
 * removed when it ends, whatever the end: they live no longer than the builder that reads them.
 */
export async function withBuilderAccess<T>(
  s: BuildSettings,
  workDir: string,
  insecureHosts: string[],
  rt: Runtime,
  fn: (access: BuilderAccess) => Promise<T>,
): Promise<T> {
  const access = { credentials: inputCredentials(s.registry, rt.env), insecureHosts, log: rt.info };
  const auth = await builderAuthConfig(access, join(workDir, 'docker-config'), rt.env);
  const secretsDir = join(workDir, 'secrets');
  try {
    return await fn({ env: auth.env, secrets: writeSecretFiles(s.secrets, secretsDir) });
  } finally {
    await auth.remove().catch((e: unknown) => rt.warning(`could not remove the builder's credentials: ${String(e)}`));
    await rm(secretsDir, { recursive: true, force: true }).catch((e: unknown) => rt.warning(`could not remove the build's secret files: ${String(e)}`));
  }
}
