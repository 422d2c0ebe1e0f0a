import { InputError } from '../../../settings/inputs.js';
import { Repository } from '../../../registry/reference.js';

const FORM = 'Expected SOURCE_PREFIX => DESTINATION_PREFIX, one per line, e.g. ghcr.io/acme/ => registry.example/acme/.';

/** One line of `map`: repositories at or under `source` go to the same place under `destination`. */
export interface MapRule {
  /** Canonical (docker.io, no trailing '/'), so that it compares with Repository.toString(). */
  source: string;
  destination: string;
  line: string;
}

/** The part of a prefix that compares with repository names: a trailing '/' only says "and below". */
const trimmed = (prefix: string): string => prefix.replace(/\/+$/, '');

/** Whether `name` is `host[:port]/...` or a bare host: a prefix must name its registry, or it would silently mean Docker Hub. */
function parsedPrefix(prefix: string): Repository | undefined {
  try {
    const probe = Repository.parse(`${prefix}/x`);
    const host = prefix.split('/')[0];
    return probe.registry.host.toLowerCase() === host.toLowerCase().replace(/^index\.docker\.io$/, 'docker.io') ? probe : undefined;
  } catch {
    return undefined;
  }
}

function sourcePrefix(raw: string, line: string): string {
  const prefix = trimmed(raw.toLowerCase()).replace(/^index\.docker\.io(?=\/|$)/, 'docker.io');
  const probe = prefix ? parsedPrefix(prefix) : undefined;
  if (!probe) {
    throw new InputError('map', line, `The source prefix '${raw}' is not a registry host or repository prefix with its host (ghcr.io/acme/). ${FORM}`);
  }
  return probe.toString().slice(0, -2);
}

function destinationPrefix(raw: string, line: string): string {
  const prefix = trimmed(raw);
  const probe = prefix ? parsedPrefix(prefix) : undefined;
  // Canonical as written: pinship writes these names into registries and files, so it does not guess at them.
  if (!probe || probe.toString() !== `${prefix}/x`) {
    throw new InputError(
      'map',
      line,
      `The destination prefix '${raw}' is not a valid repository prefix: expected a registry host and lower-case path, e.g. registry.example/acme/. ${FORM}`,
    );
  }
  return prefix;
}

/** `map`: lines `SOURCE_PREFIX => DESTINATION_PREFIX`; an empty map maps nothing, which is an error of its own. */
export function parseMap(lines: string[]): MapRule[] {
  if (!lines.length)
    throw new Error(`Input 'map' is required with 'files': lines SOURCE_PREFIX => DESTINATION_PREFIX, e.g. ghcr.io/acme/ => registry.example/acme/`);
  const rules = lines.map((line): MapRule => {
    const parts = line.split('=>');
    if (parts.length !== 2) throw new InputError('map', line, FORM);
    const [source, destination] = parts.map((p) => p.trim());
    return { source: sourcePrefix(source, line), destination: destinationPrefix(destination, line), line };
  });
  const twice = rules.find((r, i) => rules.findIndex((o) => o.source === r.source) !== i);
  if (twice) throw new InputError('map', twice.line, `The source prefix ${twice.source} is mapped more than once; expected one line per source prefix.`);
  return rules;
}

/** Where `repo` goes: the longest matching source prefix wins; undefined when no line matches. */
export function mapRepository(rules: MapRule[], repo: Repository): Repository | undefined {
  const name = repo.toString();
  const matches = rules.filter((r) => name === r.source || name.startsWith(`${r.source}/`));
  const best = matches.sort((a, b) => b.source.length - a.source.length)[0];
  if (!best) return undefined;
  const mapped = best.destination + name.slice(best.source.length);
  try {
    return Repository.parse(mapped);
  } catch (e) {
    throw new Error(`map line '${best.line}' maps ${name} to '${mapped}', which is not a valid repository: ${(e as Error).message}`, { cause: e });
  }
}
