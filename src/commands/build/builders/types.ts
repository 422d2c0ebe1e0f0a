import type { BuildSettings } from '../settings.js';
import type { BuildSecret } from '../secrets.js';

/**
 * What every builder is asked to build: the build inputs as the settings parsed them (their
 * comments live there), with labels that already include the automatic OCI labels.
 */
export type BuildRequest = Pick<
  BuildSettings,
  | 'context'
  | 'file'
  | 'buildArgs'
  | 'labels'
  | 'target'
  | 'platforms'
  | 'cacheFrom'
  | 'cacheTo'
  | 'noCache'
  | 'pull'
  | 'network'
  | 'ssh'
  | 'addHosts'
  | 'shmSize'
  | 'ulimits'
  | 'buildContexts'
  | 'noCacheFilters'
  | 'cgroupParent'
  | 'allow'
  | 'outputs'
  | 'provenance'
  | 'sbom'
  | 'attests'
  | 'buildxBuilder'
  | 'push'
  | 'load'
  | 'call'
> & {
  /** The secrets, each in a file: those given by value written into `workDir` (see secrets.ts). */
  secrets: BuildSecret[];
  /** A private directory for the export, iidfile and metadata file. */
  workDir: string;
  /** The builder's environment: a private DOCKER_CONFIG when the inputs carry credentials for base images. */
  env: NodeJS.ProcessEnv;
  /** `source-date-epoch` in seconds (`commit` resolved): the time the image and its files record. */
  sourceDateEpoch?: number;
  /** Where a builder reports what it does less well than asked (a warning annotation). */
  warn?: (message: string) => void;
  /** Aborted when the build must stop (push access refused meanwhile): the builder's tool is killed. */
  signal?: AbortSignal;
};

/**
 * How the built image leaves the builder: an OCI image layout directory (pushed as is), or an
 * image in the docker engine (saved with `docker save` and pushed from there; with `push: false`,
 * tagged there by its engine image ID). A layout's `engineImage` is a copy the build also left in
 * the docker engine (`load: true`, or the classic builder, which always builds into the engine):
 * tagged there when the user asked to keep it, removed otherwise.
 */
export type BuildExport = { kind: 'oci-layout'; dir: string; engineImage?: string } | { kind: 'docker-image'; imageId: string };

/** The image a build left in the docker engine, if any. */
export const engineImageOf = (e: BuildExport): string | undefined => (e.kind === 'docker-image' ? e.imageId : e.engineImage);

export type BuilderName = 'buildx' | 'docker' | 'buildah' | 'podman';

export interface Builder {
  readonly name: BuilderName;
  /** Known before building, so work that only one kind of export needs can start alongside. */
  readonly exportKind: BuildExport['kind'];
  /** Runs the build; the export is complete when this resolves. */
  build(req: BuildRequest): Promise<BuildExport>;
}

/** Flags every builder spells the same way. */
export function commonBuildFlags(req: BuildRequest): string[] {
  const args = ['--file', req.file];
  if (req.target) args.push('--target', req.target);
  for (const [k, v] of Object.entries(req.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  if (req.noCache) args.push('--no-cache');
  if (req.network) args.push('--network', req.network);
  for (const h of req.addHosts) args.push('--add-host', h);
  if (req.shmSize) args.push('--shm-size', req.shmSize);
  for (const u of req.ulimits) args.push('--ulimit', u);
  if (req.cgroupParent) args.push('--cgroup-parent', req.cgroupParent);
  return args;
}
