import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execTool } from '../util/exec.js';

/** What a registry accepts: a user and password, or an OAuth2 refresh token from `docker login`. */
export interface Credential {
  username: string;
  password: string;
  /** docker config's `identitytoken`: exchanged for access tokens with the refresh_token grant. */
  identityToken?: string;
}

export interface CredentialSource {
  lookup(host: string): Promise<Credential | undefined>;
}

/** `index.docker.io`, `registry-1.docker.io` and `https://index.docker.io/v1/` all mean Docker Hub. */
export function normalizeAuthHost(key: string): string {
  let host = key.trim().replace(/^[a-z]+:\/\//i, '');
  host = host.split('/')[0] ?? host;
  host = host.toLowerCase();
  if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'registry.hub.docker.com') {
    return 'docker.io';
  }
  return host;
}

/** Credentials given explicitly (inputs), the first match wins. */
export class StaticCredentials implements CredentialSource {
  private readonly byHost = new Map<string, Credential>();

  constructor(entries: Array<{ registry: string; credential: Credential }>) {
    for (const e of entries) {
      const host = normalizeAuthHost(e.registry);
      if (!this.byHost.has(host)) this.byHost.set(host, e.credential);
    }
  }

  async lookup(host: string): Promise<Credential | undefined> {
    return this.byHost.get(normalizeAuthHost(host));
  }
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, including credential helpers. */
export class DockerConfigCredentials implements CredentialSource {
  private config: Promise<DockerConfig | undefined> | undefined;

  constructor(private readonly dir: string = process.env.DOCKER_CONFIG || join(homedir(), '.docker')) {}

  private load(): Promise<DockerConfig | undefined> {
    this.config ??= readFile(join(this.dir, 'config.json'), 'utf8').then(
      (text) => JSON.parse(text) as DockerConfig,
      () => undefined,
    );
    return this.config;
  }

  async lookup(host: string): Promise<Credential | undefined> {
    const config = await this.load();
    if (!config) return undefined;
    const wanted = normalizeAuthHost(host);
    const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => normalizeAuthHost(k) === wanted);
    const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
    if (helper) {
      const fromHelper = await credentialFromHelper(helper, helperKey ?? serverUrlFor(wanted));
      if (fromHelper) return fromHelper;
    }
    const entryKey = Object.keys(config.auths ?? {}).find((k) => normalizeAuthHost(k) === wanted);
    const entry = entryKey ? config.auths?.[entryKey] : undefined;
    if (!entry) return undefined;
    if (entry.identitytoken) return { username: entry.username ?? '', password: '', identityToken: entry.identitytoken };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password };
    return undefined;
  }
}

/** Docker Hub's helper key is the old v1 index URL, by convention of `docker login`. */
function serverUrlFor(host: string): string {
  return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}

async function credentialFromHelper(helper: string, serverUrl: string): Promise<Credential | undefined> {
  try {
    const { stdout } = await execTool(`docker-credential-${helper}`, ['get'], { input: serverUrl });
    const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
    if (!parsed.Secret) return undefined;
    // `<token>` is how helpers mark an identity token rather than a password.
    if (parsed.Username === '<token>') return { username: '', password: '', identityToken: parsed.Secret };
    return { username: parsed.Username ?? '', password: parsed.Secret };
  } catch {
    // A helper that has nothing for this host exits non-zero ("credentials not found"): anonymous.
    return undefined;
  }
}

/** Tries each source in order; explicit inputs come before the docker config. */
export class ChainCredentials implements CredentialSource {
  constructor(private readonly sources: CredentialSource[]) {}

  async lookup(host: string): Promise<Credential | undefined> {
    for (const s of this.sources) {
      const c = await s.lookup(host);
      if (c) return c;
    }
    return undefined;
  }
}

export const anonymous: CredentialSource = { lookup: async () => undefined };
