/** What every builder is asked to build; labels already include the automatic OCI labels. */
export interface BuildRequest {
  context: string;
  file: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target: string;
  platforms: string[];
  secrets: string[];
  cacheFrom: string[];
  cacheTo: string[];
  noCache: boolean;
  pull: boolean;
  network: string;
  provenance: boolean;
  sbom: boolean;
  /** buildx only: a named builder instance. */
  buildxBuilder: string;
  /** A private directory for the export, iidfile and metadata file. */
  workDir: string;
  /** The builder's environment: a private DOCKER_CONFIG when the inputs carry credentials for base images. */
  env: NodeJS.ProcessEnv;
}

/**
 * How the built image leaves the builder: an OCI image layout directory (pushed as is), or an
 * image in the docker engine (saved with `docker save` and pushed from there).
 */
export type BuildExport = { kind: 'oci-layout'; dir: string } | { kind: 'docker-image'; imageId: string };

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
  return args;
}
