import { computeLabels } from '../../src/tags/index.js';
import { HEAD_SHA, NOW, SHA, pullRequest, push } from './fixtures.js';

describe('computeLabels', () => {
  test('OCI labels for a branch push, sorted by key', () => {
    const labels = computeLabels(push('master'), 'master', {}, NOW);
    expect(Object.entries(labels)).toEqual([
      ['org.opencontainers.image.created', '2020-01-10T00:30:00.000Z'],
      ['org.opencontainers.image.description', ''],
      ['org.opencontainers.image.revision', SHA],
      ['org.opencontainers.image.source', 'https://github.com/octocat/Hello-World'],
      ['org.opencontainers.image.title', 'Hello-World'],
      ['org.opencontainers.image.url', 'https://github.com/octocat/Hello-World'],
      ['org.opencontainers.image.version', 'master'],
    ]);
  });

  test('revision is the PR head by default and GITHUB_SHA with prSha=merge', () => {
    expect(computeLabels(pullRequest(2), 'pr-2', {}, NOW)['org.opencontainers.image.revision']).toBe(HEAD_SHA);
    expect(computeLabels(pullRequest(2), 'pr-2', {}, NOW, { prSha: 'merge' })['org.opencontainers.image.revision']).toBe(SHA);
  });

  test('extra labels override, add, and may use expressions (README example)', () => {
    const labels = computeLabels(
      push('master', { commitDate: new Date('2020-01-09T20:16:44Z') }),
      '1.2.3',
      {
        maintainer: 'CrazyMax',
        'org.opencontainers.image.title': 'MyCustomTitle',
        'org.opencontainers.image.description': 'Another description',
        'org.opencontainers.image.created': "{{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}",
      },
      NOW,
    );
    expect(labels).toEqual({
      maintainer: 'CrazyMax',
      'org.opencontainers.image.created': '2020-01-09T20:16:44.000Z',
      'org.opencontainers.image.description': 'Another description',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title': 'MyCustomTitle',
      'org.opencontainers.image.url': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version': '1.2.3',
    });
    expect(Object.keys(labels)[0]).toBe('maintainer');
  });

  test('a broken label expression names the label', () => {
    expect(() => computeLabels(push('master'), '', { x: '{{date' }, NOW)).toThrow("Invalid label 'x={{date': unclosed '{{'");
  });
});
