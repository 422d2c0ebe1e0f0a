/** Which references a publication reads back at a destination once its tags are written. */
import { expect, test } from '@jest/globals';
import { readBackRefs } from '../../src/publish/execute.js';

const ROOT = 'sha256:root';
test.each<[string, Array<{ ref: string; digest: string }>, string[]]>([
  ['no tag (push by digest): the root by digest', [], ['@root']],
  ['a tag naming the root: the tag alone shows the root is there', [{ ref: ':v1', digest: ROOT }], [':v1']],
  [
    'several tags naming the root',
    [
      { ref: ':v1', digest: ROOT },
      { ref: ':latest', digest: ROOT },
    ],
    [':v1', ':latest'],
  ],
  [
    'only tags of other manifests (a signature tag): the root by digest too',
    [{ ref: ':sha256-root.sig', digest: 'sha256:sig' }],
    ['@root', ':sha256-root.sig'],
  ],
])('%s', (_name, tags, refs) => {
  expect(readBackRefs('@root', ROOT, tags).map((r) => r.ref)).toEqual(refs);
});
