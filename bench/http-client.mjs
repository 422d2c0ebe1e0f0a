// The registry transport on node:http (a keep-alive Agent, as src/registry/http.ts) against undici's
// Pool (the copy in node_modules), copying blobs between two repositories of one registry the way
// promote streams them: POST an upload (no mount), GET the blob, SHA-256 it on the way, and stream it
// as the body of the PUT ?digest=; 4 copies in flight (promote's default concurrency).
// One child process per run, the clients alternating; medians of wall, CPU (user+sys) and peak RSS
// from GNU time, plus the copy phase alone from inside the child (process.resourceUsage()).
// Usage: [BENCH_CLIENTS=a,b] node bench/http-client.mjs [runs=5] [blobs=8] [MiB=32] [scenarios=plain,tls]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import { pipeline, Transform } from 'node:stream';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { median } from './lib.mjs';

const CONCURRENCY = 4;
const env = JSON.parse(readFileSync(`${process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test'}/env.json`, 'utf8'));

/** Where a scenario's registry is and how to reach it: origin, Authorization header, TLS context. */
function registryOf(name) {
  const r = env.registries[name];
  const auth = r.username ? { authorization: `Basic ${Buffer.from(`${r.username}:${r.password}`).toString('base64')}` } : {};
  // One secure context per process, as pinship builds it (system roots + the test CA).
  const secureContext = r.tls ? tls.createSecureContext({ ca: [...tls.rootCertificates, readFileSync(env.caFile, 'utf8')] }) : undefined;
  return { origin: `${r.tls ? 'https' : 'http'}://${r.host}`, auth, secureContext };
}

/** Fails the copy at the end unless the bytes hash to the digest and have the size named. */
function verifier(digest, size) {
  const hash = createHash('sha256');
  let seen = 0;
  return new Transform({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      seen += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      const got = `sha256:${hash.digest('hex')}`;
      cb(got === digest && seen === size ? null : new Error(`blob ${digest}: got ${got}, ${seen} of ${size} bytes`));
    },
  });
}

