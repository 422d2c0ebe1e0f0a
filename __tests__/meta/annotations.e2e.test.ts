import { expect, test } from '@jest/globals';
import { events, runAction, SHAS } from '../helpers/action.js';

/**
 * metadata-action's documented behaviour (README "Annotations", and its test case latest09):
 * annotations are the OCI defaults with the `annotations` input over them (the `labels` input does
 * not reach them), sorted by key, repeated per level of DOCKER_METADATA_ANNOTATIONS_LEVELS. Its
 * description and licenses come from the repository API, which pinship does not call: here the
 * description is given, and licenses is absent on both sides of the comparison.
 */
test('command: meta outputs annotations as metadata-action does, per DOCKER_METADATA_ANNOTATIONS_LEVELS', async () => {
  const inputs = {
    command: 'meta',
    images: 'org/app\nghcr.io/MyUSER/MyApp',
    tags: 'type=ref,event=tag',
    flavor: 'latest=false',
    labels: [
      'maintainer=CrazyMax',
      'org.opencontainers.image.description=this is a "good" example',
      'org.opencontainers.image.title=MyCustomTitle',
      'org.opencontainers.image.vendor=MyCompany',
    ].join('\n'),
    annotations: [
      'maintainer=Foo',
      'org.opencontainers.image.description=this is a "bad" example',
      'org.opencontainers.image.title=MyNotTitle',
      'org.opencontainers.image.vendor=MyNotCompany',
    ].join('\n'),
  };
  const run = await runAction(inputs, events.pushTag('v1.1.1'), { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' });
  expect(run.code).toBe(0);
  const created = /org\.opencontainers\.image\.created=(\S+)/.exec(run.outputs.labels)?.[1];
  expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const expected = [
    'maintainer=Foo',
    `org.opencontainers.image.created=${created}`,
    'org.opencontainers.image.description=this is a "bad" example',
    `org.opencontainers.image.revision=${SHAS.SHA}`,
    'org.opencontainers.image.source=https://github.com/acme/pinship-demo',
    'org.opencontainers.image.title=MyNotTitle',
    'org.opencontainers.image.url=https://github.com/acme/pinship-demo',
    'org.opencontainers.image.vendor=MyNotCompany',
    'org.opencontainers.image.version=v1.1.1',
  ];
  const lines = [...expected.map((l) => `manifest:${l}`), ...expected.map((l) => `index:${l}`)];
  expect(run.outputs.annotations.split('\n')).toEqual(lines);
  expect((JSON.parse(run.outputs.json) as { annotations: string[] }).annotations).toEqual(lines);
  expect(run.outputs.labels).toContain('maintainer=CrazyMax');
});

test('command: meta annotations default to the manifest level', async () => {
  const run = await runAction({ command: 'meta', images: 'user/app', tags: 'type=ref,event=branch' }, events.pushMain());
  expect(run.code).toBe(0);
  const lines = run.outputs.annotations.split('\n');
  expect(lines.every((l) => l.startsWith('manifest:org.opencontainers.image.'))).toBe(true);
  expect(lines).toContain('manifest:org.opencontainers.image.version=main');
  expect(lines.map((l) => l.split('=')[0])).toEqual([...lines.map((l) => l.split('=')[0])].sort());
});
