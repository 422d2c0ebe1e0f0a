#!/usr/bin/env node
// Test-only Docker registry token server (the "token" auth flow of the CNCF
// distribution registry), used by scripts/test-env.sh. Plain Node, no deps.
//
//   node scripts/token-server.mjs CONFIG.json
//
// CONFIG.json (written by scripts/test-env.sh):
//   {
//     "host": "127.0.0.1", "port": 5003,
//     "tlsKey": "...", "tlsCert": "...",          // optional: HTTPS when both set
//     "issuerKey": "...", "issuerCert": "...",    // RSA key + self-signed cert (x5c)
//     "issuer": "pinship-test-issuer",
//     "service": "pinship-test-registry",
//     "ttlSeconds": 60,                           // env TOKEN_TTL_SECONDS overrides
//     "users": { "pinship": { "password": "...", "actions": "all" },
//                "reader":  { "password": "...", "actions": ["pull"] } }
//   }
//
// Endpoints:
//   GET  /token?service=S&scope=repository:NAME:pull,push&scope=...
//        HTTP Basic credentials. A known user gets every requested action
//        (or only the actions its "actions" list allows); an anonymous
//        request gets a token with an EMPTY access list; wrong credentials
//        get 401 with a JSON error.
//   POST /token  (OAuth2 form: grant_type=password, username, password,
//        service, scope="a b c") as sent by containerd/BuildKit; other grant
//        types get 400 so such clients fall back to GET.
//   GET  /stats  -> {"tokens": N, "requests": N, "denied": N, "anonymous": N,
//                    "ttlSeconds": N}
//   POST /admin/ttl?seconds=N  (or seconds=default) -> {"ttlSeconds": N}
//        test hook: lifetime of the tokens issued from now on. Mind that the
//        distribution registry accepts a token up to 60 s past its exp.
//   GET  /healthz -> {"ok": true}
//
// Every issued token is logged (subject, service, granted access, jti) on
// stdout, which test-env.sh sends to a log file. Passwords are never logged.

import { createPrivateKey, createHash, randomBytes, sign, timingSafeEqual, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const configPath = process.argv[2];
if (!configPath) {
  console.error('usage: node token-server.mjs CONFIG.json');
  process.exit(2);
}
const config = JSON.parse(readFileSync(configPath, 'utf8'));

function parseTtl(raw) {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n <= 86400 ? n : null;
}

const defaultTtlSeconds = parseTtl(process.env.TOKEN_TTL_SECONDS ?? config.ttlSeconds ?? 60);
if (defaultTtlSeconds === null) {
  console.error(`invalid token TTL: ${process.env.TOKEN_TTL_SECONDS ?? config.ttlSeconds}`);
  process.exit(2);
}
let ttlSeconds = defaultTtlSeconds;

const issuerKey = createPrivateKey(readFileSync(config.issuerKey));
const issuerCertDer = new X509Certificate(readFileSync(config.issuerCert)).raw;
const x5c = [issuerCertDer.toString('base64')];

const stats = { tokens: 0, requests: 0, denied: 0, anonymous: 0 };

function b64url(buf) {
  return Buffer.from(buf).toString('base64url');
}

function signJwt(claims) {
  const header = { typ: 'JWT', alg: 'RS256', x5c };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), issuerKey);
  return `${input}.${b64url(signature)}`;
}

function log(event) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);
}

function sendJson(res, status, body, headers = {}) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(data);
}

function sendError(res, status, code, message, headers = {}) {
  // The shape the distribution registry itself uses for errors, plus the
  // OAuth2-style "error" fields some clients print.
  sendJson(res, status, { errors: [{ code, message }], error: code.toLowerCase(), error_description: message }, headers);
}

function safeEqual(a, b) {
  const ha = createHash('sha256').update(String(a)).digest();
  const hb = createHash('sha256').update(String(b)).digest();
  return timingSafeEqual(ha, hb);
}

// "repository:foo/bar:pull,push" -> {type, name, actions}. The name may itself
// contain ':' (a host:port prefix), so split at the first and the last colon.
function parseScope(scope) {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return null;
  const type = scope.slice(0, first);
  const name = scope.slice(first + 1, last);
  const actions = scope
    .slice(last + 1)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (!name || actions.length === 0) return null;
  return { type, name, actions };
}

function requestedAccess(scopes) {
  const merged = new Map();
  for (const raw of scopes) {
    for (const scope of raw.split(' ').filter(Boolean)) {
      const parsed = parseScope(scope);
      if (!parsed) continue;
      const key = `${parsed.type}\u0000${parsed.name}`;
      const entry = merged.get(key) ?? { type: parsed.type, name: parsed.name, actions: [] };
      for (const a of parsed.actions) if (!entry.actions.includes(a)) entry.actions.push(a);
      merged.set(key, entry);
    }
  }
  return [...merged.values()];
}

