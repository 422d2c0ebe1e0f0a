/**
 * The workflow's OIDC token from GitHub Actions' token endpoint: GET ACTIONS_ID_TOKEN_REQUEST_URL with
 * `audience=`, authorised by ACTIONS_ID_TOKEN_REQUEST_TOKEN, answered `{"value": "<JWT>"}`. The runner
 * sets both variables only for jobs granted `permissions: id-token: write`.
 */
export async function githubOidcToken(requestUrl: string, requestToken: string, audience: string): Promise<string> {
  const url = new URL(requestUrl);
  url.searchParams.set('audience', audience);
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' } });
  } catch (e) {
    throw new Error(`cannot reach the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): ${(e as Error).message}`, { cause: e });
  }
  if (!res.ok)
    throw new Error(`the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) answered HTTP ${res.status}: does the job have permissions: id-token: write?`);
  let value: unknown;
  try {
    value = ((await res.json()) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || !value) throw new Error('the OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) answered without a token');
  return value;
}
