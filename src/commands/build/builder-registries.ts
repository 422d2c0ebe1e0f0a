import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Reference } from '../../registry/reference.js';

/**
 * The registries.conf buildah and podman would read without pinship: CONTAINERS_REGISTRIES_CONF,
 * else the user's own file, else the system's (containers-registries.conf(5)).
 */
function userRegistriesConf(env: NodeJS.ProcessEnv): string {
  if (env.CONTAINERS_REGISTRIES_CONF) return env.CONTAINERS_REGISTRIES_CONF;
  const user = join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'containers', 'registries.conf');
  return existsSync(user) ? user : '/etc/containers/registries.conf';
}

/**
 * The hosts buildah and podman must reach as pinship's own client does: those named in
 * `insecure-registries`, and loopback registries among the Dockerfile's bases (pinship's client
 * always allows plain HTTP there; containers/image has no loopback exception).
 */
export function insecurePullHosts(insecureRegistries: string[], baseImages: string[]): string[] {
  const hosts = new Set(insecureRegistries.map((h) => h.toLowerCase()));
  for (const image of baseImages) {
    try {
      const ref = Reference.parse(image, { defaultTag: true });
      if (ref.registry.isLoopback) hosts.add(ref.registry.host.toLowerCase());
    } catch {
      // Not a reference pinship can read (an unexpanded ARG): the builder decides.
    }
  }
  return [...hosts];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A registries.conf twin marking `hosts` insecure. CONTAINERS_REGISTRIES_CONF replaces the main
 * file only (the registries.conf.d drop-ins still load, and there is no variable for a private
 * drop-in dir), so the twin is the user's main file verbatim (search registries, mirrors,
 * blocks, short-name mode) with one `[[registry]]` table per host appended. A host the file
 * already configures keeps the user's entry: a second one for the same prefix is an error, and
 * the user's own word on that registry wins. A v1-format file cannot be mixed with v2 tables:
 * it is kept as is and the hosts are reported, not silently ignored.
 */
export async function registriesConfTwin(hosts: string[], env: NodeJS.ProcessEnv): Promise<{ text: string; notes: string[] } | undefined> {
  if (!hosts.length) return undefined;
  const source = userRegistriesConf(env);
  let text = '';
  try {
    text = await readFile(source, 'utf8');
  } catch {
    // No registries.conf anywhere: the twin holds only pinship's tables.
  }
  if (/^\s*\[registries\.(search|insecure|block)\]/m.test(text)) {
    return {
      text,
      notes: [
        `${source} uses the v1 format, which cannot be combined with [[registry]] tables: buildah/podman may refuse HTTP or self-signed TLS for ${hosts.join(', ')}; list them under [registries.insecure] there`,
      ],
    };
  }
  const notes: string[] = [];
  const tables: string[] = [];
  for (const host of hosts) {
    if (new RegExp(`^\\s*(prefix|location)\\s*=\\s*["']${escapeRegExp(host)}["']`, 'mi').test(text)) {
      notes.push(
        `${source} already configures ${host}: its entry is kept as written (set insecure = true there if buildah/podman must use HTTP or an unverified certificate)`,
      );
    } else tables.push(`[[registry]]\nlocation = "${host}"\ninsecure = true\n`);
  }
  const head = `# pinship: ${source} with the hosts of insecure-registries and loopback base images marked insecure\n`;
  return { text: `${text}${text && !text.endsWith('\n') ? '\n' : ''}\n${head}${tables.join('\n')}`, notes };
}
