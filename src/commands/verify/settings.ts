import type { Runtime } from '../../runtime.js';
import { readDeployFilesSettings, type DeployFilesSettings } from '../../settings/deployfiles.js';
import { choiceInput, InputError, linesInput } from '../../settings/inputs.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';
import { readSignatureCheck, type SignatureCheck } from '../../settings/signing.js';

export const DRIFT = ['error', 'warn', 'ignore'] as const;
export type Drift = (typeof DRIFT)[number];

/** `command: verify`, parsed at the edge. */
export interface VerifySettings extends DeployFilesSettings {
  /** `allowed-registries`: registry hosts or repository prefixes; empty allows any. */
  allowedRegistries: string[];
  /** `drift`: what a `tag@digest` whose tag moved is. */
  drift: Drift;
  registry: RegistrySettings;
  /** `public-key`, `require-signature`: a key alone reports bad signatures as warnings. */
  signatures: SignatureCheck;
}

export async function readVerifySettings(rt: Runtime): Promise<VerifySettings> {
  const files = readDeployFilesSettings(rt);
  const allowedRegistries = linesInput(rt, 'allowed-registries');
  for (const p of allowedRegistries) {
    if (!/^(?:[A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?(?:\/[a-z0-9._/-]+)?$/.test(p)) {
      throw new InputError('allowed-registries', p, 'Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.');
    }
  }
  return {
    ...files,
    allowedRegistries,
    drift: choiceInput(rt, 'drift', DRIFT, 'error'),
    signatures: readSignatureCheck(rt, 'verify'),
    // username/password apply to the first allowed registry.
    registry: await readRegistrySettings(rt, allowedRegistries[0]?.split('/')[0]),
  };
}
