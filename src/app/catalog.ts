import type { CommandResult, Runtime } from '../host/runtime.js';

export const COMMANDS = ['build', 'meta', 'promote', 'merge', 'pin', 'verify'] as const;
export type Command = (typeof COMMANDS)[number];

export function parseCommand(value: string): Command {
  const v = (value || 'build').trim().toLowerCase();
  if ((COMMANDS as readonly string[]).includes(v)) return v as Command;
  throw new Error(`Invalid input 'command': '${value}'. Expected one of ${COMMANDS.join(', ')}.`);
}

/** Commands load lazily: a failing input check must not pay for builder or registry code. */
export async function dispatch(command: Command, rt: Runtime): Promise<CommandResult> {
  switch (command) {
    case 'build':
      return (await import('../commands/build/command.js')).runBuildCommand(rt);
    case 'meta':
      return (await import('../commands/meta/command.js')).runMetaCommand(rt);
    case 'promote':
      return (await import('../commands/promote/command.js')).runPromoteCommand(rt);
    case 'merge':
      return (await import('../commands/merge/command.js')).runMergeCommand(rt);
    case 'pin':
      return (await import('../commands/pin/command.js')).runPinCommand(rt);
    case 'verify':
      return (await import('../commands/verify/command.js')).runVerifyCommand(rt);
  }
}

/** What each command does, in a line: the CLI's help lists them. */
export const COMMAND_SUMMARIES: Record<Command, string> = {
  build: 'build, tag and push an image (default)',
  meta: 'compute tags and labels only',
  promote: 'copy an image, or every image deployment files pin, between registries by digest',
  merge: 'join per-platform builds into one multi-platform image',
  pin: 'rewrite image references in deployment files to digests',
  verify: 'check that deployment files pin every image by digest',
};

const REGISTRY = ['registry-auth', 'username', 'password', 'github-token', 'insecure-registries', 'retries', 'idle-timeout', 'timeout'] as const;
const TAGGING = ['tags', 'flavor', 'labels', 'pr-sha'] as const;
const SIGNING = ['signing-key', 'signing-key-password', 'keyless', 'fulcio-url', 'rekor-url', 'tlog-upload'] as const;
const DEPLOY_FILES = ['files', 'allow'] as const;
/** GitHub artifact attestations: build and merge, which make the digest they would attest. */
const ATTEST = ['attest', 'attest-push'] as const;
const SIGNER_IDENTITY = ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'trusted-root', 'insecure-ignore-tlog'] as const;

/**
 * The inputs each command reads, so that help lists only those and a run warns about a value given
 * to one the command ignores. __tests__/repo/command-inputs.test.ts records what each command asks
 * for (its settings reader, the signing inputs its execute step reads, main's `timeout`) and holds
 * this table to it both ways.
 */
export const COMMAND_INPUTS: Record<Command, readonly string[]> = {
  build: [
    'images',
    'context',
    'file',
    'build-args',
    'target',
    'platforms',
    'secrets',
    'secret-files',
    'secret-envs',
    'build-contexts',
    'no-cache-filters',
    'cgroup-parent',
    'call',
    'allow',
    'outputs',
    'cache-from',
    'cache-to',
    'no-cache',
    'pull',
    'network',
    'ssh',
    'add-hosts',
    'shm-size',
    'ulimit',
    'builder',
    'buildx-builder',
    ...TAGGING,
    'push',
    'load',
    'push-by-digest',
    'provenance',
    'sbom',
    'attests',
    'attestations',
    'annotations',
    'source-date-epoch',
    'digest-file',
    ...SIGNING,
    ...ATTEST,
    ...REGISTRY,
  ],
  meta: ['images', 'context', ...TAGGING, 'annotations', 'timeout'],
  promote: [
    'files',
    'source',
    'pin-files',
    'map',
    'images',
    'tags',
    'expected-digest',
    'referrers',
    'platforms',
    'allow-digest-change',
    'concurrency',
    ...SIGNING,
    'public-key',
    ...SIGNER_IDENTITY,
    'require-signature',
    'pull-request',
    'pull-request-branch',
    ...REGISTRY,
  ],
  merge: ['images', 'source', 'digests', 'digest-files', ...TAGGING, 'annotations', ...SIGNING, ...ATTEST, ...REGISTRY],
  pin: [...DEPLOY_FILES, 'set', 'keep-tag', 'platform', 'pull-request', 'pull-request-branch', ...REGISTRY],
  verify: [
    ...DEPLOY_FILES,
    'allowed-registries',
    'registry-check',
    'templates',
    'drift',
    'platform-pins',
    'public-key',
    ...SIGNER_IDENTITY,
    'require-signature',
    'require-provenance',
    ...REGISTRY,
  ],
};

/**
 * Inputs given a value the command does not read: most often a step copied from another command's.
 * `defaults` are action.yml's: the runner sets every defaulted input, so only a value that differs counts.
 */
export function ignoredInputWarnings(command: Command, given: (name: string) => string, declared: ReadonlyMap<string, string | undefined>): string[] {
  const used = new Set(['command', ...COMMAND_INPUTS[command]]);
  return [...declared.keys()]
    .filter((n) => !used.has(n))
    .filter((n) => {
      const v = given(n);
      const byDefault = declared.get(n) ?? '';
      // A default that is an expression (`${{ github.token }}`) reaches the step evaluated: never the user's doing.
      return v !== '' && v !== byDefault && !byDefault.includes('${{');
    })
    .map((n) => `Input '${n}' is not used by command '${command}' and is ignored (it applies to ${commandsUsing(n).join(', ') || 'no command'}).`);
}

function commandsUsing(name: string): Command[] {
  return (Object.keys(COMMAND_INPUTS) as Command[]).filter((c) => COMMAND_INPUTS[c].includes(name));
}

const IMAGE_OUTPUTS = ['digest', 'image', 'images', 'tags', 'version', 'imageid', 'platform-digests', 'labels', 'metadata'] as const;

/** The outputs each command sets, so that a command's help lists only those. */
export const COMMAND_OUTPUTS: Record<Command, readonly string[]> = {
  build: [...IMAGE_OUTPUTS, 'changed', 'attestation-id', 'attestation-url'],
  meta: ['tags', 'labels', 'version', 'annotations', 'json'],
  promote: [...IMAGE_OUTPUTS, 'changed-files', 'pull-request-url', 'changed'],
  merge: [...IMAGE_OUTPUTS, 'changed', 'attestation-id', 'attestation-url'],
  pin: ['changed-files', 'pinned', 'metadata', 'pull-request-url'],
  verify: ['metadata'],
};
