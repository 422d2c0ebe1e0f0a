import { readAttest } from '../../src/settings/attest.js';
import { subjectName } from '../../src/publish/attest.js';
import { Repository } from '../../src/registry/reference.js';
import { inputsRuntime } from '../helpers/runtime.js';

const oidc = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/req', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token', GITHUB_REPOSITORY: 'acme/app' };

describe('attest and attest-push', () => {
  test('off by default: nothing read beyond the two inputs', () => {
    expect(readAttest(inputsRuntime({}), 'ghs_x')).toBeUndefined();
  });

  test('on: the token, the repository and the server the attestation URL is made of; the request token masked', () => {
    const rt = inputsRuntime({ attest: 'true', 'attest-push': 'true' }, { ...oidc, GITHUB_SERVER_URL: 'https://github.example/' });
    expect(readAttest(rt, 'ghs_x')).toEqual({ push: true, token: 'ghs_x', repository: 'acme/app', serverUrl: 'https://github.example' });
    expect(rt.secrets).toContain('request-token');
    expect(readAttest(inputsRuntime({ attest: 'true' }, oidc), 'ghs_x')).toMatchObject({ push: false, serverUrl: 'https://github.com' });
  });

  test('without the OIDC variables: refused, naming id-token: write and attestations: write', () => {
    expect(() => readAttest(inputsRuntime({ attest: 'true' }, { GITHUB_REPOSITORY: 'acme/app' }), 'ghs_x')).toThrow(
      "input 'attest' is true but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the job 'permissions: id-token: write' (GitHub sets them only then) and 'attestations: write'",
    );
  });

  test('a pull request build that pushes nothing: skipped, not refused, even without the OIDC variables', () => {
    expect(readAttest(inputsRuntime({ attest: 'true' }), 'ghs_x', false)).toBeUndefined();
  });

  test.each<[Record<string, string>, NodeJS.ProcessEnv, string, RegExp]>([
    [{ 'attest-push': 'true' }, oidc, 'ghs_x', /^input 'attest-push' is true but input 'attest' is false/],
    [{ attest: 'yes' }, oidc, 'ghs_x', /^Invalid input 'attest': 'yes'\. Expected true or false\./],
    [{ attest: 'true' }, { ...oidc, GITHUB_REPOSITORY: '' }, 'ghs_x', /GITHUB_REPOSITORY is '', not owner\/name/],
    [{ attest: 'true' }, oidc, '', /input 'github-token' is empty: GitHub's attestations API needs the job's token, with 'permissions: attestations: write'/],
  ])('%j refused', (inputs, env, token, message) => {
    expect(() => readAttest(inputsRuntime(inputs, env), token)).toThrow(message);
  });

  test("the subject names: the repository without tag, Docker Hub's as index.docker.io", () => {
    expect(subjectName(Repository.parse('ghcr.io/acme/app'))).toBe('ghcr.io/acme/app');
    expect(subjectName(Repository.parse('acme/app'))).toBe('index.docker.io/acme/app');
    expect(subjectName(Repository.parse('127.0.0.1:5000/acme/app'))).toBe('127.0.0.1:5000/acme/app');
  });
});
