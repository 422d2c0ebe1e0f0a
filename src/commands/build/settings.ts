import { join } from 'node:path';
import type { Runtime } from '../../host/runtime.js';
import type { Repository } from '../../registry/reference.js';
import { readImages } from '../../settings/images.js';
import { boolInput, choiceInput, InputError, keyValueInput, linesInput, listInput, operandInput } from '../../settings/inputs.js';
import type { DigestFileTarget } from './digest-file.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';
import type { Annotation } from '../../image/annotations.js';
import { parseAnnotations } from '../../settings/annotations.js';
import { readContext } from '../../settings/context.js';
import type { TagSettings } from '../../settings/tagging.js';
import { readSecrets, type SecretSource } from './secrets.js';
import { readBpaBuildInputs, type BpaBuildInputs } from './bpa-inputs.js';
import { ATTESTATION_PLACES, readAttestations, type AttestationPlace, type Attestations } from './attestations.js';
import { readSourceDateEpoch, type SourceDateEpoch } from '../../settings/source-date-epoch.js';
import { parseCall, refuseImageWishes, type BuildCall } from './call-input.js';

/** A size as buildx, docker and buildah read `--shm-size` (docker/go-units RAMInBytes: 2g, 2gb, 2GiB; units are powers of 1024). */
const SIZE = /^\d+(\.\d+)?[kmgtp]?i?b?$/i;
export const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];

/** Everything `command: build` (and `meta`) needs, parsed once at the edge. */
export interface BuildSettings extends TagSettings, BpaBuildInputs, Attestations {
  /** `images`: target repositories, lower-cased; the first one names `image` and takes `username`/`password`. */
  images: Repository[];
  /** `context`: build context directory. */
  context: string;
  /** `file`: Dockerfile path; defaults to `<context>/Dockerfile`. */
  file: string;
  /** Whether `file` was given (error messages say when the default was missing). */
  fileGiven: boolean;
  /** `build-args`: KEY=VALUE lines. */
  buildArgs: Record<string, string>;
  /** `target`: build stage. */
  target: string;
  /** `platforms`: e.g. linux/amd64,linux/arm64; empty means the builder's own platform. */
  platforms: string[];
  /** `secrets` (ID=VALUE), `secret-files` (ID=PATH), `secret-envs` (ID=ENV_NAME), as docker/build-push-action reads them. */
  secrets: SecretSource[];
  /** `cache-from` / `cache-to`: builder cache specs, passed through. */
  cacheFrom: string[];
  cacheTo: string[];
  /** `no-cache`, `pull`. */
  noCache: boolean;
  pull: boolean;
  /** `network`: RUN network mode (e.g. none, host). */
  network: string;
  /** `ssh`: SSH agent sockets or keys RUN steps may use (`default`, `id=path`), one per line. */
  ssh: string[];
  /** `add-hosts`: extra `host:ip` entries for RUN steps' /etc/hosts. */
  addHosts: string[];
  /** `shm-size`: /dev/shm size of RUN steps (`128m`, `2g`); '' for the builder's own. */
  shmSize: string;
  /** `ulimit`: RUN steps' resource limits, `name=soft[:hard]` per line (`nofile=1024:2048`). */
  ulimits: string[];
  /** `builder`: which tool builds. */
  builder: BuilderChoice;
  /** `buildx-builder`: a named buildx builder instance. */
  buildxBuilder: string;
  /** `attestations`: buildx's attestation manifests in the index, or pushed as referrers of their platform manifests. */
  attestationsAt: AttestationPlace;
  /** `push`: push at all; false builds only (outputs name the local image). */
  push: boolean;
  /** `load`: keep the built image in the docker engine, tagged, after pushing it (always so with push: false). */
  load: boolean;
  /** `push-by-digest`: push manifests without tags, for `command: merge`. */
  pushByDigest: boolean;
  /** `annotations`: [level:]KEY=VALUE lines; unprefixed ones go on the image manifests, as buildx puts them. */
  annotations: Annotation[];
  /** `source-date-epoch`: the time the image records, for a rebuild of the same sources that gives the same digest. */
  sourceDateEpoch: SourceDateEpoch | undefined;
  /** `call`: a question to the Dockerfile frontend (check, outline, targets) instead of a build; nothing is pushed. */
  call?: BuildCall;
  /** `digest-file`: where the JSON record of the result goes, checked to lie inside the workspace or RUNNER_TEMP (build only). */
  digestFile: DigestFileTarget | undefined;
  registry: RegistrySettings;
}

