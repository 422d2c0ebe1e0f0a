import { actionMeta, type ActionField } from './action-meta.js';

const COMMAND_LINES: Record<string, string> = {
  build: 'build, tag and push an image (default)',
  meta: 'compute tags and labels only',
  promote: 'copy an image between registries by digest',
};

/** Inputs whose description starts with another command's name ("promote: ...") belong to that command only. */
export function inputsFor(command: string): ActionField[] {
  const own = (f: ActionField): string | undefined => /^([a-z]+):/.exec(f.description)?.[1];
  return actionMeta().inputs.filter((f) => f.name !== 'command' && (own(f) === undefined || own(f) === command || !(own(f)! in COMMAND_LINES)));
}

const row = (f: ActionField, prefix: string): string =>
  `  ${`${prefix}${f.name}`.padEnd(26)} ${f.description}${f.default !== undefined && f.default !== '' ? ` (default: ${f.default})` : ''}`;

export function generalHelp(): string {
  return [
    'Usage: pinship [command] [--<input> <value> ...]',
    '',
    'Commands:',
    ...Object.entries(COMMAND_LINES).map(([c, d]) => `  ${c.padEnd(26)} ${d}`),
    '',
    'Options:',
    `  ${'--help'.padEnd(26)} show this help, or a command's inputs and outputs (pinship build --help)`,
    `  ${'--version'.padEnd(26)} print the version`,
    '',
    "Inputs are action.yml's, as flags (--images ghcr.io/acme/app) or INPUT_<NAME> variables.",
    'Outputs are printed as one JSON object on stdout; logs go to stderr.',
    '',
  ].join('\n');
}

export function commandHelp(command: string): string {
  return [
    `Usage: pinship ${command} [--<input> <value> ...]`,
    '',
    `${COMMAND_LINES[command] ?? command}.`,
    '',
    'Inputs:',
    ...inputsFor(command).map((f) => row(f, '--')),
    '',
    'Outputs (JSON keys on stdout):',
    ...actionMeta().outputs.map((f) => row(f, '')),
    '',
  ].join('\n');
}
