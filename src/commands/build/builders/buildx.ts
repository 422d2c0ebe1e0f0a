import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { saveImage } from '../../../image/docker-engine.js';
import { execTool } from '../../../util/exec.js';
import { commonBuildFlags, type BuildExport, type Builder, type BuildRequest } from './types.js';
import { buildxSecretFlag } from '../secrets.js';
import { checkSupport, OCI_TOOLS_WITH_EPOCH } from './support.js';
import { builderBuildkit, epochSupport } from './buildkit-epoch.js';

/** Drivers that can write an OCI layout; the `docker` driver (without containerd) only loads into the engine. */
const OCI_DRIVERS = new Set(['docker-container', 'kubernetes', 'remote']);

/** Where buildx puts the result: an OCI layout directory (pushed from there), the docker engine (`--load`), or both. */
export interface BuildxOutputs {
  layout: boolean;
  load: boolean;
}

/**
 * A pushed image comes from an OCI layout with an OCI-capable driver, and with the `docker` driver
 * when the engine uses the containerd image store (`--load` + the iidfile would name a config digest
 * the engine does not know there); otherwise from the engine, through `--load`. The engine also gets
 * the image when the user keeps it (`load: true`, or `push: false`). With an OCI driver that is a
 * second exporter next to the layout (buildx and BuildKit 0.13 or later). The `docker` driver on a
 * containerd store only loads: BuildKit 0.13 in dockerd 26 wrote a layout without its manifest
 * beside `--load`; the engine holds the image as the OCI tree it pushes, and build() saves it from
 * there. An engine with the classic image store holds one platform per image, so a multi-platform
 * result stays a layout there (build() refuses `load: true`).
 */
export function buildxOutputs(req: Pick<BuildRequest, 'push' | 'load' | 'platforms'>, driver: string, containerdStore: boolean): BuildxOutputs {
  const loadable = containerdStore || req.platforms.length <= 1;
  const layout = OCI_DRIVERS.has(driver) ? req.push || !loadable : containerdStore && req.push && !req.load;
  return { layout, load: loadable && (!layout || req.load) };
}

/** The flags that say what is built, shared by a build and a `call`, which exports nothing (../call.ts). */
export function buildxInputFlags(req: BuildRequest): string[] {
  const args: string[] = [];
  if (req.buildxBuilder) args.push('--builder', req.buildxBuilder);
  args.push(...commonBuildFlags(req));
  if (req.sourceDateEpoch !== undefined) args.push('--build-arg', `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`);
  if (req.platforms.length) args.push('--platform', req.platforms.join(','));
  for (const c of req.buildContexts) args.push('--build-context', `${c.name}=${c.value}`);
  for (const f of req.noCacheFilters) args.push('--no-cache-filter', f);
  for (const a of req.allow) args.push('--allow', a);
  for (const s of req.secrets) args.push('--secret', buildxSecretFlag(s));
  for (const s of req.ssh) args.push('--ssh', s);
  for (const c of req.cacheFrom) args.push('--cache-from', c);
  return args;
}