function readPlatforms(rt: Runtime): string[] {
  const platforms = listInput(rt, 'platforms');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p)) throw new InputError('platforms', p, 'Expected os/arch[/variant], e.g. linux/amd64 or linux/arm/v7.');
  }
  return platforms;
}

/** A value of input `name`, which must match `form` (`expected` says how): it becomes a builder flag's value, never a flag. */
function formValue(name: string, value: string, form: RegExp, expected: string): string {
  if (value && !form.test(value)) throw new InputError(name, value, expected);
  return value;
}

export async function readBuildSettings(rt: Runtime): Promise<BuildSettings> {
  const push = boolInput(rt, 'push', true);
  const call = parseCall(rt.input('call'));
  // A call pushes nothing: the repositories it would have gone to need not be named.
  const parsedImages = readImages(rt, push && !call);
  const images = parsedImages.map((p) => p.repository);
  const context = readContext(rt);
  const pushByDigest = boolInput(rt, 'push-by-digest', false);
  if (pushByDigest && !push) throw new Error(`Inputs 'push-by-digest: true' and 'push: false' contradict each other`);
  // The tag rules' parser and digest-file's checks (node:fs/promises) load after the first checks: a run
  // without images failed ~0.25x of bare Node's start-up later with them loaded up front.
  const [{ readTagSettings }, { parseDigestFile }] = await Promise.all([import('../../settings/tagging.js'), import('./digest-file.js')]);
  const tagging = readTagSettings(rt);
  const buildArgs = keyValueInput(rt, 'build-args');
  const sourceDateEpoch = readSourceDateEpoch(rt);
  if (sourceDateEpoch && 'SOURCE_DATE_EPOCH' in buildArgs) {
    throw new InputError(
      'build-args',
      `SOURCE_DATE_EPOCH=${buildArgs.SOURCE_DATE_EPOCH}`,
      "Expected the time in input 'source-date-epoch' alone: it passes SOURCE_DATE_EPOCH to the builder itself.",
    );
  }
  const settings: BuildSettings = {
    images,
    context,
    file: rt.input('file') || join(context, 'Dockerfile'),
    fileGiven: rt.input('file') !== '',
    buildArgs,
    target: rt.input('target'),
    platforms: readPlatforms(rt),
    secrets: readSecrets(rt),
    ...readBpaBuildInputs(rt),
    cacheFrom: linesInput(rt, 'cache-from'),
    cacheTo: linesInput(rt, 'cache-to'),
    noCache: boolInput(rt, 'no-cache', false),
    pull: boolInput(rt, 'pull', false),
    network: rt.input('network'),
    ssh: linesInput(rt, 'ssh').map((v) =>
      formValue('ssh', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*(=\S.*)?$/, 'Expected an SSH agent id, alone or with sockets or keys: default, or github=/path/to/key.'),
    ),
    addHosts: listInput(rt, 'add-hosts').map((v) =>
      formValue('add-hosts', v, /^[A-Za-z0-9_][A-Za-z0-9_.-]*[:=]\S+$/, 'Expected host:ip, e.g. docker:10.180.0.1.'),
    ),
    shmSize: formValue('shm-size', rt.input('shm-size'), SIZE, 'Expected a size such as 128m, 2g or 2GiB.'),
    ulimits: linesInput(rt, 'ulimit').map((v) => formValue('ulimit', v, /^[a-z]+=-?\d+(:-?\d+)?$/, 'Expected name=soft[:hard], e.g. nofile=1024:2048.')),
    builder: choiceInput(rt, 'builder', BUILDERS, 'auto'),
    buildxBuilder: operandInput(rt, 'buildx-builder', '', 'the name of a buildx builder'),
    ...tagging,
    push,
    pushByDigest,
    load: boolInput(rt, 'load', false),
    // Off by default (build-push-action's buildx adds min provenance): one platform stays one manifest.
    ...readAttestations(rt),
    attestationsAt: choiceInput(rt, 'attestations', ATTESTATION_PLACES, 'index'),
    annotations: parseAnnotations(linesInput(rt, 'annotations'), 'manifest'),
    sourceDateEpoch,
    call,
    digestFile: await parseDigestFile(rt.input('digest-file'), rt.env),
    registry: await readRegistrySettings(rt, images[0]?.registry.host),
  };
  if (call) refuseImageWishes(call, settings);
  return settings;
}
