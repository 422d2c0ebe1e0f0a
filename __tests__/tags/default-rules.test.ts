import { computeTags, parseFlavor, parseTagRules } from '../../src/tags/index.js';
import type { GitContext } from '../../src/git/event.js';
import { NOW, dispatch, pullRequest, push, schedule, tagPush } from './fixtures.js';

const run = (tags: string[], ctx: GitContext): { tags: string[] } => computeTags(parseTagRules(tags), parseFlavor([]), ctx, { now: NOW });

// metadata-action's default rules (its src/tag.ts, when `tags` is empty).
const MA_DEFAULTS = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

describe('pinship default rules give every tag metadata-action default rules give', () => {
  test.each<[string, GitContext]>([
    ['push to the default branch', push('master')],
    ['push to a feature branch', push('feature/login')],
    ['semver tag', tagPush('v1.2.3')],
    ['non-semver tag', tagPush('release1')],
    ['pull request', pullRequest(2)],
    ['schedule', schedule()],
    ['workflow_dispatch', dispatch('release/2.x')],
  ])('%s', (_n, ctx) => {
    const pinship = run([], ctx).tags;
    for (const tag of run(MA_DEFAULTS, ctx).tags) expect(pinship).toContain(tag);
  });

  test('except latest on a pre-release tag, which pinship never moves there', () => {
    expect(run(MA_DEFAULTS, tagPush('v2.0.8-beta.67')).tags).toEqual(['v2.0.8-beta.67', 'latest']);
    expect(run([], tagPush('v2.0.8-beta.67')).tags).toEqual(['2.0.8-beta.67', 'v2.0.8-beta.67', 'sha-860c190']);
  });
});
