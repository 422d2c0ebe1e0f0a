import { describe, expect, test } from '@jest/globals';
import { mapRepository, parseMap } from '../../src/commands/promote/environment/map.js';
import { Repository } from '../../src/registry/reference.js';

const MAP = [
  'ghcr.io/acme/ => registry.prod.example/acme/',
  'ghcr.io/acme/tools => registry.prod.example/ops/tools',
  'docker.io/library/redis => registry.prod.example/mirror/redis',
  'ghcr.io/ => registry.prod.example/ghcr/',
  '127.0.0.1:5000/staging => 127.0.0.1:5001/prod/',
];

describe('map: the longest matching prefix wins', () => {
  const rules = parseMap(MAP);
  test.each<[string, string | undefined]>([
    ['ghcr.io/acme/web', 'registry.prod.example/acme/web'],
    ['ghcr.io/acme/api/worker', 'registry.prod.example/acme/api/worker'],
    ['ghcr.io/acme/tools', 'registry.prod.example/ops/tools'],
    ['ghcr.io/acme/tools/lint', 'registry.prod.example/ops/tools/lint'],
    // A prefix ends at a path boundary: acme does not cover acme-labs.
    ['ghcr.io/acme-labs/web', 'registry.prod.example/ghcr/acme-labs/web'],
    ['ghcr.io/acme/toolset', 'registry.prod.example/acme/toolset'],
    ['redis', 'registry.prod.example/mirror/redis'],
    ['docker.io/library/redis', 'registry.prod.example/mirror/redis'],
    ['redis-exporter', undefined],
    ['quay.io/acme/web', undefined],
    ['127.0.0.1:5000/staging/web', '127.0.0.1:5001/prod/web'],
    ['127.0.0.1:5000/stagingx/web', undefined],
  ])('%s => %s', (source, destination) => {
    expect(mapRepository(rules, Repository.parse(source))?.toString()).toBe(destination);
  });
});

describe('map: bad lines are one error naming the line and the expected form', () => {
  test.each<[string[], RegExp]>([
    [[], /^Input 'map' is required with 'files'/],
    [
      ['ghcr.io/acme/ -> registry.example/acme/'],
      /^Invalid input 'map': 'ghcr.io\/acme\/ -> registry.example\/acme\/'\. Expected SOURCE_PREFIX => DESTINATION_PREFIX/,
    ],
    [['ghcr.io/a => b => c'], /^Invalid input 'map': 'ghcr.io\/a => b => c'\. Expected SOURCE_PREFIX/],
    [['ghcr.io/acme/ => Registry.example/ACME/'], /destination prefix 'Registry.example\/ACME\/' is not a valid repository prefix/],
    [['ghcr.io/acme/ => acme/'], /destination prefix 'acme\/' is not a valid repository prefix: expected a registry host/],
    [['ghcr.io/acme/ => '], /destination prefix '' is not a valid repository prefix/],
    [['ghcr.io/acme/ => registry.example/a//b'], /destination prefix 'registry.example\/a\/\/b' is not a valid repository prefix/],
    [['acme/ => registry.example/acme/'], /source prefix 'acme\/' is not a registry host or repository prefix with its host/],
    [[' => registry.example/acme/'], /source prefix '' is not/],
    [['ghcr.io/acme/ => r.example/a/', 'ghcr.io/acme => r.example/b/'], /source prefix ghcr.io\/acme is mapped more than once/],
  ])('%j', (lines, message) => {
    expect(() => parseMap(lines)).toThrow(message);
  });
});
