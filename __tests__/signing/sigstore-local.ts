import { generateKeyPairSync, createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler, type HandlerFn } from '@sigstore/mock';

/**
 * A private Sigstore instance on loopback, for tests without the internet. Fulcio and Rekor are the
 * Sigstore project's own mocks (@sigstore/mock: Fulcio's POST /api/v2/signingCert, documented in
 * fulcio's fulcio.proto, issuing certificates with the token's subject and Fulcio's issuer extensions;
 * Rekor's POST /api/v1/log/entries, documented in rekor's openapi.yaml, answering with a signed entry
 * timestamp) served over real HTTP, so cosign and pinship reach them as they reach the real services.
 * The OIDC token endpoint stands for GitHub Actions' (ACTIONS_ID_TOKEN_REQUEST_URL, GET with
 * `Authorization: bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN` and `audience=`, answering `{"value": JWT}`,
 * as GitHub's "Configuring OpenID Connect in cloud providers" describes).
 */
export interface LocalSigstore {
  fulcioUrl: string;
  rekorUrl: string;
  /** GitHub Actions' token request endpoint stand-in; `requests` records each call's audience. */
  tokenUrl: string;
  tokenRequestToken: string;
  audiences: string[];
  /** trusted_root.json listing the CA, its CT log and the Rekor log; its path and the PEM files cosign's variables name. */
  trustedRootJson: string;
  trustedRootFile: string;
  caPemFile: string;
  caPem: string;
  rekorPubFile: string;
  ctlogPubFile: string;
  /** Whether certificates carry SCTs. */
  ct: boolean;
  /** An OIDC token for this subject and issuer, as GitHub's would carry them (not signed: the mock Fulcio does not check). */
  token(subject: string, issuer?: string): string;
  /** The identity the token endpoint hands out. */
  subject: string;
  close(): Promise<void>;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

const b64url = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function jwt(subject: string, issuer = GITHUB_ISSUER, aud = 'sigstore'): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: issuer, sub: subject, aud, iat: now, exp: now + 600 })}.c2ln`;
}

type Route = (body: string, auth: string | undefined) => Promise<Awaited<ReturnType<HandlerFn>> & { headers?: Record<string, string> }>;

async function serve(
  routes: Record<string, Route>,
  onGet?: (url: URL, auth: string | undefined) => { status: number; body: string },
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && onGet) {
        const r = onGet(url, req.headers.authorization);
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(r.body);
        return;
      }
      const fn = routes[url.pathname] as Route | undefined;
      if (!fn) return void res.writeHead(404).end('not found');
      void fn(Buffer.concat(chunks).toString('utf8'), req.headers.authorization).then((r) => {
        res.writeHead(r.statusCode, { ...r.headers, 'content-type': r.contentType ?? 'text/plain' }).end(r.response);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/**
 * Fulcio's legacy v1 API, which cosign 2 calls: POST /api/v1/signingCert with the token as a bearer
 * token and `{"publicKey": {"content": base64 key}}`, answered with the PEM chain (leaf first, SCT
 * embedded), as fulcio's openapi.yaml for v1 documents. Translated to and from the mock's v2 handler.
 */
function fulcioV1(v2: HandlerFn): Route {
  return async (body, auth) => {
    const req = JSON.parse(body) as { publicKey: { content: string } };
    // The content is base64 of the key, PEM (cosign 2) or DER.
    const decoded = Buffer.from(req.publicKey.content, 'base64');
    const pem = decoded.toString('utf8').startsWith('-----BEGIN')
      ? decoded.toString('utf8')
      : `-----BEGIN PUBLIC KEY-----\n${req.publicKey.content}\n-----END PUBLIC KEY-----\n`;
    const token = (auth ?? '').replace(/^bearer /i, '');
    const r = await v2(JSON.stringify({ credentials: { oidcIdentityToken: token }, publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: pem } } }));
    if (r.statusCode !== 201) return r;
    const chain = (
      JSON.parse(typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer).toString('utf8')) as {
        signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
      }
    ).signedCertificateEmbeddedSct.chain.certificates;
    return { statusCode: 201, response: chain.join(''), contentType: 'application/pem-certificate-chain' };
  };
}

/**
 * Fulcio's v2 API as the real service answers it: the token in the body's `credentials`, or (sigstore-go's way,
 * so cosign 3's) as `Authorization: Bearer`, which Fulcio reads when the body has none (fulcio's grpc_server.go);
 * a certificate comes with HTTP 200, grpc-gateway's status for success, which sigstore-go insists on. The mock
 * reads the body only and answers 201, so the header's token is put in the body and the status made 200.
 */
function fulcioV2(v2: HandlerFn): Route {
  return async (body, auth) => {
    const req = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } };
    if (!req.credentials?.oidcIdentityToken && auth) req.credentials = { oidcIdentityToken: auth.replace(/^bearer /i, '') };
    const r = await v2(JSON.stringify(req));
    return r.statusCode === 201 ? { ...r, statusCode: 200 } : r;
  };
}

/**
 * Rekor's POST /api/v1/log/entries as the real log answers it: 201 with the entry's UUID as `ETag` and its
 * address as `Location` (rekor's openapi.yaml), which sigstore-go (cosign 3) reads the new entry by; a `dsse`
 * entry is logged in the form Rekor stores (hashes and signatures, rekor's dsse v0.0.1 schema), which
 * verifiers compare with the bundle. The mock sends the body alone and logs a dsse entry as proposed.
 */
function rekorV1(fn: HandlerFn): Route {
  return async (body) => {
    const r = await fn(canonicalDsse(body));
    if (r.statusCode !== 201) return r;
    const text = typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer).toString('utf8');
    const uuid = Object.keys(JSON.parse(text) as Record<string, unknown>)[0] ?? '';
    return { ...r, headers: { etag: uuid, location: `/api/v1/log/entries/${uuid}` } };
  };
}

function canonicalDsse(body: string): string {
  const entry = JSON.parse(body) as { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } };
  const proposed = entry.spec?.proposedContent;
  if (entry.kind !== 'dsse' || !proposed) return body;
  const envelope = JSON.parse(proposed.envelope) as { payload: string; signatures: Array<{ sig: string }> };
  const sha256 = (b: Buffer | string): { algorithm: string; value: string } => ({ algorithm: 'sha256', value: createHash('sha256').update(b).digest('hex') });
  const spec = {
    envelopeHash: sha256(proposed.envelope),
    payloadHash: sha256(Buffer.from(envelope.payload, 'base64')),
    signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: proposed.verifiers[i] ?? proposed.verifiers[0] })),
  };
  return JSON.stringify({ apiVersion: entry.apiVersion, kind: 'dsse', spec });
}

const ecKeys = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const spkiPem = (k: KeyObject): string => k.export({ format: 'pem', type: 'spki' }).toString();
const spkiB64 = (k: KeyObject): string => k.export({ format: 'der', type: 'spki' }).toString('base64');
const keyId = (k: KeyObject): string =>
  createHash('sha256')
    .update(k.export({ format: 'der', type: 'spki' }))
    .digest('base64');

/**
 * `clock` backdates the CA (its certificates are then issued in the past: expired now); `ct: false` leaves
 * out the CT log, as a private CA issues certificates without SCTs.
 */
export async function localSigstore(opts: { clock?: Date; subject?: string; ct?: boolean } = {}): Promise<LocalSigstore> {
  const caKeys = ecKeys();
  const ctKeys = ecKeys();
  const tlogKeys = ecKeys();
  const ctLog = await initializeCTLog(ctKeys, opts.clock);
  const withCt = opts.ct ?? true;
  const ca = await initializeCA(caKeys, withCt ? ctLog : undefined, opts.clock);
  const v2 = fulcioHandler(ca);
  const fulcio = await serve({ [v2.path]: fulcioV2(v2.fn), '/api/v1/signingCert': fulcioV1(v2.fn) });
  // The log's checkpoints name its own address, so it learns that address before it is made.
  const rekorRoutes: Record<string, Route> = {};
  const rekor = await serve(rekorRoutes);
  const rekorRoute = rekorHandler(await initializeTLog(rekor.url, tlogKeys));
  rekorRoutes[rekorRoute.path] = rekorV1(rekorRoute.fn);
  const subject = opts.subject ?? 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
  const tokenRequestToken = `request-${Math.random().toString(36).slice(2)}`;
  const audiences: string[] = [];
  const tokenServer = await serve({}, (url, auth) => {
    if (auth?.toLowerCase() !== `bearer ${tokenRequestToken}`) return { status: 401, body: '{"message":"bad request token"}' };
    const aud = url.searchParams.get('audience') ?? '';
    audiences.push(aud);
    return { status: 200, body: JSON.stringify({ value: jwt(subject, GITHUB_ISSUER, aud) }) };
  });
  const root = new X509Certificate(Buffer.from(ca.rootCertificate.buffer));
  const start = new Date(Math.min(new Date(root.validFrom).getTime(), (opts.clock ?? new Date()).getTime()) - 3600_000).toISOString();
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekor.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: spkiB64(tlogKeys.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: keyId(tlogKeys.publicKey) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: root.raw.toString('base64') }] },
        validFor: { start },
      },
    ],
    ctlogs: withCt
      ? [
          {
            baseUrl: 'https://ctfe.example',
            hashAlgorithm: 'SHA2_256',
            publicKey: { rawBytes: spkiB64(ctKeys.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
            logId: { keyId: keyId(ctKeys.publicKey) },
          },
        ]
      : [],
    timestampAuthorities: [],
  };
  const dir = mkdtempSync(join(tmpdir(), 'pinship-sigstore-'));
  const file = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));
  const trustedRootJson = JSON.stringify(trustedRoot);
  return {
    fulcioUrl: fulcio.url,
    rekorUrl: rekor.url,
    tokenUrl: `${tokenServer.url}/token`,
    tokenRequestToken,
    audiences,
    trustedRootJson,
    trustedRootFile: file('trusted_root.json', trustedRootJson),
    caPem: root.toString(),
    caPemFile: file('ca.pem', root.toString()),
    rekorPubFile: file('rekor.pub', spkiPem(tlogKeys.publicKey)),
    ctlogPubFile: file('ctlog.pub', spkiPem(ctKeys.publicKey)),
    token: (s, issuer) => jwt(s, issuer),
    subject,
    ct: withCt,
    close: async () => {
      for (const s of [fulcio.server, rekor.server, tokenServer.server]) await new Promise<void>((r) => s.close(() => r()));
    },
  };
}
