import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult } from '../main.js';
import { RegistryClient } from '../registry/client.js';
import type { Runtime } from '../runtime.js';
import { credentialSource } from '../settings/registry.js';
import { computeLabels, computeTags } from '../tags/index.js';
import { registerCleanup } from '../util/cleanup.js';
import { execTool } from '../util/exec.js';
import { findBaseLayers } from '../image/base-layers.js';
import { readDockerImage } from '../image/docker-save.js';
import type { ManifestNode } from '../image/model.js';
import { readOciLayout } from '../image/oci-layout.js';
import { selectBuilder } from './builders/detect.js';
import type { BuildExport } from './builders/types.js';
import { loadGitContext } from './git-context.js';
import { buildOutputs, metaOutputs } from './outputs.js';
import { publish } from './publish.js';
import { readBuildSettings, type BuildSettings } from './settings.js';

export interface Meta {
  tags: string[];
  version: string;
  labels: Record<string, string>;
}

async function computeMeta(s: BuildSettings, rt: Runtime): Promise<Meta> {
  const ctx = await loadGitContext(rt.env);
  const now = new Date();
  const result = computeTags(s.tagRules, s.flavor, ctx, { prSha: s.prSha, now });
  for (const w of result.warnings) rt.warning(w);
  const labels = computeLabels(ctx, result.version, s.labels, now, { prSha: s.prSha });
  if (!ctx.repository) {
    // A local run outside Actions has no repository: no label rather than a wrong URL.
    for (const k of ['title', 'url', 'source']) if (!(`org.opencontainers.image.${k}` in s.labels)) delete labels[`org.opencontainers.image.${k}`];
  }
  return { tags: result.tags, version: result.version, labels };
}

async function exportToTree(exported: BuildExport, s: BuildSettings, client: RegistryClient, workDir: string, rt: Runtime): Promise<ManifestNode> {
  if (exported.kind === 'oci-layout') return readOciLayout(exported.dir);
  return readDockerImage(exported.imageId, workDir, (config) =>
    findBaseLayers(client, s.file, s.buildArgs, `${config.os ?? 'linux'}/${config.architecture ?? 'amd64'}${config.variant ? '/' + config.variant : ''}`, rt.info),
  );
}

export async function runBuildCommand(rt: Runtime, command: 'build' | 'meta'): Promise<CommandResult> {
  const s = await readBuildSettings(rt, command);
  const meta = await computeMeta(s, rt);
  if (command === 'meta') return metaOutputs(s, meta);

  const client = new RegistryClient({
    credentials: credentialSource(s.registry, rt.env),
    insecureRegistries: s.registry.insecureRegistries,
    userAgent: 'pinship',
    onRetry: (m) => rt.info(`retrying: ${m}`),
  });
  try {
    // Wrong credentials fail here, before minutes of building; the tokens fetched are reused by the push.
    if (s.push) await Promise.all(s.images.map((repo) => client.checkPushAccess(repo)));
    const workDir = await mkdtemp(join(rt.env.RUNNER_TEMP || tmpdir(), 'pinship-build-'));
    registerCleanup(rt, workDir);
    const builder = await selectBuilder(s.builder, s.buildxBuilder);
    rt.info(`pinship: building with ${builder.name}`);
    const started = Date.now();
    const exported = await builder.build({ ...s, labels: meta.labels, workDir });
    const buildMs = Date.now() - started;
    if (!s.push) {
      if (exported.kind === 'docker-image') {
        for (const repo of s.images) for (const tag of meta.tags) await execTool('docker', ['tag', exported.imageId, `${repo}:${tag}`]);
      }
      return buildOutputs({ s, meta, builder: builder.name, exported, buildMs, pushMs: 0 });
    }
    const root = await exportToTree(exported, s, client, workDir, rt);
    const pushStarted = Date.now();
    const pushed = await publish(client, s, root, meta.tags, rt);
    const result = buildOutputs({ s, meta, builder: builder.name, exported, root, pushed, buildMs, pushMs: Date.now() - pushStarted });
    if (s.digestFile) await writeFile(s.digestFile, result.outputs.metadata + '\n');
    return result;
  } finally {
    client.close();
  }
}
