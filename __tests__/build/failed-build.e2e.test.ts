import { events, runAction } from '../helpers/action.js';
import { buildContext } from '../helpers/build.js';
import { uniqueRepo } from '../helpers/env.js';
import { loadTestEnv } from '../helpers/registry.js';

const env = loadTestEnv();

/** The runner turns `::error::` into the annotation, decoding %0A into new lines. */
const annotation = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n');

test.each([
  ['buildx', /\(at step \[3\/3\] RUN exit 3; docker-buildx build exited with code 1\)/, /^ERROR: .*exit code: 3/],
  // The classic builder and buildah count the label steps pinship appends, so the step number varies.
  ['docker', /\(at step \d+\/\d+ RUN exit 3; docker build exited with code 3\)/, /^The command '\/bin\/sh -c exit 3' returned a non-zero code: 3/],
  ['buildah', /\(at step \d+\/\d+ RUN exit 3; buildah build exited with code 3\)/, /^(error|Error).*exit status 3/],
])('%s: a failed build is annotated with the builder error lines and the step; the command line goes to the log only', async (builder, step, lead) => {
  const ctx = buildContext((p) => `FROM ${env.baseImage}\nCOPY ${p} /p\nRUN exit 3\n`);
  const image = `${env.registries.plain.host}/${uniqueRepo('failed-build')}`;
  const run = await runAction({ images: image, context: ctx, builder, network: 'none' }, events.pushMain(), {
    DOCKER_HOST: env.dockerHost,
    CONTAINERS_REGISTRIES_CONF: env.registriesConf,
    CONTAINERS_CONF: env.containersConf,
  });
  expect(run.code).toBe(1);
  const text = annotation(run.stdout);
  expect(text).toMatch(lead);
  expect(text).toMatch(step);
  expect(text).not.toContain('--file');
  expect(text.length).toBeLessThan(600);
  const log =
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::error::'))
      .join('\n') + run.stderr;
  expect(log).toContain(`--file ${ctx}/Dockerfile`);
});
