import { InputError } from '../../settings/inputs.js';
import type { FileOutput } from './bpa-outputs.js';

/**
 * docker/build-push-action's `call`: buildx's `--call`, which asks the Dockerfile frontend a question
 * about the build (a subrequest) instead of building it. Nothing is exported, so nothing is pushed,
 * loaded or tagged.
 */
export interface BuildCall {
  /** `check` lints the Dockerfile, `outline` lists its build arguments and secrets, `targets` its stages. */
  name: 'check' | 'outline' | 'targets';
  /** `format=json`: buildx prints the frontend's JSON answer instead of its table. */
  json: boolean;
  /** `ignorestatus=true`: buildx exits 0 even when the answer has a failing status (check's warnings). */
  ignoreStatus: boolean;
  /** What buildx's --call gets, rebuilt from the parsed fields. */
  spec: string;
}

const NAMES = new Set<string>(['check', 'outline', 'targets']);
const EXPECTED =
  "Expected check, outline or targets, optionally with buildx's ,format=json or ,ignorestatus=true (check,format=json); build (or nothing) builds";

/**
 * The input as buildx's ParseCallFunc reads it (comma-separated fields: one bare name, `format=`,
 * `ignorestatus=`), narrowed to the names build-push-action documents. `build` is buildx's default,
 * an ordinary build. build-push-action hands the value to buildx unchecked; buildx's own refusal
 * comes only after the builder has started, so a typo is caught here.
 */
export function parseCall(value: string): BuildCall | undefined {
  const v = value.trim();
  if (!v || v === 'build') return undefined;
  const call: BuildCall = { name: 'check', json: false, ignoreStatus: false, spec: '' };
  let name = '';
  for (const field of v.split(',').map((f) => f.trim())) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? '' : field.slice(0, eq);
    const val = field.slice(eq + 1).toLowerCase();
    if (eq < 0 && !name && NAMES.has(field)) name = field;
    else if (key === 'format' && (val === 'json' || val === 'text')) call.json = val === 'json';
    else if (key === 'ignorestatus' && (val === 'true' || val === 'false')) call.ignoreStatus = val === 'true';
    else if (key === 'error') {
      // A check's strictness lives in the Dockerfile, not in buildx's --call.
      throw new InputError('call', value, `${EXPECTED}. To fail on a check's warnings write '# check=error=true' at the top of the Dockerfile.`);
    } else throw new InputError('call', value, `${EXPECTED}.`);
  }
  if (!name) throw new InputError('call', value, `${EXPECTED}.`);
  call.name = name as BuildCall['name'];
  call.spec = [name, ...(call.json ? ['format=json'] : []), ...(call.ignoreStatus ? ['ignorestatus=true'] : [])].join(',');
  return call;
}

/** The inputs that ask for an image, which a call does not make. */
export interface ImageWishes {
  load: boolean;
  pushByDigest: boolean;
  outputs: FileOutput[];
  digestFile: unknown;
}

export function refuseImageWishes(call: BuildCall, s: ImageWishes): void {
  const wishes = [
    ...(s.load ? ["'load: true'"] : []),
    ...(s.pushByDigest ? ["'push-by-digest: true'"] : []),
    ...(s.outputs.length ? ["'outputs'"] : []),
    ...(s.digestFile ? ["'digest-file'"] : []),
  ];
  if (wishes.length) {
    throw new Error(
      `Input 'call: ${call.spec}' contradicts input ${wishes.join(', ')}: a call evaluates the build and makes no image to load, push or record; drop one`,
    );
  }
}
