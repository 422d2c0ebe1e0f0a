import { FieldError, inputLines, splitFields } from './fields.js';
import { checkTemplate, GLOBAL_NAMES } from './placeholders.js';

export type LatestMode = 'auto' | 'true' | 'false';

export interface Flavor {
  latest: LatestMode;
  /** Applied to every tag whose rule sets no prefix of its own; may hold expressions. */
  prefix: string;
  /** Whether `prefix` also applies to the generated `latest` tag. */
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

export const DEFAULT_FLAVOR: Readonly<Flavor> = {
  latest: 'auto',
  prefix: '',
  prefixLatest: false,
  suffix: '',
  suffixLatest: false,
};

function parseFlavorLine(line: string, flavor: Flavor): void {
  // `onlatest` binds to the prefix= or suffix= that precedes it on the same
  // line; elsewhere metadata-action ignores it, and so do we.
  let onlatestFor: 'prefix' | 'suffix' | undefined;
  for (const { key, value } of splitFields(line)) {
    switch (key) {
      case undefined:
        throw new FieldError(`'${value}' has no '='. Expected key=value`);
      case 'latest':
        if (value !== 'auto' && value !== 'true' && value !== 'false') {
          throw new FieldError(`latest '${value}' is not valid. Expected auto, true or false`);
        }
        flavor.latest = value;
        break;
      case 'prefix':
      case 'suffix':
        checkTemplate(GLOBAL_NAMES, key, value);
        flavor[key] = value;
        onlatestFor = key;
        break;
      case 'onlatest':
        if (value !== 'true' && value !== 'false') {
          throw new FieldError(`onlatest '${value}' is not valid. Expected true or false`);
        }
        if (onlatestFor === 'prefix') flavor.prefixLatest = value === 'true';
        if (onlatestFor === 'suffix') flavor.suffixLatest = value === 'true';
        break;
      default:
        throw new FieldError(`unknown key '${key}'. Expected latest, prefix, suffix or onlatest`);
    }
  }
}

/** Parses the `flavor` input: latest=auto|true|false, prefix=X[,onlatest=B], suffix=X[,onlatest=B]. */
export function parseFlavor(input: string | readonly string[]): Flavor {
  const flavor: Flavor = { ...DEFAULT_FLAVOR };
  for (const line of inputLines(input)) {
    try {
      parseFlavorLine(line, flavor);
    } catch (e) {
      if (e instanceof FieldError) throw new Error(`Invalid flavor '${line}': ${e.message}`, { cause: e });
      throw e;
    }
  }
  return flavor;
}
