/**
 * build-push-action's `context: '{{defaultContext}}:subdir'`: pinship's default context is the
 * checkout, so the form names that folder of the checkout; anything leaving it is refused.
 */
import { describe, expect, test } from '@jest/globals';
import { readContext } from '../../src/settings/context.js';
import { inputsRuntime } from '../helpers/runtime.js';

const read = (context: string): string => readContext(inputsRuntime({ context }));

describe('context', () => {
  test.each<[string, string]>([
    ['', '.'],
    ['app', 'app'],
    ['{{defaultContext}}', '.'],
    ['{{defaultContext}}:test', './test'],
    ['{{defaultContext}}:docker/app/', './docker/app/'],
    ['{{defaultContext}}:a/../b', './b'],
    ['{{defaultContext}}:-dir', './-dir'],
  ])('%j is %j', (value, expected) => {
    expect(read(value)).toBe(expected);
  });

  test.each<[string, string]>([
    ['{{defaultContext}}:', 'the subdir must stay inside it'],
    ['{{defaultContext}}:../up', 'the subdir must stay inside it'],
    ['{{defaultContext}}:a/../../up', 'the subdir must stay inside it'],
    ['{{defaultContext}}:/etc', 'the subdir must stay inside it'],
    ['{{defaultContext}}#main:sub', 'Expected {{defaultContext}} or {{defaultContext}}:subdir'],
    ['x/{{defaultContext}}', 'Expected {{defaultContext}} or {{defaultContext}}:subdir'],
  ])('refused: %s', (value, message) => {
    expect(() => read(value)).toThrow(`Invalid input 'context': '${value}'`);
    expect(() => read(value)).toThrow(message);
  });
});
