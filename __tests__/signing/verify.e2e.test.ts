import { Registry, Repository } from '../../src/registry/reference.js';
import { events, runAction } from '../helpers/action.js';
import { tokenRegistryAuth } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { viaProxy, withFaultProxy } from '../helpers/fault-proxy.js';
import { loadTestEnv, testCertsDir, testClient } from '../helpers/registry.js';
import { pushIndex } from '../promote/fixtures.js';
import { cosign } from './cosign.js';
import { annotations, workspace } from './deploy.js';

const env = loadTestEnv();
const client = testClient(env);
const tool = cosign(env);
afterAll(() => client.close());

const PASSWORD = 'pw-for-tests';
const repo = (kind: 'plain' | 'token', prefix: string): Repository => new Repository(new Registry(env.registries[kind].host), uniqueRepo(prefix));

const verify = (ws: string, inputs: Record<string, string>) =>
  runAction({ command: 'verify', files: 'k8s/*.yaml', 'registry-auth': tokenRegistryAuth(env), ...inputs }, events.pushMain(), {
    GITHUB_WORKSPACE: ws,
    PINSHIP_CERTS_D: testCertsDir(env),
  });

test('verify with public-key: an image signed by cosign passes; unsigned and wrong-key images fail at their file:line', async () => {
  const [ours, theirs] = [await tool.keyPair(PASSWORD), await tool.keyPair(PASSWORD)];
  const signed = repo('token', 'cosigned');
  const signedIndex = await pushIndex(client, signed, { tag: '1.0' });
  await tool.sign(`${signed}@${signedIndex.digest}`, ours.keyFile, PASSWORD);
  const unsigned = repo('plain', 'unsigned');
  const unsignedIndex = await pushIndex(client, unsigned, { tag: '1.0' });
  const other = repo('plain', 'otherkey');
  const otherIndex = await pushIndex(client, other, { tag: '1.0' });
  await tool.sign(`${other}@${otherIndex.digest}`, theirs.keyFile, PASSWORD);

  const good = await verify(workspace([`${signed}:1.0@${signedIndex.digest}`]), { 'public-key': ours.pub, 'require-signature': 'true' });
  expect(annotations(good.stdout)).toEqual([]);
  expect(good.code).toBe(0);

  const ws = workspace([`${signed}:1.0@${signedIndex.digest}`, `${unsigned}:1.0@${unsignedIndex.digest}`, `${other}:1.0@${otherIndex.digest}`]);
  const bad = await verify(ws, { 'public-key': ours.pub, 'require-signature': 'true' });
  expect(bad.code).toBe(1);
  expect(annotations(bad.stdout)).toEqual([
    `k8s/app.yaml:6 error ${unsigned}@${unsignedIndex.digest} is not signed by public-key: no signature: ${unsigned}:sha256-${unsignedIndex.digest.hex}.sig does not exist and no referrer of ${unsignedIndex.digest} is a cosign signature (the image is unsigned)`,
    `k8s/app.yaml:7 error ${other}@${otherIndex.digest} is not signed by public-key: no valid signature for the public key: ${other}:sha256-${otherIndex.digest.hex}.sig holds a signature the public key does not verify (1 in all)`,
  ]);
  // a key without require-signature reports the same as warnings and passes
  const lenient = await verify(ws, { 'public-key': ours.pub });
  expect(lenient.code).toBe(0);
  expect(annotations(lenient.stdout).map((a) => a.split(' ').slice(0, 2).join(' '))).toEqual(['k8s/app.yaml:6 warning', 'k8s/app.yaml:7 warning']);
});

test('one signature check per digest: three spellings of one pinned digest are reported at each line, its signature asked for once at the registry', async () => {
  const { pub } = await tool.keyPair(PASSWORD);
  await withFaultProxy(env.registries.plain.host, {}, async (proxy) => {
    const unsigned = viaProxy(proxy, repo('plain', 'unsigned-spellings'));
    const index = await pushIndex(client, unsigned, { tag: '1.0' });
    const before = proxy.seen.length;
    const ws = workspace([`${unsigned}:1.0@${index.digest}`, `${unsigned}:1.1@${index.digest}`, `${unsigned}@${index.digest}`]);
    // No tag lookups: neither drift nor platform pins are asked about.
    const run = await verify(ws, { 'public-key': pub, drift: 'ignore', 'platform-pins': 'ignore' });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout).map((a) => a.split(' ').slice(0, 3).join(' '))).toEqual([
      `k8s/app.yaml:5 warning ${unsigned}@${index.digest}`,
      `k8s/app.yaml:6 warning ${unsigned}@${index.digest}`,
      `k8s/app.yaml:7 warning ${unsigned}@${index.digest}`,
    ]);
    // Counted at the registry: the .sig tag and the referrers of the one digest, each asked for once.
    const asked = proxy.seen.slice(before).map((r) => `${r.method} ${r.path.replace(`/v2/${unsigned.path}/`, '').replace(/\?.*$/, '')}`);
    // A HEAD, which Docker Hub does not count as a pull: there is no such tag, so no GET follows.
    expect(asked.filter((r) => r.includes('.sig'))).toEqual([`HEAD manifests/sha256-${index.digest.hex}.sig`]);
    expect(asked.filter((r) => r.startsWith('GET referrers/'))).toEqual([`GET referrers/${index.digest}`]);
    // pinship's own count agrees: three references checked to exist, and one signature lookup.
    expect((JSON.parse(run.outputs.metadata) as { requests: number }).requests).toBe(3 + 1);
  });
});
