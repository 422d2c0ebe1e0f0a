import { jest } from '@jest/globals';
import { failureSummary } from '../../src/report/failure.js';
import { execTool } from '../../src/util/exec.js';
import { jsonText, lineGuard, logText } from '../../src/util/log-text.js';
import { foreignCommands, runnerCommands } from '../helpers/runner-parse.js';

const COMMANDS = ['::set-output name=a::b', '\t::add-mask::x', '\u3000::error::y', 'text ##[save-state name=s;]z', '::stop-commands::t'];

test('every line of a logged message is text to the runner, and the message stays readable', () => {
  const message = `pinship: base image said ${COMMANDS.join('\n')}\r\n${COMMANDS.join('\r')}`;
  // Nine: the first line starts with pinship's words.
  expect(runnerCommands(message)).toHaveLength(9);
  const shown = logText(message);
  expect(runnerCommands(shown)).toEqual([]);
  // One entry: the lines after the first are indented under it, and each command is still legible.
  expect(shown.split('\n')[0]).toBe('pinship: base image said ::set-output name=a::b');
  expect(shown.split('\n').slice(1)).toEqual(expect.arrayContaining(['  \t\\::add-mask::x', '  text ##\\[save-state name=s;]z', '  \\::stop-commands::t']));
  expect(logText('\u0007bell \u001b[31mred')).toBe('\\x07bell \\x1b[31mred');
});

test('a message that starts with a command is text too, and pinship-worded lines pass unchanged', () => {
  expect(runnerCommands(logText('::add-mask::secret'))).toEqual([]);
  expect(logText('copied sha256:abc (12 bytes) to 127.0.0.1:5000/app')).toBe('copied sha256:abc (12 bytes) to 127.0.0.1:5000/app');
});

test('JSON outputs keep their value and lose the legacy command form', () => {
  const json = JSON.stringify({ out: 'a ##[set-output name=x;]y\n::error::z' }, null, 2);
  expect(runnerCommands(json)).toHaveLength(1);
  expect(runnerCommands(jsonText(json))).toEqual([]);
  expect(JSON.parse(jsonText(json))).toEqual(JSON.parse(json));
});

test("a tool's output is guarded line by line, whatever its chunks cut", () => {
  const text = `step 1\n${COMMANDS.join('\n')}\r::notice::w\nlast ##[error]no newline`;
  const bytes = Buffer.from(`é${text}`);
  for (const cut of [1, 2, 3, 7, 64]) {
    let out = '';
    const guard = lineGuard((t) => (out += t));
    for (let i = 0; i < bytes.length; i += cut) guard.push(bytes.subarray(i, i + cut));
    guard.end();
    expect(runnerCommands(out)).toEqual([]);
    // Nothing else changes: the same lines, each still saying what the tool said.
    expect(out.replace(/\\(::)/g, '$1').replace(/##\\\[/g, '##[')).toBe(`é${text}`);
  }
});

test('a line longer than the guard holds is let through in parts, still guarded', () => {
  let out = '';
  const guard = lineGuard((t) => (out += t));
  guard.push(Buffer.from(' '.repeat(70_000)));
  guard.push(Buffer.from(`::error::x ${'#'.repeat(70_000)}`));
  guard.push(Buffer.from('#[error]y\n'));
  guard.end();
  expect(runnerCommands(out)).toEqual([]);
});

test("a tool's streamed output (a build's log) reaches stderr as text", async () => {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    await execTool('sh', ['-c', "printf 'ok\\n::set-output name=p::INJECTED\\n'; printf '##[add-mask]INJECTED' >&2"], { stream: true });
  } finally {
    spy.mockRestore();
  }
  expect(stderr).toContain('set-output name=p::INJECTED');
  expect(stderr).toContain('add-mask]INJECTED');
  expect(foreignCommands(stderr, 'INJECTED')).toEqual([]);
});

test("a failed run's summary keeps a message's backticks inside its code block", () => {
  const summary = failureSummary('verify', 'registry said ```\n![x](https://evil.example/x.png)\n````');
  const fence = summary.split('\n')[2];
  expect(fence).toBe('`````');
  expect(summary.split('\n').filter((l) => l === fence)).toHaveLength(2);
});