/** `rewriteTimestamp`: the BuildKit exporting the image clamps its files' times to SOURCE_DATE_EPOCH (see buildkit-epoch.ts). */
export function buildxArgs(req: BuildRequest, driver: string, containerdStore = false, rewriteTimestamp = false): string[] {
  const args = ['buildx', 'build', ...buildxInputFlags(req)];
  for (const c of req.cacheTo) args.push('--cache-to', c);
  if (req.pull) args.push('--pull');
  // buildx refuses a type given both ways ("duplicate attestation field"): an --attest one replaces the shorthand.
  const typed = new Set(req.attests.map((a) => a.slice('type='.length).split(',')[0].toLowerCase()));
  if (!typed.has('provenance')) args.push(`--provenance=${req.provenance}`);
  if (!typed.has('sbom')) args.push(`--sbom=${req.sbom}`);
  for (const a of req.attests) args.push('--attest', a);
  // buildx refuses an iidfile beside a local or tar exporter; the metadata file names the image then.
  if (!req.outputs.length) args.push('--iidfile', join(req.workDir, 'iid'));
  args.push('--metadata-file', join(req.workDir, 'metadata.json'));
  const out = buildxOutputs(req, driver, containerdStore);
  const rewrite = rewriteTimestamp ? ',rewrite-timestamp=true' : '';
  if (out.layout) args.push('--output', `type=oci,dest=${join(req.workDir, 'oci')},tar=false${rewrite}`);
  // `--load` is `--output type=docker`, spelled out to carry the option.
  if (out.load) args.push(...(rewrite ? ['--output', `type=docker${rewrite}`] : ['--load']));
  // Beside pinship's own export, never instead of it: BuildKit 0.13 (dockerd 26, or a docker-container builder) runs several exporters.
  for (const o of req.outputs) args.push('--output', `type=${o.type},dest=${o.dest}${rewrite}`);
  // `--`: a context is never read as an option, whatever it looks like.
  args.push('--', req.context);
  return args;
}

/** The `Driver:` line of `docker buildx inspect`; the one call that also proves buildx works. */
export function parseBuildxDriver(inspect: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspect)?.[1];
}

const PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins',
];

/**
 * The buildx plugin binary the docker CLI would run, looked up where the CLI looks: DOCKER_CONFIG's
 * cli-plugins, then the system directories. Undefined when that is unclear (another docker context,
 * `cliPluginsExtraDirs` in config.json, no plugin found): callers then go through the docker CLI.
 */
export async function buildxPlugin(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.DOCKER_CONTEXT) return undefined;
  const config = env.DOCKER_CONFIG || join(homedir(), '.docker');
  try {
    const json = JSON.parse(await readFile(join(config, 'config.json'), 'utf8')) as { cliPluginsExtraDirs?: unknown; currentContext?: string };
    if (json.cliPluginsExtraDirs !== undefined || (json.currentContext && json.currentContext !== 'default')) return undefined;
  } catch {
    // No (readable) config.json: the CLI uses its defaults too.
  }
  return [join(config, 'cli-plugins'), ...PLUGIN_DIRS].map((d) => join(d, 'docker-buildx')).find((p) => existsSync(p));
}

/**
 * How buildx is started: its plugin binary directly, in the standalone mode buildx supports, or
 * `docker buildx`. Direct skips the docker CLI's start and the `docker-cli-plugin-metadata` run it
 * makes of the plugin before every command (~100-150 ms of each build here, bench/build.mjs).
 * buildx reads DOCKER_HOST, DOCKER_CONFIG and the config's auths itself either way.
 */
export interface BuildxCommand {
  cmd: string;
  /** Before buildx's own subcommand: `buildx` through the docker CLI, nothing standalone. */
  prefix: string[];
}

export const DOCKER_BUILDX: BuildxCommand = { cmd: 'docker', prefix: ['buildx'] };

export async function buildxCommand(env: NodeJS.ProcessEnv): Promise<BuildxCommand> {
  const plugin = await buildxPlugin(env);
  return plugin ? { cmd: plugin, prefix: [] } : DOCKER_BUILDX;
}

/** A plugin started by the docker CLI gets this variable; standalone, it must not be set or buildx waits for the CLI. */
export function standaloneEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND: _, ...rest } = env;
  return rest;
}

/**
 * The driver read from buildx's own state files, without starting the CLI (70 ms here): the
 * builder named by the input or BUILDX_BUILDER, else `current` for this docker endpoint, else the
 * endpoint's default builder, which uses the docker driver. Undefined when the state is unclear
 * (another docker context, no plugin found: `command` goes through the docker CLI); the caller then
 * asks `docker buildx inspect`.
 */