function grant(user, requested) {
  if (!user) return [];
  if (user.actions === 'all' || user.actions === undefined) return requested;
  const allowed = new Set(user.actions);
  return requested.map((r) => ({ ...r, actions: r.actions.filter((a) => allowed.has(a)) })).filter((r) => r.actions.length > 0);
}

function parseBasic(header) {
  if (!header) return { anonymous: true };
  const m = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!m) return { invalid: true };
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { invalid: true };
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function authenticate(creds) {
  if (creds.anonymous) return { ok: true, username: '' };
  if (creds.invalid) return { ok: false };
  const user = config.users?.[creds.username];
  if (!user || !safeEqual(user.password, creds.password)) return { ok: false };
  return { ok: true, username: creds.username, user };
}

function issue(res, { creds, service, scopes, method }) {
  stats.requests++;
  if (service && service !== config.service) {
    stats.denied++;
    log({ event: 'denied', reason: 'unknown service', service, method });
    sendError(res, 400, 'INVALID_REQUEST', `unknown service ${JSON.stringify(service)}`);
    return;
  }
  const auth = authenticate(creds);
  if (!auth.ok) {
    stats.denied++;
    log({ event: 'denied', reason: 'bad credentials', user: creds.username ?? null, method });
    sendError(res, 401, 'UNAUTHORIZED', 'invalid username or password', {
      'www-authenticate': 'Basic realm="pinship-test-token-server"',
    });
    return;
  }
  const requested = requestedAccess(scopes);
  const access = grant(auth.user, requested);
  const now = Math.floor(Date.now() / 1000);
  const jti = randomBytes(16).toString('hex');
  const token = signJwt({
    iss: config.issuer,
    sub: auth.username,
    aud: config.service,
    exp: now + ttlSeconds,
    nbf: now,
    iat: now,
    jti,
    access,
  });
  stats.tokens++;
  if (!auth.username) stats.anonymous++;
  log({
    event: 'token',
    method,
    sub: auth.username || '(anonymous)',
    service: config.service,
    requested,
    access,
    ttl: ttlSeconds,
    jti,
  });
  sendJson(res, 200, {
    token,
    access_token: token,
    expires_in: ttlSeconds,
    issued_at: new Date(now * 1000).toISOString(),
  });
}

async function readBody(req, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://token-server.invalid');
  if (url.pathname === '/healthz') {
    sendJson(res, 200, { ok: true });
    return;
  }
  if (url.pathname === '/stats' && req.method === 'GET') {
    sendJson(res, 200, { ...stats, ttlSeconds });
    return;
  }
  if (url.pathname === '/admin/ttl' && req.method === 'POST') {
    // Test hook: change the lifetime of tokens issued from now on
    // (?seconds=N; ?seconds=default restores the start-up value).
    const raw = url.searchParams.get('seconds');
    const next = raw === 'default' ? defaultTtlSeconds : parseTtl(raw);
    if (next === null) {
      sendError(res, 400, 'INVALID_REQUEST', 'seconds must be an integer in 1..86400 or "default"');
      return;
    }
    log({ event: 'ttl', from: ttlSeconds, to: next });
    ttlSeconds = next;
    sendJson(res, 200, { ttlSeconds });
    return;
  }
  if (url.pathname !== '/token') {
    sendError(res, 404, 'NOT_FOUND', 'not found');
    return;
  }
  if (req.method === 'GET') {
    issue(res, {
      creds: parseBasic(req.headers.authorization),
      service: url.searchParams.get('service'),
      scopes: url.searchParams.getAll('scope'),
      method: 'GET',
    });
    return;
  }
  if (req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    const grantType = form.get('grant_type');
    if (grantType !== 'password') {
      stats.requests++;
      stats.denied++;
      log({ event: 'denied', reason: `unsupported grant_type ${grantType}`, method: 'POST' });
      sendError(res, 400, 'UNSUPPORTED_GRANT_TYPE', `unsupported grant_type ${JSON.stringify(grantType)}`);
      return;
    }
    issue(res, {
      creds: { username: form.get('username') ?? '', password: form.get('password') ?? '' },
      service: form.get('service'),
      scopes: form.getAll('scope'),
      method: 'POST',
    });
    return;
  }
  sendError(res, 405, 'METHOD_NOT_ALLOWED', 'method not allowed', { allow: 'GET, POST' });
}

function listener(req, res) {
  handle(req, res).catch((err) => {
    log({ event: 'error', message: String(err?.message ?? err) });
    if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'internal error');
    else res.destroy();
  });
}

const tls = Boolean(config.tlsKey && config.tlsCert);
const server = tls ? https.createServer({ key: readFileSync(config.tlsKey), cert: readFileSync(config.tlsCert) }, listener) : http.createServer(listener);

server.keepAliveTimeout = 5000;
server.listen(config.port ?? 5003, config.host ?? '127.0.0.1', () => {
  const addr = server.address();
  log({
    event: 'listening',
    url: `${tls ? 'https' : 'http'}://${addr.address}:${addr.port}/token`,
    issuer: config.issuer,
    service: config.service,
    ttl: defaultTtlSeconds,
  });
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
