import { readPinSettings } from '../../src/commands/pin/settings.js';
import { inputsRuntime } from '../helpers/runtime.js';
import { readVerifySettings } from '../../src/commands/verify/settings.js';

const inputs = (values: Record<string, string>) => inputsRuntime(values, { GITHUB_WORKSPACE: '/ws' });

const D = `sha256:${'c'.repeat(64)}`;

test('pin settings: parsed at the edge, defaults as documented', async () => {
  const s = await readPinSettings(inputs({ files: 'k8s/**/*.yaml\n!k8s/tests/**', set: `ghcr.io/acme/app:1.4@${D}`, platform: 'linux/arm64' }));
  expect(s.workspace).toBe('/ws');
  expect(s.files).toEqual(['k8s/**/*.yaml', '!k8s/tests/**']);
  expect(s.set.map(String)).toEqual([`ghcr.io/acme/app:1.4@${D}`]);
  expect(s.keepTag).toBe(true);
  expect(s.platform).toEqual({ os: 'linux', architecture: 'arm64' });
  expect([s.pullRequest, s.pullRequestBranch]).toEqual([false, 'pinship/pin']);
});

describe('bad pin and verify inputs are one error naming the input', () => {
  test.each<[string, Record<string, string>, string]>([
    ['files missing', {}, "Input 'files' is required: glob patterns of deployment files, one per line, e.g. k8s/**/*.yaml"],
    [
      'set without digest',
      { files: 'a.yaml', set: 'ghcr.io/acme/app:1.4' },
      "Invalid input 'set': 'ghcr.io/acme/app:1.4'. Expected a reference with a digest (name@sha256:... or name:tag@sha256:...).",
    ],
    [
      'set twice',
      { files: 'a.yaml', set: `nginx@${D}\ndocker.io/library/nginx:1@${D}` },
      `Invalid input 'set': 'docker.io/library/nginx:1@${D}'. Expected one reference per repository; docker.io/library/nginx is given more than once.`,
    ],
    ['platform', { files: 'a.yaml', platform: 'arm64' }, "Invalid input 'platform': 'arm64'. Expected os/arch[/variant], e.g. linux/amd64."],
    ['keep-tag', { files: 'a.yaml', 'keep-tag': 'yes' }, "Invalid input 'keep-tag': 'yes'. Expected true or false."],
  ])('pin: %s', async (_name, values, message) => {
    await expect(readPinSettings(inputs(values))).rejects.toThrow(message);
  });

  test.each<[string, Record<string, string>, string]>([
    ['drift', { files: 'a.yaml', drift: 'fail' }, "Invalid input 'drift': 'fail'. Expected one of error, warn, ignore."],
    [
      'allowed-registries',
      { files: 'a.yaml', 'allowed-registries': 'https://ghcr.io' },
      "Invalid input 'allowed-registries': 'https://ghcr.io'. Expected a registry (ghcr.io, 127.0.0.1:5000) or a repository prefix (ghcr.io/acme), one per line.",
    ],
  ])('verify: %s', async (_name, values, message) => {
    await expect(readVerifySettings(inputs(values))).rejects.toThrow(message);
  });
});

test.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group'])(
  'pull-request: true is refused on a %s event, whose checkout holds the pull request',
  async (event) => {
    const rt = inputsRuntime({ files: 'a.yaml', 'pull-request': 'true' }, { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: event });
    await expect(readPinSettings(rt)).rejects.toThrow(
      new RegExp(`^Invalid input 'pull-request': 'true'\\. Expected a run on push, schedule or workflow_dispatch: on a ${event} event`),
    );
    // Without pull-request, pin on a pull request only rewrites the workspace: nothing is pushed.
    const off = inputsRuntime({ files: 'a.yaml' }, { GITHUB_WORKSPACE: '/ws', GITHUB_EVENT_NAME: event });
    expect((await readPinSettings(off)).pullRequest).toBe(false);
  },
);
