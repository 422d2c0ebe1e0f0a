import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildSettings } from '../../src/commands/build/settings.js';
import { readMetaSettings } from '../../src/commands/meta/settings.js';
import { readMergeSettings } from '../../src/commands/merge/settings.js';
import { readPinSettings } from '../../src/commands/pin/settings.js';
import { readPromoteSettings } from '../../src/commands/promote/settings.js';
import { checkForm, readEnvironmentSettings } from '../../src/commands/promote/environment/settings.js';
import { readVerifySettings } from '../../src/commands/verify/settings.js';
import { COMMAND_INPUTS, COMMAND_SUMMARIES, COMMANDS, ignoredInputWarnings, type Command } from '../../src/app/catalog.js';
import { inputNames } from '../../src/host/input-names.js';
import { inputsRuntime, type InputsRuntime } from '../helpers/runtime.js';
import { timeoutInput } from '../../src/settings/reliability.js';
import { readSignatureCheck, readSigner } from '../../src/settings/signing.js';
import { readAttest } from '../../src/settings/attest.js';

const workspace = mkdtempSync(join(tmpdir(), 'pinship-command-inputs-'));
const digest = `sha256:${'a'.repeat(64)}`;

/** Enough valid input for each command's settings reader to read to the end. */
const VALID: Record<Command, Record<string, string>> = {
  build: { images: '127.0.0.1:5000/acme/app' },
  meta: { images: '127.0.0.1:5000/acme/app' },
  promote: { source: '127.0.0.1:5000/acme/app:1', images: '127.0.0.1:5000/acme/prod' },
  merge: { images: '127.0.0.1:5000/acme/app', digests: digest },
  pin: { files: '**/*.yaml' },
  verify: { files: '**/*.yaml' },
};

/** What a run reads, in the order it does: main's `timeout`, the settings, then what execute reads (signing). */
const READERS: Record<Command, (rt: InputsRuntime) => Promise<unknown>> = {
  build: async (rt) => [timeoutInput(rt), await readBuildSettings(rt), readSigner(rt), readAttest(rt, '')],
  meta: async (rt) => [timeoutInput(rt), await readMetaSettings(rt)],
  // Both forms: `source` (one image) and `files` (every image the files pin), each read as its run reads it.
  promote: async (rt) => {
    const environment = inputsRuntime({ files: '**/*.yaml', map: '127.0.0.1:5000/acme/ => 127.0.0.1:5001/acme/' }, rt.env);
    const read: unknown[] = [timeoutInput(rt), checkForm(rt), await readPromoteSettings(rt), readSigner(rt), readSignatureCheck(rt, 'promote')];
    read.push(checkForm(environment), await readEnvironmentSettings(environment), readSigner(environment), readSignatureCheck(environment, 'promote'));
    for (const n of environment.asked) rt.asked.add(n);
    return read;
  },
  merge: async (rt) => [timeoutInput(rt), await readMergeSettings(rt), readSigner(rt), readAttest(rt, '')],
  pin: async (rt) => [timeoutInput(rt), await readPinSettings(rt)],
  verify: async (rt) => [timeoutInput(rt), await readVerifySettings(rt)],
};

describe('the command/input table', () => {
  test.each([...COMMANDS])('%s reads exactly the inputs its row lists', async (command) => {
    const rt = inputsRuntime(VALID[command], { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace });
    await READERS[command](rt);
    const asked = rt.asked;
    expect([...asked].filter((n) => !COMMAND_INPUTS[command].includes(n))).toEqual([]);
    expect(COMMAND_INPUTS[command].filter((n) => !asked.has(n))).toEqual([]);
  });

  test('every input of action.yml belongs to a command, and every command has a help line', () => {
    const used = new Set(Object.values(COMMAND_INPUTS).flat());
    expect(inputNames().filter((n) => n !== 'command' && !used.has(n))).toEqual([]);
    expect(Object.keys(COMMAND_SUMMARIES).sort()).toEqual([...COMMANDS].sort());
  });
});

describe('inputs a command ignores', () => {
  const declared = new Map<string, string | undefined>([
    ['images', undefined],
    ['context', '.'],
    ['files', undefined],
    ['timeout', undefined],
    ['platforms', undefined],
    ['github-token', '${{ github.token }}'],
  ]);
  test.each<[Command, Record<string, string>, string[]]>([
    ['promote', { images: 'a/b', context: '.', timeout: '5m' }, []],
    ['meta', { images: 'a/b', 'github-token': 'ghs_evaluated' }, []],
    ['promote', { images: 'a/b', context: 'app' }, ["Input 'context' is not used by command 'promote' and is ignored (it applies to build, meta)."]],
    [
      'verify',
      { files: 'k8s/*.yaml', platforms: 'linux/amd64' },
      ["Input 'platforms' is not used by command 'verify' and is ignored (it applies to build, promote)."],
    ],
    ['build', { images: 'a/b', files: 'x' }, ["Input 'files' is not used by command 'build' and is ignored (it applies to promote, pin, verify)."]],
  ])('%s with %j', (command, given, expected) => {
    expect(ignoredInputWarnings(command, (n) => given[n] ?? '', declared)).toEqual(expected);
  });
});
