import { parsePlatforms } from '../../image/platforms.js';
import type { Platform } from '../../registry/mediatypes.js';
import { Reference } from '../../registry/reference.js';
import type { Runtime } from '../../host/runtime.js';
import { readDeployFilesSettings, type DeployFilesSettings } from '../../settings/deployfiles.js';
import { boolInput, InputError, linesInput } from '../../settings/inputs.js';
import { readPullRequest } from '../../settings/pull-request.js';
import { readRegistrySettings, type RegistrySettings } from '../../settings/registry.js';

/** `command: pin`, parsed at the edge. */
export interface PinSettings extends DeployFilesSettings {
  /** `set`: references with digests; every reference to the same repository is rewritten to it, nothing is looked up. */
  set: Reference[];
  /** `keep-tag`: write name:tag@digest rather than name@digest. */
  keepTag: boolean;
  /** `platform`: pin this platform's manifest instead of the index. */
  platform: Platform | undefined;
  /** `pull-request`: commit the changes to `pullRequestBranch` and open or update a pull request. */
  pullRequest: boolean;
  pullRequestBranch: string;
  registry: RegistrySettings;
}

function parseSet(line: string): Reference {
  let ref: Reference;
  try {
    ref = Reference.parse(line);
  } catch (e) {
    throw new InputError('set', line, `Expected an image reference with a digest, e.g. ghcr.io/acme/app:1.4@sha256:... (${(e as Error).message}).`);
  }
  if (!ref.digest) throw new InputError('set', line, 'Expected a reference with a digest (name@sha256:... or name:tag@sha256:...).');
  return ref;
}

function parsePlatform(value: string): Platform | undefined {
  if (!value) return undefined;
  try {
    return parsePlatforms([value])[0];
  } catch {
    throw new InputError('platform', value, 'Expected os/arch[/variant], e.g. linux/amd64.');
  }
}

export async function readPinSettings(rt: Runtime): Promise<PinSettings> {
  const files = readDeployFilesSettings(rt);
  const set = linesInput(rt, 'set').map(parseSet);
  const twice = set.find((r, i) => set.findIndex((o) => o.repository.equals(r.repository)) !== i);
  if (twice) throw new InputError('set', twice.toString(), `Expected one reference per repository; ${twice.repository} is given more than once.`);
  const branch = rt.input('pull-request-branch') || 'pinship/pin';
  return {
    ...files,
    set,
    keepTag: boolInput(rt, 'keep-tag', true),
    platform: parsePlatform(rt.input('platform')),
    pullRequest: readPullRequest(rt),
    pullRequestBranch: branch,
    // username/password apply to the registry of the first `set` reference.
    registry: await readRegistrySettings(rt, set[0]?.registry.host),
  };
}
