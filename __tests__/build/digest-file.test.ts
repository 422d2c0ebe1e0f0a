import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDigestFile, writeDigestFile } from '../../src/commands/build/digest-file.js';

/** A workspace, a RUNNER_TEMP and a file outside both that a pull request would like overwritten. */
function layout(): { workspace: string; temp: string; victim: string; env: NodeJS.ProcessEnv } {
  const base = mkdtempSync(join(tmpdir(), 'pinship-digestfile-'));
  const workspace = join(base, 'workspace');
  const temp = join(base, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(temp);
  const victim = join(base, 'victim');
  writeFileSync(victim, 'original');
  return { workspace, temp, victim, env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } };
}

describe('digest-file', () => {
  test('inside the workspace or RUNNER_TEMP: written, replacing an old record, no temporary file left', async () => {
    const { workspace, temp, env } = layout();
    mkdirSync(join(workspace, 'out'));
    writeFileSync(join(workspace, 'out', 'digest.json'), 'old');
    const target = await parseDigestFile('out/digest.json', env, workspace);
    expect(target).toEqual({ dir: realpathSync(join(workspace, 'out')), name: 'digest.json' });
    await writeDigestFile(target!, '{"digest":"sha256:x"}\n');
    expect(readFileSync(join(workspace, 'out', 'digest.json'), 'utf8')).toBe('{"digest":"sha256:x"}\n');
    expect(readdirSync(join(workspace, 'out'))).toEqual(['digest.json']);
    expect(await parseDigestFile(join(temp, 'd.json'), env, workspace)).toEqual({ dir: realpathSync(temp), name: 'd.json' });
  });

  test('without GITHUB_WORKSPACE (the CLI) the working directory is the workspace', async () => {
    const { workspace, victim } = layout();
    expect(await parseDigestFile('d.json', {}, workspace)).toEqual({ dir: realpathSync(workspace), name: 'd.json' });
    await expect(parseDigestFile(victim, {}, workspace)).rejects.toThrow(`Expected a path inside the workspace (${workspace}): pinship writes nowhere else.`);
  });

  test('a symlink at the path is refused as the inputs are read; its target keeps its bytes', async () => {
    const { workspace, victim, env } = layout();
    symlinkSync(victim, join(workspace, 'digest.json'));
    await expect(parseDigestFile('digest.json', env, workspace)).rejects.toThrow(
      /^Invalid input 'digest-file': 'digest.json'\. .*digest\.json exists and is a symlink; pinship neither follows nor replaces it\.$/,
    );
    expect(readFileSync(victim, 'utf8')).toBe('original');
  });

  test('a folder that is a symlink leading outside is refused: the check is on the real path', async () => {
    const { workspace, victim, env } = layout();
    symlinkSync(join(victim, '..'), join(workspace, 'escape'));
    await expect(parseDigestFile('escape/victim', env, workspace)).rejects.toThrow(
      /^Invalid input 'digest-file': 'escape\/victim'\. Expected a path inside the workspace/,
    );
    await expect(parseDigestFile('../victim', env, workspace)).rejects.toThrow(/Expected a path inside the workspace/);
    await expect(parseDigestFile('missing/d.json', env, workspace)).rejects.toThrow(
      /^Invalid input 'digest-file': 'missing\/d.json'\. Its folder .*missing does not exist\.$/,
    );
    expect(readFileSync(victim, 'utf8')).toBe('original');
  });

  test('a symlink placed at the path during the build is not followed: the write fails, its target untouched', async () => {
    const { workspace, victim, env } = layout();
    const target = await parseDigestFile('digest.json', env, workspace);
    symlinkSync(victim, join(workspace, 'digest.json'));
    await expect(writeDigestFile(target!, 'record')).rejects.toThrow(/^digest-file: .*digest\.json exists and is a symlink/);
    expect(readFileSync(victim, 'utf8')).toBe('original');
    expect(readdirSync(workspace)).toEqual(['digest.json']);
  });
});

test('no digest-file is no target, not the working directory', async () => {
  const { workspace, env } = layout();
  expect(await parseDigestFile('', env, workspace)).toBeUndefined();
});
