import type { Runtime } from '../../host/runtime.js';
import { bpaList } from '../../settings/bpa-list.js';
import { InputError } from '../../settings/inputs.js';

/** `provenance`, `sbom` and `attests`, as docker/build-push-action takes them. */
export interface Attestations {
  /** Whether the build makes provenance (buildx's own, or pinship's for the other builders) and an SBOM. */
  provenance: boolean;
  sbom: boolean;
  /** buildx `--attest` values: the option forms of provenance/sbom (`mode=max`) and the `attests` entries. */
  attests: string[];
}

/** `attestations`: where buildx's attestation manifests go, in the image index or OCI 1.1 referrers of their platform manifests. */
export const ATTESTATION_PLACES = ['index', 'referrers'] as const;
export type AttestationPlace = (typeof ATTESTATION_PLACES)[number];

const OPTIONS = /^[a-z][a-z0-9-]*=[^,]*(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const ATTEST = /^type=(provenance|sbom)(,[a-z][a-z0-9-]*=[^,]*)*$/i;
const disabled = (spec: string): boolean => /(^|,)disabled=true(,|$)/i.test(spec);

/** true, false, or buildx's options for that attestation (`mode=max,builder-id=...`, `generator=...`). */
function readToggle(rt: Runtime, name: 'provenance' | 'sbom', example: string): { on: boolean; spec?: string } {
  const v = rt.input(name);
  if (!v || /^false$/i.test(v)) return { on: false };
  if (/^true$/i.test(v)) return { on: true };
  if (!OPTIONS.test(v)) throw new InputError(name, v, `Expected true, false, or buildx's ${name} options, e.g. ${example}.`);
  const spec = `type=${name},${v}`;
  return { on: !disabled(spec), spec };
}

export function readAttestations(rt: Runtime): Attestations {
  const provenance = readToggle(rt, 'provenance', 'mode=max or mode=max,builder-id=https://ci.example/run/1');
  const sbom = readToggle(rt, 'sbom', 'generator=docker/buildkit-syft-scanner');
  const out: Attestations = { provenance: provenance.on, sbom: sbom.on, attests: [] };
  const typed = new Set<string>();
  const add = (input: string, spec: string): void => {
    const type = spec.slice('type='.length).split(',')[0].toLowerCase();
    if (typed.has(type)) throw new InputError(input, spec, `Expected one ${type} attestation: 'provenance', 'sbom' and 'attests' give it once between them.`);
    typed.add(type);
    out.attests.push(spec);
    if (type === 'provenance') out.provenance = !disabled(spec);
    else out.sbom = !disabled(spec);
  };
  if (provenance.spec) add('provenance', provenance.spec);
  if (sbom.spec) add('sbom', sbom.spec);
  for (const entry of bpaList(rt.input('attests'), { ignoreComma: true, trim: true })) {
    if (!ATTEST.test(entry))
      throw new InputError(
        'attests',
        entry,
        'Expected type=provenance or type=sbom with buildx options, e.g. type=sbom,generator=image or type=provenance,mode=max.',
      );
    add('attests', entry);
  }
  return out;
}
