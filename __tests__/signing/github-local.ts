import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/**
 * Stand-ins for the GitHub services an artifact attestation goes through, on loopback:
 * - GitHub Actions' OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL: GET with `Authorization: bearer
 *   ACTIONS_ID_TOKEN_REQUEST_TOKEN` and `audience=`, answering `{"value": JWT}`), its tokens RS256 JWTs
 *   with the claims GitHub documents ("OpenID Connect reference": ref, sha, repository, job_workflow_ref,
 *   workflow_ref, repository_id, run_id, ...), signed with a key of the stand-in's own;
 * - the issuer's discovery document and JWKS (https://token.actions.githubusercontent.com/.well-known/
 *   openid-configuration and its jwks_uri), against which @actions/attest checks the token with jose:
 *   served here and reached through https-standins.cjs, which sends the issuer's https:// requests here;
 * - the REST API's POST /repos/{owner}/{repo}/attestations ("Create an attestation": `{bundle}` in,
 *   201 `{id}` out), recorded, or refused as GitHub refuses a token without `attestations: write`.
 */
export interface GitHubLocal {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, and GITHUB_API_URL, for the step's environment. */
  env: Record<string, string>;
  /** The loopback address the issuer's https:// requests are sent to. */
  issuerStandIn: string;
  /** The audiences tokens were asked for. */
  audiences: string[];
  /** Every attestation stored: the request's JSON body and its authorization header. */
  stored: Array<{ path: string; authorization: string | undefined; body: { bundle?: Record<string, unknown> } }>;
  /** When set, the attestations API answers with this status and GitHub's message. */
  refuse?: { status: number; message: string };
  close(): Promise<void>;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const ATTESTATION_ID = 8675309;

const b64url = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** The claims of a token for a push to main of `repository`, whose workflow is `workflow` (a path in it). */
function claims(repository: string, workflow: string, aud: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const ref = 'refs/heads/main';
  const jobWorkflowRef = `${repository}/${workflow}@${ref}`;
  return {
    iss: GITHUB_ISSUER,
    // GitHub's sub is repo:<owner>/<name>:ref:<ref>; the mock Fulcio names the certificate after `sub`,
    // where the real one builds the same URL from job_workflow_ref: the stand-in gives it that URL.
    sub: `https://github.com/${jobWorkflowRef}`,
    aud,
    iat: now,
    nbf: now - 5,
    exp: now + 600,
    ref,
    ref_type: 'branch',
    sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    repository,
    repository_id: '123456',
    repository_owner: repository.split('/')[0],
    repository_owner_id: '654321',
    repository_visibility: 'public',
    event_name: 'push',
    workflow: 'release',
    workflow_ref: jobWorkflowRef,
    workflow_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    job_workflow_ref: jobWorkflowRef,
    job_workflow_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    runner_environment: 'github-hosted',
    run_id: '42',
    run_number: '7',
    run_attempt: '1',
    actor: 'octocat',
  };
}

async function listen(
  handler: (method: string, url: URL, auth: string | undefined, body: string) => [number, unknown],
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [status, data] = handler(
        req.method ?? '',
        new URL(req.url ?? '/', 'http://local'),
        req.headers.authorization,
        Buffer.concat(chunks).toString('utf8'),
      );
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(data));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** `workflow` is the workflow file's path in `repository` (the identity the certificate names). */
export async function githubLocal(repository: string, workflow = '.github/workflows/release.yml'): Promise<GitHubLocal> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'stand-in-key';
  const requestToken = `request-${Math.random().toString(36).slice(2)}`;
  const sign = (payload: Record<string, unknown>): string => {
    const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url(payload)}`;
    return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
  };
  const local: GitHubLocal = { env: {}, issuerStandIn: '', audiences: [], stored: [], close: async () => undefined };
  const oidc = await listen((method, url, auth) => {
    if (url.pathname === '/.well-known/openid-configuration') return [200, { issuer: GITHUB_ISSUER, jwks_uri: `${GITHUB_ISSUER}/.well-known/jwks` }];
    if (url.pathname === '/.well-known/jwks') return [200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }];
    if (url.pathname !== '/token' || method !== 'GET') return [404, { message: 'Not Found' }];
    if (auth?.toLowerCase() !== `bearer ${requestToken}`) return [401, { message: 'bad request token' }];
    const aud = url.searchParams.get('audience') ?? '';
    local.audiences.push(aud);
    return [200, { value: sign(claims(repository, workflow, aud)) }];
  });
  const api = await listen((method, url, auth, body) => {
    if (method !== 'POST' || url.pathname !== `/repos/${repository}/attestations`) return [404, { message: 'Not Found' }];
    if (local.refuse) return [local.refuse.status, { message: local.refuse.message, documentation_url: 'https://docs.github.com/rest' }];
    local.stored.push({ path: url.pathname, authorization: auth, body: JSON.parse(body) as GitHubLocal['stored'][number]['body'] });
    return [201, { id: ATTESTATION_ID }];
  });
  local.env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    GITHUB_API_URL: api.url,
  };
  local.issuerStandIn = oidc.url;
  local.close = async () => {
    for (const s of [oidc.server, api.server]) await new Promise<void>((r) => s.close(() => r()));
  };
  return local;
}
