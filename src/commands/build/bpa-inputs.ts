import type { Runtime } from '../../host/runtime.js';
import { bpaList, UnclosedQuoteError } from '../../settings/bpa-list.js';
import { InputError } from '../../settings/inputs.js';
import { parseOutput, type FileOutput } from './bpa-outputs.js';

/** A named build context: what `FROM <name>`, `COPY --from=<name>` and `RUN --mount=from=<name>` get instead. */
export interface BuildContext {
  name: string;
  value: string;
}

/** docker/build-push-action's inputs that shape the build beyond its main context (their names and list rules). */
export interface BpaBuildInputs {
  /** `build-contexts`: name=docker-image://ref, name=oci-layout://path, name=path or URL. */
  buildContexts: BuildContext[];
  /** `no-cache-filters`: stages built without the cache. */
  noCacheFilters: string[];
  /** `cgroup-parent`: the parent cgroup of RUN steps' containers; '' for the builder's own. */
  cgroupParent: string;
  /** `allow`: BuildKit entitlements (network.host, security.insecure). */
  allow: string[];
  /** `outputs`: local folders and tarballs of the image's files, written beside pinship's own export. */
  outputs: FileOutput[];
}

function list(rt: Runtime, name: string, ignoreComma: boolean): string[] {
  try {
    return bpaList(rt.input(name), { ignoreComma, trim: true });
  } catch (e) {
    if (e instanceof UnclosedQuoteError) throw new InputError(name, rt.input(name), `Expected entries one per line; ${e.message}.`);
    throw e;
  }
}

const CONTEXT_FORMS = 'Expected name=docker-image://image, name=oci-layout://path[@digest], or name=path (a directory or URL)';

/** Schemes buildx reads as a context source; any other `x://` is a typo better caught here. */
const CONTEXT_SCHEMES = /^(docker-image|oci-layout|https?|git|ssh|container-image|docker):\/\//;

export function parseBuildContext(entry: string): BuildContext {
  const eq = entry.indexOf('=');
  const name = entry.slice(0, Math.max(eq, 0)).trim();
  const value = entry.slice(eq + 1).trim();
  if (eq <= 0 || !name || !value || /[\s,"]/.test(name)) throw new InputError('build-contexts', entry, `${CONTEXT_FORMS}.`);
  if (value.includes('{{')) {
    throw new InputError(
      'build-contexts',
      entry,
      `${CONTEXT_FORMS}; build-push-action's {{defaultContext}} (its Git context) has no equivalent: pinship builds from the checkout.`,
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !CONTEXT_SCHEMES.test(value)) throw new InputError('build-contexts', entry, `${CONTEXT_FORMS}.`);
  // buildx resolves target: only among the targets of one bake run; a single build fails ("failed to find target").
  if (value.startsWith('target:')) {
    throw new InputError(
      'build-contexts',
      entry,
      `${CONTEXT_FORMS}; target: names another docker buildx bake target, which a single build has none of (write the stage's own name in the Dockerfile).`,
    );
  }
  return { name, value };
}

const STAGE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(\.[a-z]+)*(=\S+)?$/;

export function readBpaBuildInputs(rt: Runtime): BpaBuildInputs {
  const cgroupParent = rt.input('cgroup-parent');
  if (cgroupParent && !/^[^\s-][^\s]*$/.test(cgroupParent))
    throw new InputError('cgroup-parent', cgroupParent, 'Expected a cgroup path such as my-builds or /ci.slice.');
  return {
    buildContexts: list(rt, 'build-contexts', true).map(parseBuildContext),
    noCacheFilters: list(rt, 'no-cache-filters', false).map((s) => {
      if (!STAGE.test(s)) throw new InputError('no-cache-filters', s, 'Expected build stage names, one per line or comma-separated.');
      return s;
    }),
    cgroupParent,
    allow: list(rt, 'allow', false).map((s) => {
      if (!ENTITLEMENT.test(s)) throw new InputError('allow', s, 'Expected BuildKit entitlements such as network.host or security.insecure.');
      return s;
    }),
    outputs: list(rt, 'outputs', true).map((line) => parseOutput(line, rt.env)),
  };
}
