import type { Runtime } from '../../host/runtime.js';
import { readDeployFilesSettings, type DeployFilesSettings } from '../../settings/deployfiles.js';
import { boolInput, choiceInput, InputError, linesInput } from '../../settings/inputs.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';
import { readSignatureCheck, type SignatureCheck } from '../../settings/signing.js';

export const DRIFT = ['error', 'warn', 'ignore'] as const;
export type Drift = (typeof DRIFT)[number];
export const PLATFORM_PINS = ['error', 'warn', 'ignore'] as const;
export type PlatformPins = (typeof PLATFORM_PINS)[number];
export const TEMPLATE_POLICIES = ['notice', 'error'] as const;
export type TemplatePolicy = (typeof TEMPLATE_POLICIES)[number];

/** `command: verify`, parsed at the edge. */
export interface VerifySettings extends DeployFilesSettings {
  /** `allowed-registries`: registry hosts or repository prefixes; empty allows any. */
  allowedRegistries: string[];
  /**
   * `registry-check`: ask each pinned image's registry that its digest exists (and about drift and signatures).
   * Off, verify decides from the files alone, for a gate that must not depend on, or call, any registry.
   */
  registryCheck: boolean;
  /**
   * `templates`: an image position a template fills (`{{ .Values.image }}`, `${{ matrix.image }}`) names no
   * image verify can check. `notice` reports it; `error` fails, for a gate that must see every image.
   */
  templates: TemplatePolicy;
  /** `drift`: what a `tag@digest` whose tag moved is. */
  drift: Drift;
  /**
   * `platform-pins`: what a `tag@digest` pinned to one platform's manifest of the tag's multi-platform
   * index is. Nodes of any other platform cannot run it; a deliberate single-platform pin says `ignore`.
   */
  platformPins: PlatformPins;
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
  const registryCheck = boolInput(rt, 'registry-check', true);
  const signatures = readSignatureCheck(rt, 'verify');
  if (!registryCheck && (signatures.requireSignature || signatures.requireProvenance)) {
    throw new InputError(
      'registry-check',
      'false',
      'Signatures and provenance are read from the registry: set registry-check: true, or drop require-signature and require-provenance.',
    );
  }
  return {
    ...files,
    allowedRegistries,
    registryCheck,
    templates: choiceInput(rt, 'templates', TEMPLATE_POLICIES, 'notice'),
    drift: choiceInput(rt, 'drift', DRIFT, 'error'),
    platformPins: choiceInput(rt, 'platform-pins', PLATFORM_PINS, 'warn'),
    signatures,
    // username/password apply to the first allowed registry.
    registry: await readRegistrySettings(rt, allowedRegistries[0]?.split('/')[0]),
  };
}
