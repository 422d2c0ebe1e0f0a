import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestEnv } from './env.js';

export interface TokenStats {
  tokens: number;
  requests: number;
  denied: number;
  anonymous: number;
}

export interface PrivateTokenServer {
  /** http://127.0.0.1:PORT/token, for a proxy to put in the registry's challenge. */
  realm: string;
  /** Counts of this server alone: no other suite can move them. */
  stats(): Promise<TokenStats>;
  close(): Promise<void>;
}

/**
 * Another instance of scripts/token-server.mjs with the test environment's issuer key, users and
 * service, so the token registry accepts its tokens, but with its own token lifetime and counters.
 * Plain HTTP on loopback, which the client allows for a realm.
 */
export async function startPrivateTokenServer(env: TestEnv, ttlSeconds: number): Promise<PrivateTokenServer> {
  const shared = JSON.parse(readFileSync(join(env.dir, 'token', 'config.json'), 'utf8')) as Record<string, unknown>;
  const { tlsKey: _key, tlsCert: _cert, ...rest } = shared;
  // A copy of the users' passwords: private to us, and removed when the server stops.
  const dir = mkdtempSync(join(tmpdir(), 'pinship-token-'));
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ ...rest, host: '127.0.0.1', port: 0, ttlSeconds }), { mode: 0o600 });
  const child = spawn(process.execPath, [join(process.cwd(), 'scripts', 'token-server.mjs'), config], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`token server exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line) as { event?: string; url?: string };
      if (event.event === 'listening' && event.url) resolve(event.url);
    });
  });
  const origin = new URL(url).origin;
  return {
    realm: url,
    stats: () =>
      new Promise((resolve, reject) => {
        http
          .get(`${origin}/stats`, (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve(JSON.parse(body) as TokenStats));
          })
          .on('error', reject);
      }),
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
