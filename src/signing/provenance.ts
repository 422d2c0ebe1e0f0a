import type { KeyObject } from 'node:crypto';
import type { Digest } from '../registry/digest.js';
import { signBytes } from './signature.js';

export const IN_TOTO = 'application/vnd.in-toto+json';
export const DSSE = 'application/vnd.dsse.envelope.v1+json';
export const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const BUILD_TYPE = 'https://github.com/pinship/pinship/build/v1';

/** What shaped a build, as the SLSA v1 predicate records it. */
export interface BuildFacts {
  /** Repository URL and commit the image was built from (the OCI source/revision labels). */
  source?: string;
  revision?: string;
  builder: string;
  pinshipVersion: string;
  /** Inputs that shaped the image: file, target, platforms, build-arg names. */
  parameters: Record<string, unknown>;
  /** Images the build started from, by digest. */
  baseImages: Array<{ uri: string; digest: Digest }>;
  env: NodeJS.ProcessEnv;
}

/** An in-toto v1 statement with a SLSA v1 provenance predicate for `subject`. */
export function slsaStatement(name: string, subject: Digest, f: BuildFacts): Buffer {
  const run = f.env.GITHUB_RUN_ID
    ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_REPOSITORY}/actions/runs/${f.env.GITHUB_RUN_ID}/attempts/${f.env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : undefined;
  const deps = [
    ...(f.source && f.revision ? [{ uri: `git+${f.source}`, digest: { gitCommit: f.revision } }] : []),
    ...f.baseImages.map((b) => ({ uri: b.uri, digest: { [b.digest.algorithm]: b.digest.hex } })),
  ];
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { [subject.algorithm]: subject.hex } }],
    predicateType: SLSA_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: { ...f.parameters, ...(f.env.GITHUB_WORKFLOW_REF ? { workflow: f.env.GITHUB_WORKFLOW_REF } : {}) },
        internalParameters: { builder: f.builder },
        resolvedDependencies: deps,
      },
      runDetails: {
        builder: {
          id: f.env.GITHUB_WORKFLOW_REF ? `${f.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${f.env.GITHUB_WORKFLOW_REF}` : 'pinship-cli',
          version: { pinship: f.pinshipVersion },
        },
        metadata: { ...(run ? { invocationId: run } : {}), startedOn: new Date().toISOString() },
      },
    },
  };
  return Buffer.from(JSON.stringify(statement));
}

/** DSSE's pre-authentication encoding: what the envelope's signature covers. */
export function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}

/** The statement in a signed DSSE envelope, as `cosign attest` stores it. */
export function dsseEnvelope(statement: Buffer, key: KeyObject): Buffer {
  const sig = signBytes(key, pae(IN_TOTO, statement));
  return Buffer.from(JSON.stringify({ payloadType: IN_TOTO, payload: statement.toString('base64'), signatures: [{ keyid: '', sig }] }));
}
