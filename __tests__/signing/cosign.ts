import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestEnv } from '../helpers/env.js';

export interface Cosign {
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; out: string }>;
  /** A fresh `cosign generate-key-pair`: the files' contents. */
  keyPair(password: string): Promise<{ key: string; pub: string; keyFile: string }>;
  /** `cosign sign --key` without a transparency log; `extra` flags and environment added. */
  sign(image: string, keyFile: string, password: string, extra?: { args?: string[]; env?: NodeJS.ProcessEnv }): Promise<void>;
  verify(image: string, pub: string, extraArgs?: string[]): Promise<{ code: number; out: string }>;
}

/**
 * The real cosign, offline: no transparency log (`--tlog-upload=false`, `--insecure-ignore-tlog`),
 * the test CA through SSL_CERT_FILE, registry logins from the environment's docker config.
 */
export function cosign(env: TestEnv): Cosign {
  const home = mkdtempSync(join(tmpdir(), 'pinship-cosign-'));
  const base = { PATH: process.env.PATH, HOME: home, SSL_CERT_FILE: env.caBundle, DOCKER_CONFIG: env.dockerConfig, COSIGN_YES: 'true' };
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> =>
    new Promise((resolve) => {
      execFile(env.cosign, args, { cwd: home, env: { ...base, ...extra }, timeout: 120_000 }, (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` });
      });
    });
  let n = 0;
  return {
    run,
    async keyPair(password) {
      const prefix = `k${n++}`;
      const r = await run(['generate-key-pair', '--output-key-prefix', prefix], { COSIGN_PASSWORD: password });
      if (r.code !== 0) throw new Error(`cosign generate-key-pair failed: ${r.out}`);
      const keyFile = join(home, `${prefix}.key`);
      return { key: readFileSync(keyFile, 'utf8'), pub: readFileSync(join(home, `${prefix}.pub`), 'utf8'), keyFile };
    },
    async sign(image, keyFile, password, extra = {}) {
      const flags = ['--key', keyFile, '--tlog-upload=false', '--allow-http-registry', '--allow-insecure-registry', ...(extra.args ?? [])];
      const r = await run(['sign', ...flags, image], { COSIGN_PASSWORD: password, ...extra.env });
      if (r.code !== 0) throw new Error(`cosign sign ${image} failed: ${r.out}`);
    },
    async verify(image, pub, extraArgs = []) {
      const file = join(home, `verify-${n++}.pub`);
      writeFileSync(file, pub);
      return run(['verify', '--key', file, '--insecure-ignore-tlog=true', '--allow-http-registry', '--allow-insecure-registry', ...extraArgs, image]);
    },
  };
}
