import type { Reference } from '../registry/reference.js';

/** `allow`: reference patterns (`*` matches anything) exempt from pinning and verification. */
export type AllowList = (ref: Reference, written: string) => boolean;

export function allowList(patterns: string[]): AllowList {
  const res = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
  if (!res.length) return () => false;
  return (ref, written) => {
    // Any spelling the user might have in mind: as written, canonical, familiar, with or without the tag.
    const names = [written, ref.toString(), ref.familiar(), ref.repository.toString(), ref.repository.familiar()];
    return res.some((re) => names.some((n) => re.test(n)));
  };
}

/**
 * `allowed-registries`: a registry host (`ghcr.io`, `127.0.0.1:5000`) or a repository prefix
 * (`ghcr.io/acme`); `docker.io` covers Docker Hub short names.
 */
export function registryAllowed(prefixes: string[], ref: Reference): boolean {
  const repo = ref.repository.toString().toLowerCase();
  return prefixes.some((p) => {
    const prefix = p
      .toLowerCase()
      .replace(/\/+$/, '')
      .replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
    return repo === prefix || repo.startsWith(`${prefix}/`);
  });
}