const expect = (what, status, ok) => {
  if (status !== ok) throw new Error(`${what}: HTTP ${status}, expected ${ok}`);
};
const withDigest = (loc, digest) => `${loc}${loc.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;

/** node:http, as src/registry/http.ts send(): keep-alive agent, maxSockets 16, body piped into the request. */
function nodeClient(reg, readBuffer, copy = false) {
  const url = new URL(reg.origin);
  const lib = url.protocol === 'http:' ? http : https;
  const opts = { keepAlive: true, maxSockets: 16, ...(reg.secureContext ? { secureContext: reg.secureContext } : {}) };
  // Reads into one buffer per socket, handed to the HTTP parser at once: safe only while Node's parser
  // copies body bytes out (Node 20 does; nothing promises it), which is why pinship does not do this.
  if (readBuffer) {
    const callback = function (n, buf) {
      this.emit('data', copy ? Buffer.from(buf.subarray(0, n)) : buf.subarray(0, n));
    };
    opts.onread = { buffer: () => Buffer.allocUnsafe(readBuffer), callback };
  }
  const agent = new lib.Agent(opts);
  const send = (method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const req = lib.request(new URL(path, url), { method, headers: { ...reg.auth, ...headers }, agent });
      req.on('error', reject);
      req.on('response', resolve);
      if (body) {
        body.on('error', (e) => req.destroy(e));
        body.pipe(req);
      } else req.end();
    });
  const drain = (res) => new Promise((resolve, reject) => res.on('end', resolve).on('error', reject).resume());
  return {
    async copy(src, dest, { digest, size }) {
      const post = await send('POST', `/v2/${dest}/blobs/uploads/`, { 'content-length': '0' });
      await drain(post);
      expect('POST', post.statusCode, 202);
      const get = await send('GET', `/v2/${src}/blobs/${digest}`, {});
      expect('GET', get.statusCode, 200);
      const body = pipeline(get, verifier(digest, size), () => undefined);
      const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size) };
      const put = await send('PUT', withDigest(post.headers.location, digest), headers, body);
      await drain(put);
      expect('PUT', put.statusCode, 201);
    },
    close: () => agent.destroy(),
  };
}

/** undici's Pool: request() for the POST and PUT; the GET through request() or stream() (no response Readable). */
function undiciClient(reg, viaStream) {
  const { Pool } = createRequire(import.meta.url)('undici');
  const pool = new Pool(reg.origin, { connections: 16, ...(reg.secureContext ? { connect: { secureContext: reg.secureContext } } : {}) });
  const pathOf = (loc) => {
    const u = new URL(loc, reg.origin);
    return u.pathname + u.search;
  };
  return {
    async copy(src, dest, { digest, size }) {
      const post = await pool.request({ method: 'POST', path: `/v2/${dest}/blobs/uploads/`, headers: { ...reg.auth, 'content-length': '0' } });
      await post.body.dump();
      expect('POST', post.statusCode, 202);
      const check = verifier(digest, size);
      const getPath = `/v2/${src}/blobs/${digest}`;
      let got;
      if (viaStream) {
        got = pool.stream({ method: 'GET', path: getPath, headers: reg.auth }, ({ statusCode }) => {
          expect('GET', statusCode, 200);
          return check;
        });
        got.catch((e) => check.destroy(e));
      } else {
        const get = await pool.request({ method: 'GET', path: getPath, headers: reg.auth });
        expect('GET', get.statusCode, 200);
        pipeline(get.body, check, () => undefined);
      }
      const headers = { ...reg.auth, 'content-type': 'application/octet-stream', 'content-length': String(size) };
      const put = await pool.request({ method: 'PUT', path: pathOf(withDigest(post.headers.location, digest)), headers, body: check });
      await put.body.dump();
      expect('PUT', put.statusCode, 201);
      await got;
    },
    close: () => pool.close(),
  };
}

const clients = {
  'node:http': (r) => nodeClient(r),
  'undici.request': (r) => undiciClient(r, false),
  'undici.stream': (r) => undiciClient(r, true),
  // Opt-in (BENCH_CLIENTS): node:http reading into a reused per-socket buffer of 64 or 256 KiB (`onread`),
  // handed to the parser as is, or copied first as Node itself does.
  'node:http+rb64k': (r) => nodeClient(r, 64 << 10),
  'node:http+rb256k': (r) => nodeClient(r, 256 << 10),
  'node:http+rb256k+copy': (r) => nodeClient(r, 256 << 10, true),
};
const DEFAULT_CLIENTS = ['node:http', 'undici.request', 'undici.stream'];

async function child() {
  const { client, scenario, src, dest, blobs } = JSON.parse(process.env.BENCH_CHILD);
  const before = process.resourceUsage();
  const t0 = performance.now();
  const c = clients[client](registryOf(scenario));
  const queue = [...blobs];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let b; (b = queue.shift());) await c.copy(src, dest, b);
    }),
  );
  const wall = performance.now() - t0;
  const after = process.resourceUsage();
  await c.close();
  const cpu = (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ wall, cpu }));
}

/** Seeds `n` blobs of random bytes into `src` (plain node:http, monolithic POST + PUT). */
async function seed(reg, src, n, mib) {
  const url = new URL(reg.origin);
  const lib = url.protocol === 'http:' ? http : https;
  const blobs = [];
  for (let i = 0; i < n; i++) {
    const bytes = randomBytes(mib << 20);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const location = await new Promise((resolve, reject) => {
      const req = lib.request(new URL(`/v2/${src}/blobs/uploads/`, url), {
        method: 'POST',
        headers: { ...reg.auth, 'content-length': '0' },
        secureContext: reg.secureContext,
      });
      req.on('error', reject).on('response', (res) => res.resume().on('end', () => resolve(res.headers.location)));
      req.end();
    });
    await new Promise((resolve, reject) => {
      const headers = { ...reg.auth, 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) };
      const req = lib.request(new URL(withDigest(location, digest), url), { method: 'PUT', headers, secureContext: reg.secureContext });
      req.on('error', reject).on('response', (res) => {
        res.resume().on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`seed PUT: HTTP ${res.statusCode}`))));
      });
      req.end(bytes);
    });
    blobs.push({ digest, size: bytes.length });
  }
  return blobs;
}

function measure(payload) {
  return new Promise((done, fail) => {
    const args = ['-f', '%e %U %S %M', process.execPath, fileURLToPath(import.meta.url)];
    const p = spawn('/usr/bin/time', args, { env: { ...process.env, BENCH_CHILD: JSON.stringify(payload) } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (status) => {
      if (status !== 0) return fail(new Error(`${payload.client} failed (${status}):\n${out}\n${err.slice(-2000)}`));
      const [secs, user, sys, kib] = err.trim().split('\n').pop().split(' ').map(Number);
      const inner = JSON.parse(out);
      done({ wall: secs * 1000, cpu: (user + sys) * 1000, rss: kib / 1024, copyWall: inner.wall, copyCpu: inner.cpu });
    });
  });
}

const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

async function main() {
  const [runs, n, mib] = [5, 8, 32].map((d, i) => Number(process.argv[2 + i] ?? d));
  const scenarios = (process.argv[5] ?? 'plain,tls').split(',').map((s) => (s === 'tls' ? 'basic' : s));
  // BENCH_CLIENTS=name,name: these instead of the default set; node:http, the baseline, always runs.
  const only = process.env.BENCH_CLIENTS?.split(',') ?? DEFAULT_CLIENTS;
  const names = Object.keys(clients).filter((k) => k === 'node:http' || only.includes(k));
  const nodeRss = median(await Promise.all([0, 1, 2].map(() => measure({ client: 'node:http', scenario: 'plain', src: 'x', dest: 'y', blobs: [] })))).rss;
  console.log(
    `http-client: ${n} × ${mib} MiB blobs, ${CONCURRENCY} in flight, ${runs} runs each; node ${process.version}, undici ${createRequire(import.meta.url)('undici/package.json').version}`,
  );
  for (const scenario of scenarios) {
    const reg = registryOf(scenario);
    const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    const src = `bench/http-client-src-${id}`;
    const blobs = await seed(reg, src, n, mib);
    const res = Object.fromEntries(names.map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      // Rotate the order, so no client always runs on a machine another one just warmed.
      const order = names.map((_, j) => names[(i + j) % names.length]);
      for (const client of order) {
        const dest = `bench/http-client-${client.replace(/[^a-z]/g, '')}-${id}-${i}`;
        res[client].push(await measure({ client, scenario, src, dest, blobs }));
      }
    }
    console.log(`${scenario === 'basic' ? 'tls (5001, basic auth)' : 'plain (5000)'}: medians (min–max); the child copying nothing: ${nodeRss.toFixed(0)} MiB`);
    const base = res['node:http'];
    for (const client of names) {
      const r = res[client];
      const cols = ['wall', 'cpu', 'rss', 'copyWall', 'copyCpu'].map((k) => {
        const m = median(r.map((x) => x[k]));
        const ratio = client === 'node:http' ? '' : ` ${(m / median(base.map((x) => x[k]))).toFixed(2)}×`;
        return `${k} ${m.toFixed(0)} (${spread(r.map((x) => x[k]))})${ratio}`;
      });
      console.log(`  ${client.padEnd(22)} ${cols.join(', ')}`);
    }
  }
}

if (process.env.BENCH_CHILD) await child();
else await main();