export async function buildxDriverFromState(builder: string, env: NodeJS.ProcessEnv, command: BuildxCommand): Promise<string | undefined> {
  const config = env.DOCKER_CONFIG || join(homedir(), '.docker');
  if (command === DOCKER_BUILDX) return undefined;
  let name = builder || env.BUILDX_BUILDER || '';
  if (!name) {
    const endpoint = env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    try {
      const current = JSON.parse(await readFile(join(config, 'buildx', 'current'), 'utf8')) as { Key?: string; Name?: string; Global?: boolean };
      if (current.Name && (current.Global || current.Key === endpoint)) name = current.Name;
      else if (current.Key !== endpoint) return undefined;
    } catch {
      // No `current`: this endpoint's default builder.
    }
  }
  if (!name || name === 'default') return 'docker';
  try {
    const instance = JSON.parse(await readFile(join(config, 'buildx', 'instances', name), 'utf8')) as { Driver?: string };
    return instance.Driver;
  } catch {
    return undefined;
  }
}

/** `command` is how this run starts buildx (buildxCommand), found once per build. */
export async function buildxDriver(builder: string, command: BuildxCommand): Promise<string> {
  const known = await buildxDriverFromState(builder, process.env, command);
  if (known) return known;
  const { stdout } = await execTool('docker', ['buildx', 'inspect', ...(builder ? ['--', builder] : [])]);
  const driver = parseBuildxDriver(stdout);
  if (!driver) throw new Error(`could not read the driver of buildx builder '${builder || 'default'}' from 'docker buildx inspect'`);
  return driver;
}

export class BuildxBuilder implements Builder {
  readonly name = 'buildx' as const;
  readonly exportKind: BuildExport['kind'];

  /** `containerdStore`: the docker engine keeps images in containerd (see engine-store.ts). */
  constructor(
    private readonly driver: string,
    private readonly containerdStore = false,
    readonly command: BuildxCommand = DOCKER_BUILDX,
  ) {
    this.exportKind = OCI_DRIVERS.has(driver) || containerdStore ? 'oci-layout' : 'docker-image';
  }

  async build(req: BuildRequest): Promise<BuildExport> {
    checkSupport(this.name, req);
    const oci = this.exportKind === 'oci-layout';
    if (!oci && req.platforms.length > 1) {
      throw new Error(
        `Input 'platforms': '${req.platforms.join(',')}' needs a buildx builder that can export multi-platform images (docker-container, kubernetes or remote driver, see 'buildx-builder'; or the docker driver on an engine with the containerd image store); the '${this.driver}' driver builds one platform here`,
      );
    }
    if (!oci && (req.provenance || req.sbom || req.attests.length)) {
      throw new Error(
        `Inputs 'provenance'/'sbom' need a buildx builder with the docker-container, kubernetes or remote driver, or the docker driver on an engine with the containerd image store; the '${this.driver}' driver cannot attach attestations here`,
      );
    }
    if (req.load && !this.containerdStore && req.platforms.length > 1) {
      throw new Error(
        `Input 'load': a ${req.platforms.length}-platform image (${req.platforms.join(',')}) cannot be loaded into a docker engine with the classic image store, which holds one platform per image; drop 'load', build one platform, or use an engine with the containerd image store`,
      );
    }
    if (req.outputs.length) await this.checkExporters(req);
    const rewrite = req.sourceDateEpoch !== undefined && (await this.rewritesTimestamps(req));
    // buildxArgs spells the `docker buildx build ...` argv; the command says how buildx is reached.
    const args = [...this.command.prefix, ...buildxArgs(req, this.driver, this.containerdStore, rewrite).slice(1)];
    await execTool(this.command.cmd, args, { stream: true, env: standaloneEnv(req.env), signal: req.signal });
    const out = buildxOutputs(req, this.driver, this.containerdStore);
    const dir = join(req.workDir, 'oci');
    if (out.layout) return { kind: 'oci-layout', dir, engineImage: out.load ? await this.loadedImageId(req.workDir) : undefined };
    const imageId = await this.loadedImageId(req.workDir);
    if (!this.containerdStore || !req.push) return { kind: 'docker-image', imageId };
    await saveImage(imageId, dir, req.env);
    return { kind: 'oci-layout', dir, engineImage: imageId };
  }

