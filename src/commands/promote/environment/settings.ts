import type { Runtime } from '../../../host/runtime.js';
import { Repository } from '../../../registry/reference.js';
import { boolInput, InputError, intInput, linesInput } from '../../../settings/inputs.js';
import { readPullRequest } from '../../../settings/pull-request.js';
import { readRegistrySettings, type RegistrySettings } from '../../../settings/registry.js';
import { workspaceOf } from '../../../settings/run-roots.js';
import { parseMap, type MapRule } from './map.js';

/** `command: promote` with `files`: every image a set of deployment files pins, promoted together. */
export interface EnvironmentSettings {
  workspace: string;
  /** `files`: the source environment's deployment files. */
  files: string[];
  /** `map`: where each source repository goes. */
  map: MapRule[];
  /** `pin-files`: the destination environment's files, rewritten to the promoted references. */
  pinFiles: string[];
  /** `tags`: plain tag names set beside each reference's own tag. */
  tags: string[];
  referrers: boolean;
  concurrency: number;
  pullRequest: boolean;
  pullRequestBranch: string;
  registry: RegistrySettings;
}

/** Input combinations that belong to neither form of promote: refused before anything else is read. */
export function checkForm(rt: Runtime): 'environment' | 'image' {
  const files = rt.input('files');
  const pinFiles = rt.input('pin-files');
  const map = rt.input('map');
  const source = rt.input('source');
  if (files && source) {
    throw new Error(`Inputs 'files' and 'source' cannot be used together: 'source' promotes one image, 'files' every image the files pin (give one of them)`);
  }
  if (files) {
    // Each of these names one image or its destination, which with 'files' come from the files and 'map'.
    for (const name of ['images', 'expected-digest', 'platforms']) {
      const value = rt.input(name);
      if (value)
        throw new InputError(
          name,
          value.split('\n')[0],
          `Expected it only with input 'source': with 'files', the files name the images and 'map' their destinations.`,
        );
    }
    return 'environment';
  }
  if (pinFiles) throw new InputError('pin-files', pinFiles, `Expected it with input 'files' (the files whose images are promoted).`);
  if (map) throw new InputError('map', map.split('\n')[0], `Expected it with input 'files': 'map' says where the images the files pin go.`);
  return 'image';
}

/** Tag rules (`type=...`) describe one build's commit; a release of many images takes plain names only. */
function plainTag(tag: string): string {
  try {
    Repository.parse('x.example/x').tag(tag);
  } catch {
    throw new InputError('tags', tag, `Expected plain tag names, one per line (letters, digits, '_', '.', '-'; up to 128 characters).`);
  }
  return tag;
}

export async function readEnvironmentSettings(rt: Runtime): Promise<EnvironmentSettings> {
  const map = parseMap(linesInput(rt, 'map'));
  const pullRequest = readPullRequest(rt);
  const pinFiles = linesInput(rt, 'pin-files');
  if (pullRequest && !pinFiles.length)
    throw new InputError('pull-request', 'true', `Expected input 'pin-files' too: the pull request carries the rewritten files.`);
  return {
    workspace: workspaceOf(rt.env),
    files: linesInput(rt, 'files'),
    map,
    pinFiles,
    tags: [...new Set(linesInput(rt, 'tags').map(plainTag))],
    referrers: boolInput(rt, 'referrers', true),
    concurrency: intInput(rt, 'concurrency', 4, 1, 32),
    pullRequest,
    pullRequestBranch: rt.input('pull-request-branch') || 'pinship/promote',
    // username/password apply to the registry of the first destination.
    registry: await readRegistrySettings(rt, map[0].destination.split('/')[0]),
  };
}
