import type { Runtime } from '../host/runtime.js';
import type { Credential } from '../registry/credentials.js';
import { InputError, listInput } from './inputs.js';
import { idleTimeoutInput, retriesInput } from './reliability.js';

/** How pinship reaches registries; shared by every command. */
export interface RegistrySettings {
  /** Explicit credentials: `registry-auth` entries first, then `username`/`password` for the first image's registry. */
  credentials: Array<{ registry: string; credential: Credential }>;
  /** `github-token`: used for ghcr.io when no explicit credential names it. */
  githubToken: string;
  /** `insecure-registries`: hosts allowed plain HTTP or unverified TLS (loopback always may use HTTP). */
  insecureRegistries: string[];
  /** `retries`: attempts per registry request, the first included. */
  attempts: number;
  /** `idle-timeout`: a request silent this long fails and is retried; undefined for the transport's default. */
  idleTimeoutMs?: number;
}

/** docker/login-action's `registry-auth`: a YAML list of {registry, username, password}. */
async function parseRegistryAuth(text: string): Promise<Array<{ registry: string; credential: Credential }>> {
  if (!text) return [];
  const { parse } = await import('yaml');
  const expected = 'Expected a YAML list of {registry, username, password} entries.';
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    // The value holds passwords: never quote it back.
    throw new Error(`Invalid input 'registry-auth': not valid YAML. ${expected}`);
  }
  if (!Array.isArray(doc)) throw new Error(`Invalid input 'registry-auth': not a list. ${expected}`);
  return doc.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const registry = typeof e.registry === 'string' && e.registry ? e.registry : 'docker.io';
    if (typeof e.username !== 'string' || typeof e.password !== 'string' || !e.password) {
      throw new Error(`Invalid input 'registry-auth': entry ${i + 1} (registry '${registry}') needs a username and a password. ${expected}`);
    }
    return { registry, credential: { username: e.username, password: e.password } };
  });
}

export async function readRegistrySettings(rt: Runtime, defaultRegistry: string | undefined): Promise<RegistrySettings> {
  const credentials = await parseRegistryAuth(rt.input('registry-auth'));
  const username = rt.input('username');
  const password = rt.input('password');
  if (password) rt.setSecret(password);
  for (const c of credentials) rt.setSecret(c.credential.password);
  if (username || password) {
    if (!username || !password) throw new Error(`Inputs 'username' and 'password' go together: only '${username ? 'username' : 'password'}' was given`);
    if (!defaultRegistry) throw new Error(`Inputs 'username' and 'password' apply to the first image's registry, but there is no image`);
    credentials.push({ registry: defaultRegistry, credential: { username, password } });
  }
  // action.yml's default is an expression only the runner expands; local runners (local-action) pass it verbatim.
  const rawToken = rt.input('github-token');
  const githubToken = /^\$\{\{.*\}\}$/.test(rawToken) ? '' : rawToken;
  if (githubToken) rt.setSecret(githubToken);
  const insecureRegistries = listInput(rt, 'insecure-registries');
  for (const h of insecureRegistries) {
    if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(h)) throw new InputError('insecure-registries', h, 'Expected host[:port], one per line.');
  }
  return { credentials, githubToken, insecureRegistries, attempts: retriesInput(rt), idleTimeoutMs: idleTimeoutInput(rt) };
}

/** The credentials the inputs give: explicit entries, then the GitHub token for ghcr.io. */
export function inputCredentials(s: RegistrySettings, env: NodeJS.ProcessEnv): Array<{ registry: string; credential: Credential }> {
  const entries = [...s.credentials];
  if (s.githubToken) entries.push({ registry: 'ghcr.io', credential: { username: env.GITHUB_ACTOR || 'x-access-token', password: s.githubToken } });
  return entries;
}
