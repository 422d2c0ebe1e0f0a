import { actionMeta, type ActionField } from '../host/action-meta.js';
import { COMMAND_INPUTS, COMMAND_OUTPUTS, COMMAND_SUMMARIES } from '../app/catalog.js';
import type { Command } from '../app/catalog.js';

/** The inputs `command` reads, in action.yml's order. */
export function inputsFor(command: Command): ActionField[] {
  return actionMeta().inputs.filter((f) => COMMAND_INPUTS[command].includes(f.name));
}

const row = (f: ActionField, prefix: string): string =>
  `  ${`${prefix}${f.name}`.padEnd(26)} ${f.description}${f.default !== undefined && f.default !== '' ? ` (default: ${f.default})` : ''}`;

export function generalHelp(): string {
  return [
    'Usage: pinship [command] [--<input> <value> ...]',
    '',
    'Commands:',
    ...Object.entries(COMMAND_SUMMARIES).map(([c, d]) => `  ${c.padEnd(26)} ${d}`),
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

export function commandHelp(command: Command): string {
  return [
    `Usage: pinship ${command} [--<input> <value> ...]`,
    '',
    `${COMMAND_SUMMARIES[command]}.`,
    '',
    'Inputs:',
    ...inputsFor(command).map((f) => row(f, '--')),
    '',
    'Outputs (JSON keys on stdout):',
    ...actionMeta()
      .outputs.filter((f) => COMMAND_OUTPUTS[command].includes(f.name))
      .map((f) => row(f, '')),
    '',
  ].join('\n');
}
