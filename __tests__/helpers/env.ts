import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegistryInfo {
  host: string;
  tls: boolean;
}
export interface AuthRegistryInfo extends RegistryInfo {
  username: string;
  password: string;
}
export interface TestEnv {
  dir: string;
  dockerHost: string;
  caFile: string;
  registries: {
    plain: RegistryInfo;
    basic: AuthRegistryInfo;
    token: AuthRegistryInfo & { realm: string; service: string };
  };
  baseImage: string;
  busybox: string;
  buildx: boolean;
}

export function loadTestEnv(): TestEnv {
  const dir = process.env.PINSHIP_TEST_DIR || '/var/tmp/pinship-test';
  try {
    return JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8')) as TestEnv;
  } catch {
    throw new Error(`no test environment at ${dir}/env.json: run 'bash scripts/test-env.sh' first`);
  }
}

export function uniqueRepo(prefix: string): string {
  return `pinship-test/${prefix}-${randomBytes(4).toString('hex')}`;
}
