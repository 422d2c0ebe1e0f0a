import { randomBytes, randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Registry, Repository } from '../../src/registry/reference.js';
import { events, postEntry, runAction, startAction, type ActionRun, type StartedAction } from '../helpers/action.js';
import { buildContext, tokenRegistryAuth } from '../helpers/build.js';
import { expectNoSecret } from '../helpers/secrets.js';
import { uniqueRepo } from '../helpers/env.js';
import { withFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, tagsOf, testCertsDir, testClient } from '../helpers/registry.js';
import { pushBlob, pushManifest } from '../promote/fixtures.js';
import { MediaType } from '../../src/registry/mediatypes.js';

const env = loadTestEnv();
const client = testClient(env);
afterAll(() => client.close());

const plain = (prefix: string): Repository => new Repository(new Registry(env.registries.plain.host), uniqueRepo(prefix));

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!check()) throw new Error(`never saw ${what}`);
}

/** What a cancelled workflow does: SIGINT, then SIGTERM (the runner waits 7.5 s between them; we do not). */
async function cancel(step: StartedAction): Promise<ActionRun> {
  step.child.kill('SIGINT');
  setTimeout(() => step.child.kill('SIGTERM'), 200).unref();
  return step.done;
}

/** Runs the post step as the runner would after a cancelled main step; then only the runner's files remain. */
async function expectCleanAfterPost(run: ActionRun): Promise<void> {
  const post = await runAction({}, events.pushMain(), { RUNNER_TEMP: run.runnerTemp }, run.state, postEntry);
  expect(post.code).toBe(0);
  const own = new Set(run.runnerFiles.map((f) => f.slice(run.runnerTemp.length + 1)));
  expect(readdirSync(run.runnerTemp).filter((f) => !own.has(f))).toEqual([]);
}

/** Processes on this machine whose command line holds `text`: a builder's RUN step runs in a container, visible here as root. */
function processesWith(text: string): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(text)) lines.push(`${pid} ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return lines;
}

function expectCancelled(run: ActionRun): void {
  expect(run.code).not.toBe(0);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^::error::pinship was cancelled \(SIG(INT|TERM)\) before it finished/);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
}

// buildx RUN steps need `network: none` here (the environment has no bridge network); the classic builder runs them as they are.
test.each(['docker', 'buildx'])(
  '%s: a build cancelled while its builder runs stops the builder, pushes nothing, and the post step leaves RUNNER_TEMP clean',
  async (builder) => {
    const marker = randomBytes(6).toString('hex');
    // A sleep of its own length: a shell may exec its last command, so the sleep's own command line is what names this step.
    const sleep = `sleep ${100_000 + randomInt(900_000)}`;
    const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\nRUN echo "started-"${marker} && ${sleep}\n`);
    const image = plain(`cancel-build-${builder}`);
    // Credentials make pinship write a private docker config for the builder: it must not outlive the cancellation either.
    const inputs = {
      images: image.toString(),
      context: ctx,
      builder,
      'registry-auth': tokenRegistryAuth(env),
      ...(builder === 'buildx' ? { network: 'none' } : {}),
    };
    const step = startAction(inputs, events.pushMain(), {
      DOCKER_HOST: env.dockerHost,
      PINSHIP_CERTS_D: testCertsDir(env),
    });
    await until('the builder running the slow step', () => step.log().includes(`started-${marker}`));
    await until(`${sleep} running`, () => processesWith(sleep).length > 0);
    const run = await cancel(step);
    expectCancelled(run);
    // The builder stopped the step, not only pinship its client: BuildKit cancels within moments.
    await until('the RUN step gone', () => processesWith(sleep).length === 0);
    expectNoSecret(run, [env.registries.token.password]);
    expect(run.state.cleanupPaths).toContain('pinship-build-');
    expect(await tagsOf(client, image)).toEqual([]);
    await expectCleanAfterPost(run);
  },
  120_000,
);

test('a large promote cancelled mid-upload abandons its uploads, moves no tag, and leaves nothing behind', async () => {
  const source = plain('cancel-src');
  const layers = [];
  for (let i = 0; i < 3; i++) layers.push(await pushBlob(client, source, randomBytes(8 * 1024 * 1024), MediaType.OciLayerGzip));
  const config = await pushBlob(
    client,
    source,
    Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) } })),
    MediaType.OciConfig,
  );
  await pushManifest(client, source, { schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers }, MediaType.OciManifest, 'v1');
  const dest = plain('cancel-dest');
  await withFaultProxy(env.registries.plain.host, { stallUploads: true }, async (proxy) => {
    const step = startAction({ command: 'promote', source: `${source}:v1`, images: `${proxy.host}/${dest.path}`, tags: 'stable' }, events.pushMain());
    await until('an upload in flight', () => proxy.stalled.held > 0);
    const run = await cancel(step);
    expectCancelled(run);
    // The uploads never end by themselves: that the step finished at all means it dropped them.
    await until('every held upload dropped', () => proxy.stalled.abandoned === proxy.stalled.held);
    expect(proxy.seen.some((r) => r.method === 'PUT' && /\/manifests\//.test(r.path))).toBe(false);
    await expectCleanAfterPost(run);
  });
  expect(await tagsOf(client, dest)).toEqual([]);
}, 120_000);
