import { GITHUB_ACTIONS_BOT, looksProtected, notPinships, parseCommit } from '../../src/pullrequest/branch-rules.js';
import { authEnv, transportAllowed } from '../../src/pullrequest/git-remote.js';

test.each<[string, boolean]>([
  ['https://github.com/acme/deploy.git', true],
  ['HTTPS://github.com/acme/deploy.git', true],
  ['http://127.0.0.1:8080/acme/deploy.git', true],
  ['http://localhost/acme/deploy.git', true],
  ['http://[::1]:8080/acme/deploy.git', true],
  ['ssh://git@github.com/acme/deploy.git', true],
  ['git@github.com:acme/deploy.git', true],
  ['file:///srv/git/deploy.git', true],
  ['/srv/git/deploy.git', true],
  ['../deploy.git', true],
  ['http://github.com/acme/deploy.git', false],
  ['http://127.0.0.2/acme/deploy.git', false],
  ['http://localhost.example.com/acme/deploy.git', false],
  ['http://127.0.0.1@evil.example/acme/deploy.git', false],
  ['git://github.com/acme/deploy.git', false],
  ['ext::sh -c touch% /tmp/x', false],
  ['fd::3', false],
  ['ftp://example.com/deploy.git', false],
])('the token may travel to %s: %s', (url, allowed) => {
  expect(transportAllowed(url)).toBe(allowed);
});

test('the token header is scoped to each HTTPS origin of the remote, and to none of its ssh or plain-HTTP URLs', () => {
  const env = authEnv(
    ['https://github.com/acme/deploy.git', 'https://push.example.com:8443/x.git', 'git@github.com:acme/deploy.git', 'http://evil.example/x'],
    't',
  );
  const keys = Object.entries(env).filter(([k]) => k.startsWith('GIT_CONFIG_KEY_'));
  expect(new Set(keys.map(([, v]) => v))).toEqual(new Set(['http.https://github.com/.extraheader', 'http.https://push.example.com:8443/.extraheader']));
  expect(env.GIT_CONFIG_COUNT).toBe('4');
  expect(authEnv(['git@github.com:acme/deploy.git'], 't')).toEqual({});
});

test.each([
  ['main', true],
  ['master', true],
  ['release/2.0', true],
  ['releases/v1', true],
  ['pinship/pin', false],
  ['maintenance', false],
  ['bot/release', false],
])('%s looks protected: %s', (branch, expected) => {
  expect(looksProtected(branch)).toBe(expected);
});

const BOT = `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`;
const commit = (parents: string[], author: string, message: string): string =>
  [
    `tree ${'1'.repeat(40)}`,
    ...parents.map((p) => `parent ${p}`),
    `author ${author} 1700000000 +0000`,
    `committer ${author} 1700000000 +0000`,
    '',
    message,
  ].join('\n');

test("pinship's own commit: one parent, its author, the trailer naming the branch in the last paragraph", () => {
  const own = parseCommit(commit(['a'.repeat(40)], BOT, 'Pin container images to digests\n\nsummary\n\nPinship-Pin: pinship/pin\n'));
  expect(own).toEqual({ parents: ['a'.repeat(40)], author: BOT, pinTrailers: ['pinship/pin'] });
  expect(notPinships(own, 'pinship/pin', GITHUB_ACTIONS_BOT)).toBeUndefined();
  expect(notPinships(own, 'other', GITHUB_ACTIONS_BOT)).toBe("it has no 'Pinship-Pin: other' trailer");
  // The trailer quoted in the body, not in the trailer block, does not count.
  const quoted = parseCommit(commit(['a'.repeat(40)], BOT, 'Pin\n\nPinship-Pin: pinship/pin\n\nmore text\n'));
  expect(notPinships(quoted, 'pinship/pin', GITHUB_ACTIONS_BOT)).toBe("it has no 'Pinship-Pin: pinship/pin' trailer");
  expect(notPinships(parseCommit(commit([], BOT, 'x\n\nPinship-Pin: pinship/pin')), 'pinship/pin', GITHUB_ACTIONS_BOT)).toBe('it has 0 parents');
  expect(
    notPinships(parseCommit(commit(['a'.repeat(40)], 'Mallory <m@example.com>', 'x\n\nPinship-Pin: pinship/pin')), 'pinship/pin', GITHUB_ACTIONS_BOT),
  ).toBe('it is authored by "Mallory <m@example.com>"');
});
