import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pinship-cold-path-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What Node loaded for a run of dist/index.js as the runner starts it (stdout a pipe), read from
 * process.moduleLoadList at exit by a preloaded script.
 */
function loadedModules(env: Record<string, string>): { status: number | null; stdout: string; modules: string[] } {
  const preload = join(dir, 'record.cjs');
  const list = join(dir, 'modules');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const r = spawnSync(process.execPath, ['-r', preload, join(process.cwd(), 'dist', 'index.js')], {
    env: { PATH: process.env.PATH, ...files, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, modules: readFileSync(list, 'utf8').split('\n') };
}

// Issue 13 (bench/cold-start.mjs): each of these cost a failing run 0.1–0.25× of bare Node's start-up. The ESM
// loader's own modules (esm/utils is part of every Node start, CommonJS too): the ES module bundle loaded them.
const HEAVY = /^NativeModule (net|internal\/modules\/esm\/(loader|module_job|translators)|internal\/fs\/promises|timers\/promises|internal\/abort_controller)$/;

test('a run without images fails loading no ESM loader, no stdout stream, no fs/promises, timers or abort controller', () => {
  const run = loadedModules({});
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("::error::Input 'images' is required: one repository per line, e.g. ghcr.io/acme/app\n");
  expect(run.modules.length).toBeGreaterThan(50);
  expect(run.modules.filter((m) => HEAVY.test(m))).toEqual([]);
});

test('an unknown input warns and the bad command fails, on the same light path', () => {
  const run = loadedModules({ INPUT_COMAND: 'build', INPUT_COMMAND: 'bild' });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("::warning::Unexpected input 'comand' (INPUT_COMAND)");
  expect(run.stdout).toContain("::error::Invalid input 'command': 'bild'");
  expect(run.modules.filter((m) => HEAVY.test(m))).toEqual([]);
});