  /** `outputs` run beside pinship's own export, and a BuildKit before 0.13 runs one exporter only. */
  private async checkExporters(req: BuildRequest): Promise<void> {
    const { version, source } = await builderBuildkit(this.driver, req.buildxBuilder, this.command, standaloneEnv(req.env));
    if (version && version[0] === 0 && version[1] < 13) {
      throw new Error(
        `buildx cannot honour input 'outputs' with ${source}: its BuildKit ${version.join('.')} runs one exporter, pinship's own. Builders that can: buildx with BuildKit 0.13 or later (docker engine 26+, or a docker-container builder)`,
      );
    }
  }

  /**
   * Whether this builder's BuildKit can take the files' times from SOURCE_DATE_EPOCH too; one that
   * cannot even set the image's time from it is refused, rather than build an image stamped "now".
   * The docker driver loads into the engine through the engine's exporter, which unpacks the image:
   * BuildKit 0.13 refuses rewrite-timestamp there ("conflicts with unpack").
   */
  private async rewritesTimestamps(req: BuildRequest): Promise<boolean> {
    const { version, source } = await builderBuildkit(this.driver, req.buildxBuilder, this.command, standaloneEnv(req.env));
    const engineLoads = this.driver === 'docker' && buildxOutputs(req, this.driver, this.containerdStore).load;
    const support = version ? epochSupport(version, OCI_DRIVERS.has(this.driver) || (this.containerdStore && !engineLoads)) : 'config';
    const shown = version ? `BuildKit ${version.join('.')}` : 'a BuildKit of unknown version';
    if (support === 'none') {
      throw new Error(
        `buildx cannot honour input 'source-date-epoch' with ${source}: its ${shown} ignores SOURCE_DATE_EPOCH (0.11 or later sets the image's time, docker engine 24+). Builders that can: buildx with BuildKit 0.13 or later (docker engine 26+, or a docker-container builder); ${OCI_TOOLS_WITH_EPOCH}`,
      );
    }
    if (support === 'config') {
      const why =
        engineLoads && this.containerdStore && epochSupport(version ?? [0, 0], true) === 'rewrite'
          ? `the image goes into the engine ('load', or 'push: false') through the engine's exporter, which cannot rewrite them; push without 'load' for a reproducible digest`
          : `rewrite-timestamp needs BuildKit 0.13 writing the image itself: docker engine 26+ with the containerd image store, or a docker-container builder`;
      req.warn?.(
        `source-date-epoch: ${source} with ${shown} sets the image's time from it but leaves the files' times in the layers as built (${why}); a step that writes files still changes the digest`,
      );
    }
    return support === 'rewrite';
  }

  /**
   * The engine's ID of the loaded image: the config digest on the classic store (from the metadata
   * file when `outputs` left the iidfile out); in the
   * containerd store images are known by their manifest (or index) digest, which the metadata file
   * names.
   */
  private async loadedImageId(workDir: string): Promise<string> {
    const iid = await readFile(join(workDir, 'iid'), 'utf8').catch(() => undefined);
    if (!this.containerdStore && iid) return iid.trim();
    const metadata = JSON.parse(await readFile(join(workDir, 'metadata.json'), 'utf8')) as Record<string, string | undefined>;
    const digest = metadata[this.containerdStore ? 'containerimage.digest' : 'containerimage.config.digest'];
    if (!digest) throw new Error(`buildx wrote no image digest to ${join(workDir, 'metadata.json')}: cannot name the loaded image in the engine`);
    return digest;
  }
}
