import { ExecError, execTool, probe } from '../../src/util/exec.js';

// Real child processes (node itself, sh): the one exec chokepoint's contract, whatever spawns underneath.
const node = process.execPath;

describe('execTool', () => {
  it('hands the tool its input on stdin and returns stdout', async () => {
    const r = await execTool(node, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 's3cret-on-stdin' });
    expect(r.stdout).toBe('s3cret-on-stdin');
  });

  it('closes stdin when there is no input, so a tool reading it finishes', async () => {
    const r = await execTool('sh', ['-c', 'cat; echo done']);
    expect(r.stdout).toBe('done\n');
  });

  it('succeeds on exit code 0 however much the tool writes on stderr', async () => {
    const r = await execTool('sh', ['-c', 'echo "ERROR: only progress" >&2; exit 0']);
    expect(r.stderr).toContain('only progress');
  });

  it('fails on a non-zero exit with the tool error lines first, secrets redacted', async () => {
    const err = await execTool('sh', ['-c', 'echo "error: bad token hunter2" >&2; exit 3', 'hunter2'], { secrets: ['hunter2'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExecError);
    const e = err as ExecError;
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe('error: bad token ***\n(sh exited with code 3)');
    expect(e.command).not.toContain('hunter2');
    expect(e.stderr).not.toContain('hunter2');
  });

  it('reports a missing program as one that could not run, naming it', async () => {
    const err = (await execTool('pinship-no-such-tool', ['x']).catch((e: unknown) => e)) as ExecError;
    expect(err).toBeInstanceOf(ExecError);
    expect(err.exitCode).toBeNull();
    expect(err.message).toBe('pinship-no-such-tool: not found on PATH\n(pinship-no-such-tool x could not run or was killed)');
  });

  it('names a missing working directory rather than the program', async () => {
    const err = (await execTool('sh', ['-c', 'true'], { cwd: '/nonexistent-pinship-dir' }).catch((e: unknown) => e)) as ExecError;
    expect(err.message).toMatch(/^working directory \/nonexistent-pinship-dir does not exist\n/);
  });

  it('reports a tool killed by a signal as one that could not run or was killed', async () => {
    const err = (await execTool('sh', ['-c', 'kill -9 $$']).catch((e: unknown) => e)) as ExecError;
    expect(err).toBeInstanceOf(ExecError);
    expect(err.exitCode).toBeNull();
  });

  it('fails by the exit code, not a crash, when the tool exits before reading its input', async () => {
    // A closed pipe (EPIPE) on stdin must not escape as an uncaught error; repeated because it is a race.
    for (let i = 0; i < 30; i++) {
      const err = (await execTool('sh', ['-c', 'exit 4'], { input: 'secret' }).catch((e: unknown) => e)) as ExecError;
      expect(err.exitCode).toBe(4);
      expect(await probe('sh', ['-c', 'exit 0'])).toBe(true);
    }
  });

  it('starts no child with an INPUT_* variable (credentials among them), given or inherited, in either spelling', async () => {
    const inputs = { 'INPUT_SIGNING-KEY': 'k', INPUT_PASSWORD: 'p', 'INPUT_REGISTRY-AUTH': 'a', input_lower: 'l' };
    const given = await execTool('env', [], { env: { ...inputs, PINSHIP_KEPT: 'y', PATH: process.env.PATH } });
    expect(given.stdout.split('\n').filter(Boolean).sort()).toEqual([`PATH=${process.env.PATH}`, 'PINSHIP_KEPT=y']);
    Object.assign(process.env, inputs);
    try {
      const inherited = await execTool('env', []);
      expect(inherited.stdout).not.toMatch(/^INPUT_/im);
      expect(inherited.stdout).toContain(`PATH=${process.env.PATH}`);
    } finally {
      for (const k of Object.keys(inputs)) delete process.env[k];
    }
  });

  it('runs in cwd with env', async () => {
    const r = await execTool('sh', ['-c', 'pwd; echo $PINSHIP_X'], { cwd: '/', env: { ...process.env, PINSHIP_X: 'y' } });
    expect(r.stdout).toBe('/\ny\n');
  });
});

describe('probe', () => {
  it('is true for exit 0 and false otherwise', async () => {
    expect(await probe('sh', ['-c', 'exit 0'])).toBe(true);
    expect(await probe('sh', ['-c', 'exit 1'])).toBe(false);
    expect(await probe('pinship-no-such-tool', [])).toBe(false);
  });
});

describe('ExecError names the tool by its file name and subcommands', () => {
  test.each<[string, string]>([
    ['docker buildx build --file /ctx/Dockerfile -- /ctx', 'docker buildx build exited with code 1'],
    ['/usr/libexec/docker/cli-plugins/docker-buildx build --file /ctx/Dockerfile -- /ctx', 'docker-buildx build exited with code 1'],
    ['/root/.docker/cli-plugins/docker-buildx build', 'docker-buildx build exited with code 1'],
    ['docker save --output /tmp/x.tar sha256:abc', 'docker save exited with code 1'],
  ])('%s', (command, message) => {
    expect(new ExecError(command, 1, '').message).toBe(message);
  });
});
