import type { Runtime } from '../host/runtime.js';
import { RegistryClient } from '../registry/client.js';
import { ChainCredentials, DockerConfigCredentials, StaticCredentials, type CredentialSource } from '../registry/credentials.js';
import { inputCredentials, type RegistrySettings } from './registry.js';

// Apart from src/settings/registry.ts so that reading the settings (and failing on them) loads no
// registry client: commands import this module only once their inputs have been read.

/** Explicit inputs, then the GitHub token for ghcr.io, then the docker config and its helpers. */
export function credentialSource(s: RegistrySettings, env: NodeJS.ProcessEnv): CredentialSource {
  return new ChainCredentials([new StaticCredentials(inputCredentials(s, env)), new DockerConfigCredentials(env.DOCKER_CONFIG || undefined)]);
}

/** The registry client every command uses: the settings' credentials and insecure hosts, retries told to the log. */
export function registryClient(s: RegistrySettings, rt: Runtime): RegistryClient {
  return new RegistryClient({
    credentials: credentialSource(s, rt.env),
    insecureRegistries: s.insecureRegistries,
    userAgent: 'pinship',
    retry: { attempts: s.attempts },
    ...(s.idleTimeoutMs ? { idleTimeoutMs: s.idleTimeoutMs } : {}),
    onRetry: (m) => rt.info(`retrying: ${m}`),
    onWarning: (m) => rt.warning(m),
  });
}
