/**
 * The local test environment that `bash scripts/test-env.sh` starts and
 * describes in `$PINSHIP_TEST_DIR/env.json` (default /var/tmp/pinship-test):
 * a dockerd on a private socket, three CNCF distribution registries on
 * 127.0.0.1 (plain HTTP; TLS + htpasswd; TLS + token auth) and the token
 * server of scripts/token-server.mjs, all trusting one test CA.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegistryInfo {
  /** host:port, always on 127.0.0.1 */
  host: string;
  /** HTTPS with a certificate from the test CA (caFile) */
  tls: boolean;
}

export interface AuthRegistryInfo extends RegistryInfo {
  username: string;
  password: string;
}

export interface TokenRegistryInfo extends AuthRegistryInfo {
  /** the token server's endpoint, as the registry's Bearer challenge names it */
  realm: string;
  /** the `service` of the challenge, and the `aud` of its tokens */
  service: string;
  /** the `iss` of the tokens */
  issuer: string;
  /** a token-server user granted only `pull`, whatever it asks for */
  readonlyUsername: string;
  readonlyPassword: string;
}

export interface TestEnv {
  /** PINSHIP_TEST_DIR: pid files, logs, data */
  dir: string;
  /** the test dockerd, e.g. unix:///var/tmp/pinship-test/docker.sock (no bridge network: RUN needs `--network none` with buildx) */
  dockerHost: string;
  /** dockerd 26.1 with the containerd image store, e.g. unix:///var/tmp/pinship-test/docker26.sock (same flags as dockerHost's) */
  dockerHost26: string;
  /** a DOCKER_CONFIG logged in to the basic and token registries */
  dockerConfig: string;
  /** PEM of the test CA that signed every TLS endpoint */
  caFile: string;
  /** the system CA bundle plus caFile: SSL_CERT_FILE for Go tools (docker buildx fetching tokens) */
  caBundle: string;
  /**
   * CONTAINERS_CONF for buildah and podman: a network backend without plugins, so that a RUN
   * step needing a container network fails instead of creating a bridge (podman needs `--network none`)
   */
  containersConf: string;
  /** CONTAINERS_REGISTRIES_CONF for buildah and podman: the plain registry is insecure (HTTP) */
  registriesConf: string;
  registries: {
    plain: RegistryInfo;
    basic: AuthRegistryInfo;
    token: TokenRegistryInfo;
  };
  tokenServer: {
    /** https://127.0.0.1:PORT */
    url: string;
    /** GET: {"tokens": N, "requests": N, "denied": N, "anonymous": N, "ttlSeconds": N}; counts since it started */
    statsUrl: string;
    /** lifetime of issued tokens; POST {url}/admin/ttl?seconds=N (or =default) changes it at run time */
    ttlSeconds: number;
    /** one JSON line per issued or denied token */
    log: string;
  };
  /** FROM scratch + static busybox, in the plain registry (same digest in basic and token, same repository and tag) */
  baseImage: string;
  baseRepository: string;
  baseTag: string;
  baseImageDigest: string;
  /**
   * an OCI index of linux/amd64 and linux/arm64 images, each FROM scratch with its own architecture's
   * static busybox, in the plain registry (same digest in basic and token, same repository and tag);
   * arm64 RUN steps run under qemuAarch64
   */
  multiBaseImage: string;
  multiBaseRepository: string;
  multiBaseDigest: string;
  /** QEMU's user-mode aarch64 emulator, registered with binfmt_misc with the fix-binary flag */
  qemuAarch64: string;
  /** a static busybox binary on this machine */
  busybox: string;
  /** `docker buildx` works */
  buildx: boolean;
  /** cosign 2.x (static, from the next Debian release): give it SSL_CERT_FILE=caBundle and DOCKER_CONFIG=dockerConfig */
  cosign: string;
  /** oras 1.2 (same origin and needs as cosign) */
  oras: string;
  /** the Node.js major action.yml's `runs.using` names (node24), official Linux build, to run dist/ on */
  node24: string;
  /**
   * a docker-buildx plugin new enough for --call (0.15+; Debian unstable's, unpacked, not installed):
   * tests put it in a private DOCKER_CONFIG's cli-plugins; the system's buildx (0.13) stays the default
   */
  buildxCall: string;
  /** sigstore-go 0.7 (same origin): verifies a Sigstore bundle against an artifact or its digest, by identity and trusted root */
  sigstoreGoVerification: string;
  /** cosign 3.x, from Debian unstable (signs and reads Sigstore bundle referrers by default) */
  cosign3: string;
}

export function testEnvDir(): string {
  return process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test';
}

const REQUIRED = ['dir', 'dockerHost', 'dockerHost26', 'caFile', 'containersConf', 'registriesConf', 'registries', 'baseImage', 'busybox', 'buildx'] as const;

let cached: { path: string; env: TestEnv } | undefined;

/** Reads env.json; throws telling how to start the environment when it is missing or unreadable. */
export function loadTestEnv(): TestEnv {
  const path = join(testEnvDir(), 'env.json');
  if (cached?.path === path) return cached.env;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : String(err);
    throw new Error(`No pinship test environment: cannot read ${path} (${why}). Start it with: bash scripts/test-env.sh`, { cause: err });
  }
  let env: TestEnv;
  try {
    env = JSON.parse(text) as TestEnv;
  } catch (err) {
    throw new Error(`${path} is not valid JSON (${String(err)}). Re-run: bash scripts/test-env.sh`, { cause: err });
  }
  const missing = REQUIRED.filter((k) => env[k] === undefined);
  if (missing.length || !env.registries?.plain || !env.registries.basic || !env.registries.token) {
    throw new Error(
      `${path} lacks ${missing.length ? missing.join(', ') : 'registries'}; it was written by an older scripts/test-env.sh. Re-run: bash scripts/test-env.sh`,
    );
  }
  // An env.json rewritten by an older test-env.sh (another checkout sharing the environment) lacks
  // the tool paths; the tools stay where this script's version installed them.
  env.cosign ??= join(env.dir, 'tools', 'bin', 'cosign');
  env.oras ??= join(env.dir, 'tools', 'bin', 'oras');
  env.buildxCall ??= join(env.dir, 'tools', 'buildx-call', 'usr', 'libexec', 'docker', 'cli-plugins', 'docker-buildx');
  env.sigstoreGoVerification ??= join(env.dir, 'tools', 'sigstore-go', 'usr', 'bin', 'sigstore-go-verification');
  env.cosign3 ??= join(env.dir, 'tools', 'cosign3', 'usr', 'bin', 'cosign');
  // Likewise the arm64 emulator and the two-platform base, which outlive an older script's run.
  env.multiBaseRepository ??= 'pinship-test/busybox-multi';
  env.multiBaseImage ??= `${env.registries.plain.host}/${env.multiBaseRepository}:latest`;
  env.multiBaseDigest ??= '';
  env.qemuAarch64 ??= join(env.dir, 'qemu', 'qemu-aarch64');
  env.node24 ??= join(env.dir, 'node24', 'bin', 'node');
  cached = { path, env };
  return env;
}

/** A repository name no other test uses: `pinship-test/${prefix}-${8 hex}`. */
export function uniqueRepo(prefix: string): string {
  return `pinship-test/${prefix}-${randomBytes(4).toString('hex')}`;
}
