import type { Runtime } from '../host/runtime.js';
import { parseFlavor, type Flavor } from '../tags/flavor.js';
import { parseTagRules, type TagRule } from '../tags/rules.js';
import { choiceInput, keyValueInput } from './inputs.js';

/** What names and labels an image from the git context: the same inputs, same rules, for build, meta and merge. */
export interface TagSettings {
  /** `tags`: metadata-action tag rules. */
  tagRules: TagRule[];
  /** `flavor`: metadata-action flavor lines. */
  flavor: Flavor;
  /** `labels`: KEY=VALUE lines, overriding the automatic OCI labels. */
  labels: Record<string, string>;
  /** `pr-sha`: which commit names a pull request's image: its head (default) or the merge commit. */
  prSha: 'head' | 'merge';
}

export function readTagSettings(rt: Runtime): TagSettings {
  let tagRules: TagRule[];
  let flavor: Flavor;
  try {
    tagRules = parseTagRules(rt.input('tags'), (w) => rt.warning(w));
  } catch (e) {
    throw new Error(`Invalid input 'tags': ${(e as Error).message}`, { cause: e });
  }
  try {
    flavor = parseFlavor(rt.input('flavor'));
  } catch (e) {
    throw new Error(`Invalid input 'flavor': ${(e as Error).message}`, { cause: e });
  }
  return { tagRules, flavor, labels: keyValueInput(rt, 'labels'), prSha: choiceInput(rt, 'pr-sha', ['head', 'merge'] as const, 'head') };
}
