/**
 * What the Actions runner would take as workflow commands in a step's stdout or stderr, read as the
 * runner reads them (actions/runner, ActionCommand.TryParseV2 then TryParse): lines split at CR and LF;
 * `::name props::data` once leading white space is trimmed; else `##[name props]data` anywhere in the
 * line (the legacy form). Only registered command names count, as there.
 */
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

export interface RunnerCommand {
  name: string;
  /** Everything after the command's head, unescaped as the runner does for data. */
  data: string;
  line: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function parseLine(line: string): RunnerCommand | undefined {
  // .NET's TrimStart() drops what char.IsWhiteSpace calls white space: JS's \s and NEL.
  const v2 = line.replace(/^[\s\u0085]+/, '');
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const name = v2.slice(2, end).split(' ')[0];
      if (REGISTERED.has(name.toLowerCase())) return { name: name.toLowerCase(), data: unescapeData(v2.slice(end + 2)), line };
    }
  }
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const close = line.indexOf(']', at);
  if (close < 0) return undefined;
  const name = line.slice(at + 3, close).split(' ')[0];
  return REGISTERED.has(name.toLowerCase()) ? { name: name.toLowerCase(), data: unescapeData(line.slice(close + 1)), line } : undefined;
}

export function runnerCommands(output: string): RunnerCommand[] {
  return output.split(/\r\n|\r|\n/).flatMap((l) => parseLine(l) ?? []);
}

/**
 * Commands in `output` that pinship did not write: pinship writes annotations (error, warning,
 * notice) and add-mask for values it was given as secrets, nothing else; an annotation whose text
 * starts with `marker` is one a hostile answer wrote.
 */
export function foreignCommands(output: string, marker: string, secrets: string[] = []): RunnerCommand[] {
  return runnerCommands(output).filter((c) => {
    if (c.name === 'add-mask') return !secrets.includes(c.data);
    if (!['error', 'warning', 'notice'].includes(c.name)) return true;
    return c.data.startsWith(marker);
  });
}
