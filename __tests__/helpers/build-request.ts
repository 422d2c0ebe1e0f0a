import type { BuildRequest } from '../../src/commands/build/builders/types.js';

/** A build request with every option at its default, for argv tests to override one field at a time. */
export const BASE_REQUEST: BuildRequest = {
  context: '/ctx',
  file: '/ctx/Dockerfile',
  buildArgs: {},
  labels: {},
  target: '',
  platforms: [],
  secrets: [],
  buildContexts: [],
  noCacheFilters: [],
  cgroupParent: '',
  allow: [],
  outputs: [],
  cacheFrom: [],
  cacheTo: [],
  noCache: false,
  pull: false,
  network: '',
  ssh: [],
  addHosts: [],
  shmSize: '',
  ulimits: [],
  provenance: false,
  sbom: false,
  attests: [],
  buildxBuilder: '',
  push: true,
  load: false,
  workDir: '/w',
  env: {},
};

export const buildRequest = (over: Partial<BuildRequest> = {}): BuildRequest => ({ ...BASE_REQUEST, ...over });
