/**
 * `provenance`, `sbom` (true, false, or buildx's options) and `attests`, as build-push-action takes
 * them, and the buildx flags they become: each attestation type once, as buildx requires.
 */
import { describe, expect, test } from '@jest/globals';
import { readAttestations, type Attestations } from '../../src/commands/build/attestations.js';
import { buildxArgs } from '../../src/commands/build/builders/buildx.js';
import { unsupportedInputs } from '../../src/commands/build/builders/support.js';
import type { BuildRequest } from '../../src/commands/build/builders/types.js';
import { buildRequest } from '../helpers/build-request.js';
import { inputsRuntime } from '../helpers/runtime.js';

describe('readAttestations', () => {
  test.each<[string, Record<string, string>, Attestations]>([
    ['nothing: off', {}, { provenance: false, sbom: false, attests: [] }],
    ['true and false', { provenance: 'true', sbom: 'False' }, { provenance: true, sbom: false, attests: [] }],
    [
      "provenance with buildx's options",
      { provenance: 'mode=max,builder-id=https://ci.example/run/1' },
      { provenance: true, sbom: false, attests: ['type=provenance,mode=max,builder-id=https://ci.example/run/1'] },
    ],
    ['sbom with a generator', { sbom: 'generator=image' }, { provenance: false, sbom: true, attests: ['type=sbom,generator=image'] }],
    [
      'attests entries, one per line',
      { attests: 'type=sbom,generator=image\ntype=provenance,mode=max' },
      { provenance: true, sbom: true, attests: ['type=sbom,generator=image', 'type=provenance,mode=max'] },
    ],
    [
      'an attests entry that disables',
      { attests: 'type=provenance,disabled=true' },
      { provenance: false, sbom: false, attests: ['type=provenance,disabled=true'] },
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(readAttestations(inputsRuntime(inputs))).toEqual(expected);
  });

  test.each<[Record<string, string>, string]>([
    [{ provenance: 'yes' }, "Invalid input 'provenance': 'yes'. Expected true, false, or buildx's provenance options, e.g. mode=max"],
    [{ sbom: 'generator' }, "Invalid input 'sbom': 'generator'. Expected true, false, or buildx's sbom options"],
    [{ attests: 'type=slsa' }, "Invalid input 'attests': 'type=slsa'. Expected type=provenance or type=sbom"],
    [
      { provenance: 'mode=max', attests: 'type=provenance,mode=min' },
      "Invalid input 'attests': 'type=provenance,mode=min'. Expected one provenance attestation",
    ],
  ])('refused (row %#)', (inputs, message) => {
    expect(() => readAttestations(inputsRuntime(inputs))).toThrow(message);
  });
});

const req = (a: Attestations): BuildRequest => buildRequest(a);

describe('buildx flags: an --attest type replaces its shorthand, which buildx would call a duplicate', () => {
  test.each<[string, Attestations, string[]]>([
    ['booleans only', { provenance: true, sbom: false, attests: [] }, ['--provenance=true', '--sbom=false']],
    ['provenance options', { provenance: true, sbom: false, attests: ['type=provenance,mode=max'] }, ['--sbom=false', '--attest', 'type=provenance,mode=max']],
    [
      'both types as attests',
      { provenance: true, sbom: true, attests: ['type=sbom,generator=image', 'type=provenance,mode=max'] },
      ['--attest', 'type=sbom,generator=image', '--attest', 'type=provenance,mode=max'],
    ],
  ])('%s', (_name, a, flags) => {
    const args = buildxArgs(req(a), 'docker-container');
    expect(args.slice(args.indexOf('/ctx/Dockerfile') + 1, args.indexOf('--iidfile'))).toEqual(flags);
  });

  test('other builders refuse attestation options, naming them', () => {
    expect(unsupportedInputs('buildah', req({ provenance: true, sbom: false, attests: ['type=provenance,mode=max'] }))).toEqual([
      "'attests', or options in 'provenance'/'sbom' (type=provenance,mode=max: buildx)",
    ]);
  });
});
