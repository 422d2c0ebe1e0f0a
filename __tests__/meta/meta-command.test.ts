import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMetaCommand } from '../../src/commands/meta/command.js';
import { inputsRuntime } from '../helpers/runtime.js';
import { rowEnv } from './metadata-action-table.js';

const context = mkdtempSync(join(tmpdir(), 'pinship-meta-'));
const push = rowEnv('event_push_master.env');

test('DOCKER_METADATA_SHORT_SHA_LENGTH sets the length of type=sha and {{sha}}, as in metadata-action', async () => {
  const rt = inputsRuntime({ images: 'user/app', tags: 'type=sha\ntype=raw,value=at-{{sha}}', context }, { ...push, DOCKER_METADATA_SHORT_SHA_LENGTH: '12' });
  expect((await runMetaCommand(rt)).outputs.tags.split('\n')).toEqual(['user/app:at-266574110acf', 'user/app:sha-266574110acf']);
});

test('a DOCKER_METADATA_SHORT_SHA_LENGTH that is no length fails naming it', async () => {
  const rt = inputsRuntime({ images: 'user/app', tags: 'type=sha', context }, { ...push, DOCKER_METADATA_SHORT_SHA_LENGTH: 'seven' });
  await expect(runMetaCommand(rt)).rejects.toThrow(/^DOCKER_METADATA_SHORT_SHA_LENGTH is 'seven'\. Expected a whole number of characters from 1 to 64/);
});

test('no images: bare tags in the outputs and the summary', async () => {
  const res = await runMetaCommand(inputsRuntime({ tags: 'type=ref,event=branch\ntype=raw,value=x', context }, push));
  expect(res.outputs.tags).toBe('master\nx');
  expect((JSON.parse(res.outputs.json) as { tags: string[] }).tags).toEqual(['master', 'x']);
  expect(res.summary).toContain('**tags** (no `images`: names only) `master` `x`');
});
