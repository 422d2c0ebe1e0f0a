import { cliVersion } from '../../version.js';
import { attestPlan, type PublishPlan } from '../../publish/index.js';
import type { RegistryClient } from '../../registry/client.js';
import type { Digest } from '../../registry/digest.js';
import { Reference } from '../../registry/reference.js';
import type { Runtime } from '../../host/runtime.js';
import type { SigningKey } from '../../signing/keys.js';
import { SLSA_V1, slsaStatement } from '../../signing/provenance.js';
import type { Attached } from '../../publish/signed-plan.js';
import type { Meta } from '../../metadata/compute.js';
import type { BuildSettings } from './settings.js';

/** Base images by digest, as the registry serves them now (the build pulled them moments ago); unresolvable ones are left out. */
async function resolvedBases(client: RegistryClient, images: string[]): Promise<Array<{ uri: string; digest: Digest }>> {
  const out = [];
  for (const image of images) {
    try {
      const ref = Reference.parse(image, { defaultTag: true });
      out.push({ uri: `pkg:docker/${ref.repository}@${ref.identifier()}`, digest: ref.digest ?? (await client.resolve(ref)).digest });
    } catch {
      // a base the registry client cannot name or reach stays out of the statement, not the build
    }
  }
  return out;
}

/**
 * pinship's own SLSA v1 provenance for builders that make none (buildx makes its own, inside the
 * index): attached as a cosign attestation when a key is given, as an OCI referrer otherwise.
 */
export async function withProvenance(
  client: RegistryClient,
  plan: PublishPlan,
  s: BuildSettings,
  meta: Meta,
  builder: string,
  key: SigningKey | undefined,
  rt: Runtime,
  baseImages: string[],
): Promise<{ plan: PublishPlan; attached: Attached[] }> {
  const statement = slsaStatement(s.images[0].toString(), plan.root.digest, {
    source: meta.labels['org.opencontainers.image.source'],
    revision: meta.labels['org.opencontainers.image.revision'],
    builder,
    pinshipVersion: cliVersion(),
    parameters: { file: s.file, target: s.target, platforms: s.platforms, buildArgs: Object.keys(s.buildArgs) },
    baseImages: await resolvedBases(client, baseImages),
    env: rt.env,
  });
  const attested = attestPlan(plan, statement, SLSA_V1, key);
  rt.info(`provenance of ${plan.root.digest}: ${key ? `cosign attestation ${attested.tag}` : `referrer ${attested.signature.digest}`}`);
  const tag = attested.tag || `referrer of ${plan.root.digest}`;
  return { plan: attested.plan, attached: [{ kind: 'attestation', subject: plan.root.digest.toString(), digest: attested.signature.digest.toString(), tag }] };
}
