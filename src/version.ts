import { readFileSync } from 'node:fs';

/**
 * The package.json above src/; ncc resolves the same path to dist/package.json, which
 * scripts/build.mjs writes with the package's version. Its own module: provenance needs it on every
 * build, and cli-help.ts (its old home) pulls in action.yml's YAML parser (292 kB of bundle).
 */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
