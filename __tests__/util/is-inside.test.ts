import { expect, test } from '@jest/globals';
import { isInside } from '../../src/util/glob.js';

test('inside is the root itself or below it, by path segments: a sibling sharing its prefix, its parent and .. are outside', () => {
  expect(isInside('/ws', '/ws')).toBe(true);
  expect(isInside('/ws', '/ws/')).toBe(true);
  expect(isInside('/ws', '/ws/k8s/app.yaml')).toBe(true);
  expect(isInside('/ws', '/ws/..data/x')).toBe(true);
  expect(isInside('/ws', '/ws-evil/x')).toBe(false);
  expect(isInside('/ws', '/')).toBe(false);
  expect(isInside('/ws', '/ws/../etc/passwd')).toBe(false);
  expect(isInside('/ws/a', '/ws/b')).toBe(false);
  expect(isInside('/ws', 'relative/path')).toBe(false);
});
