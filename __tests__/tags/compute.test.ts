import { computeTags, parseFlavor, parseTagRules } from '../../src/tags/index.js';
import type { GitContext } from '../../src/git/event.js';
import type { ComputeOptions, TagResult } from '../../src/tags/index.js';
import { HEAD_SHA, NOW, SHA, dispatch, pullRequest, push, schedule, tagPush } from './fixtures.js';

function run(tags: string[], flavor: string[], ctx: GitContext, opts: ComputeOptions = {}): TagResult {
  return computeTags(parseTagRules(tags), parseFlavor(flavor), ctx, { now: NOW, ...opts });
}

interface Case {
  tags: string[];
  flavor?: string[];
  ctx: GitContext;
  expected: string[];
  /** Defaults to the first expected tag (or '' when none). */
  version?: string;
  latest?: boolean;
  opts?: ComputeOptions;
}

function table(cases: Record<string, Case>): [string, Case][] {
  return Object.entries(cases);
}

function expectCase(c: Case): void {
  const result = run(c.tags, c.flavor ?? [], c.ctx, c.opts);
  expect(result.tags).toEqual(c.expected);
  expect(result.version).toBe(c.version ?? c.expected[0] ?? '');
  if (c.latest !== undefined) expect(result.latest).toBe(c.latest);
}

// metadata-action's documented default rules (pinship's differ, tested below).
const MA_DEFAULTS = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
const README_SEMVER = ['type=ref,event=branch', 'type=ref,event=pr', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'];

describe('metadata-action README: Basic usage table (default tags)', () => {
  test.each(
    table({
      'pull_request refs/pull/2/merge': { tags: MA_DEFAULTS, ctx: pullRequest(2), expected: ['pr-2'], latest: false },
      'push refs/heads/master': { tags: MA_DEFAULTS, ctx: push('master'), expected: ['master'] },
      'push refs/heads/releases/v1': { tags: MA_DEFAULTS, ctx: push('releases/v1'), expected: ['releases-v1'] },
      'push tag v1.2.3': { tags: MA_DEFAULTS, ctx: tagPush('v1.2.3'), expected: ['v1.2.3', 'latest'], latest: true },
      'push tag v2.0.8-beta.67': { tags: MA_DEFAULTS, ctx: tagPush('v2.0.8-beta.67'), expected: ['v2.0.8-beta.67', 'latest'] },
      'workflow_dispatch refs/heads/master': { tags: MA_DEFAULTS, ctx: dispatch('master'), expected: ['master'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('metadata-action README: Semver usage table and bake example', () => {
  test.each(
    table({
      'pull_request refs/pull/2/merge': { tags: README_SEMVER, ctx: pullRequest(2), expected: ['pr-2'] },
      'push refs/heads/master': { tags: README_SEMVER, ctx: push('master'), expected: ['master'] },
      'push refs/heads/releases/v1': { tags: README_SEMVER, ctx: push('releases/v1'), expected: ['releases-v1'] },
      'push tag v1.2.3': { tags: README_SEMVER, ctx: tagPush('v1.2.3'), expected: ['1.2.3', '1.2', 'latest'] },
      'push tag v2.0.8-beta.67': { tags: README_SEMVER, ctx: tagPush('v2.0.8-beta.67'), expected: ['2.0.8-beta.67'], latest: false },
      'bake file tags for v1.2.3': {
        tags: [...README_SEMVER, 'type=sha'],
        ctx: tagPush('v1.2.3', { sha: '90dd6032fac8bda1b6c4436a2e65de27961ed071' }),
        expected: ['1.2.3', '1.2', 'sha-90dd603', 'latest'],
      },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=schedule (README table)', () => {
  test.each(
    table({
      minimal: { tags: ['type=schedule'], ctx: schedule(), expected: ['nightly'], latest: false },
      'pattern=nightly': { tags: ['type=schedule,pattern=nightly'], ctx: schedule(), expected: ['nightly'] },
      "{{date 'YYYYMMDD'}}": { tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}"], ctx: schedule(), expected: ['20200110'] },
      "{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}": {
        tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"],
        ctx: schedule(),
        expected: ['20200110-093000'],
      },
      "{{date 'YYYYMMDD-hhmmss' tz='Asia/Tokyo'}} (12-hour clock)": {
        tags: ["type=schedule,pattern={{date 'YYYYMMDD-hhmmss' tz='Asia/Tokyo'}}"],
        ctx: schedule(),
        expected: ['20200110-093000'],
      },
      'not on push': { tags: ['type=schedule'], ctx: push('master'), expected: [] },
      'metadata-action defaults on schedule keep the branch tag': { tags: MA_DEFAULTS, ctx: schedule(), expected: ['nightly', 'master'] },
      'prefix/suffix apply': { tags: ['type=schedule,prefix=app-,suffix=-x'], ctx: schedule(), expected: ['app-nightly-x'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=semver (README table)', () => {
  const semver = (tag: string, pattern: string, expected: string[]): Case => ({
    tags: [`type=semver,pattern=${pattern}`],
    ctx: tagPush(tag),
    expected,
  });
  test.each(
    table({
      'v1.2.3 {{raw}}': semver('v1.2.3', '{{raw}}', ['v1.2.3', 'latest']),
      'v1.2.3 {{version}}': semver('v1.2.3', '{{version}}', ['1.2.3', 'latest']),
      'v1.2.3 {{major}}.{{minor}}': semver('v1.2.3', '{{major}}.{{minor}}', ['1.2', 'latest']),
      'v1.2.3 v{{major}}': semver('v1.2.3', 'v{{major}}', ['v1', 'latest']),
      'v1.2.3 {{minor}}': semver('v1.2.3', '{{minor}}', ['2', 'latest']),
      'v1.2.3 {{patch}}': semver('v1.2.3', '{{patch}}', ['3', 'latest']),
      'v2.0.8-beta.67 {{raw}}': semver('v2.0.8-beta.67', '{{raw}}', ['v2.0.8-beta.67']),
      'v2.0.8-beta.67 {{version}}': semver('v2.0.8-beta.67', '{{version}}', ['2.0.8-beta.67']),
      'v2.0.8-beta.67 {{major}}.{{minor}} falls back to version': semver('v2.0.8-beta.67', '{{major}}.{{minor}}', ['2.0.8-beta.67']),
      'pre-release: v{{raw}} is not a lone raw statement': semver('v1.2.3-rc.1', 'v{{raw}}', ['1.2.3-rc.1']),
      'build metadata: {{version}} drops it': semver('v9.5.7-alpha.2+fork.3.1.8', '{{version}}', ['9.5.7-alpha.2']),
      'build metadata: {{raw}} keeps it, sanitized': semver('v9.5.7-alpha.2+fork.3.1.8', '{{raw}}', ['v9.5.7-alpha.2-fork.3.1.8']),
      'custom value on a branch push': {
        tags: ['type=semver,pattern={{version}},value=v1.0.0'],
        ctx: push('master'),
        expected: ['1.0.0', 'latest'],
      },
      'value from an expression': {
        tags: ['type=semver,pattern={{major}},value={{branch}}'],
        ctx: push('3.4.5'),
        expected: ['3', 'latest'],
      },
      'two-part tag is not semver': semver('v0.29', '{{version}}', []),
      'major version zero still yields 0': semver('v0.1.2', '{{major}}', ['0', 'latest']),
    }),
  )('%s', (_n, c) => expectCase(c));

  test('an invalid semver tag is reported as a warning, not an error', () => {
    const result = run(['type=semver,pattern={{version}}'], [], tagPush('release1'));
    expect(result.tags).toEqual([]);
    expect(result.warnings).toEqual(['release1 is not a valid semver. More info: https://semver.org/']);
  });
});

describe('type=semver match= (monorepo tags)', () => {
  test.each(
    table({
      'app/v1.2.3 with match': {
        tags: ['type=semver,pattern={{version}},match=app/v(\\d.*)', 'type=semver,pattern={{major}}.{{minor}},match=app/v(\\d.*)'],
        ctx: tagPush('app/v1.2.3'),
        expected: ['1.2.3', '1.2', 'latest'],
      },
      'app/v1.2.3-rc.1 with match is a pre-release': {
        tags: ['type=semver,pattern={{major}}.{{minor}},match=app/v(.*)'],
        ctx: tagPush('app/v1.2.3-rc.1'),
        expected: ['1.2.3-rc.1'],
        latest: false,
      },
      'app/v1.2.3 without match is not semver': { tags: ['type=semver,pattern={{version}}'], ctx: tagPush('app/v1.2.3'), expected: [] },
      'other component tag does not match': {
        tags: ['type=semver,pattern={{version}},match=app/v(.*)'],
        ctx: tagPush('api/v1.2.3'),
        expected: [],
      },
      'match without a group uses the whole match': {
        tags: ['type=semver,pattern={{version}},match=\\d+\\.\\d+\\.\\d+'],
        ctx: tagPush('app/v1.2.3'),
        expected: ['1.2.3', 'latest'],
      },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=pep440 (README table)', () => {
  const pep = (tag: string, pattern: string, expected: string[]): Case => ({
    tags: [`type=pep440,pattern=${pattern}`],
    ctx: tagPush(tag),
    expected,
  });
  test.each(
    table({
      '1.2.3 {{raw}}': pep('1.2.3', '{{raw}}', ['1.2.3', 'latest']),
      '1.2.3 {{version}}': pep('1.2.3', '{{version}}', ['1.2.3', 'latest']),
      'v1.2.3 {{version}}': pep('v1.2.3', '{{version}}', ['1.2.3', 'latest']),
      '1.2.3 {{major}}.{{minor}}': pep('1.2.3', '{{major}}.{{minor}}', ['1.2', 'latest']),
      '1.2.3 v{{major}}': pep('1.2.3', 'v{{major}}', ['v1', 'latest']),
      'v1.2.3rc2 {{raw}}': pep('v1.2.3rc2', '{{raw}}', ['v1.2.3rc2']),
      '1.2.3rc2 {{version}}': pep('1.2.3rc2', '{{version}}', ['1.2.3rc2']),
      '1.2.3rc2 {{major}}.{{minor}}': pep('1.2.3rc2', '{{major}}.{{minor}}', ['1.2.3rc2']),
      '1.2.3post1 {{major}}.{{minor}}': pep('1.2.3post1', '{{major}}.{{minor}}', ['1.2.3.post1']),
      '1.2.3beta2 {{major}}.{{minor}}': pep('1.2.3beta2', '{{major}}.{{minor}}', ['1.2.3b2']),
      '1.0dev4 {{major}}.{{minor}}': pep('1.0dev4', '{{major}}.{{minor}}', ['1.0.dev4']),
      '1.2 {{major}}.{{minor}}.{{patch}} pads the patch': pep('1.2', '{{major}}.{{minor}}.{{patch}}', ['1.2.0', 'latest']),
      'not PEP 440': pep('release1', '{{version}}', []),
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=match (README table)', () => {
  const match = (tag: string, attrs: string, expected: string[]): Case => ({ tags: [`type=match,${attrs}`], ctx: tagPush(tag), expected });
  test.each(
    table({
      'v1.2.3 \\d.\\d.\\d group 0': match('v1.2.3', 'pattern=\\d.\\d.\\d,group=0', ['1.2.3', 'latest']),
      'v2.0.8-beta.67 v(.*) group 1': match('v2.0.8-beta.67', 'pattern=v(.*),group=1', ['2.0.8-beta.67', 'latest']),
      'v2.0.8-beta.67 v(\\d.\\d) group 1': match('v2.0.8-beta.67', 'pattern=v(\\d.\\d),group=1', ['2.0', 'latest']),
      '20200110-RC2 \\d+ group 0': match('20200110-RC2', 'pattern=\\d+,group=0', ['20200110', 'latest']),
      'p1/v1.2.3 p1/v(\\d.\\d.\\d) group 1': match('p1/v1.2.3', 'pattern=p1/v(\\d.\\d.\\d),group=1', ['1.2.3', 'latest']),
      'quoted pattern with a {n,m} quantifier': match('20200110-RC2', '"pattern=(\\d{4,8})-RC",group=1', ['20200110', 'latest']),
      '/regex/flags literal': match('V1.2.3', 'pattern=/^v(.*)$/i,group=1', ['1.2.3', 'latest']),
      'custom value on a branch push': {
        tags: ['type=match,pattern=v(.*),group=1,value=v1.0.0'],
        ctx: push('master'),
        expected: ['1.0.0', 'latest'],
      },
      'no match': match('release1', 'pattern=v(.*),group=1', []),
      'missing group': match('v1.2.3', 'pattern=v(.*),group=2', []),
      'not on branch pushes': { tags: ['type=match,pattern=.*'], ctx: push('master'), expected: [] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=edge', () => {
  test.each(
    table({
      'default branch push': { tags: ['type=edge'], ctx: push('master'), expected: ['edge'], latest: false },
      'explicit branch=main': { tags: ['type=edge,branch=main'], ctx: push('main', { defaultBranch: 'main' }), expected: ['edge'] },
      'other branch': { tags: ['type=edge'], ctx: push('dev'), expected: [] },
      'branch=dev on master with sha (metadata-action push10)': {
        tags: ['type=edge,branch=dev', 'type=sha'],
        ctx: push('master'),
        expected: ['sha-860c190'],
      },
      'branch=dev on dev with sha (metadata-action push09)': {
        tags: ['type=edge,branch=dev', 'type=sha'],
        ctx: push('dev'),
        expected: ['edge', 'sha-860c190'],
      },
      'workflow_dispatch on the default branch': { tags: ['type=edge'], ctx: dispatch('master'), expected: ['edge'] },
      'unknown default branch never matches': { tags: ['type=edge'], ctx: push('master', { defaultBranch: undefined }), expected: [] },
      'tag push': { tags: ['type=edge'], ctx: tagPush('v1.2.3'), expected: [] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=ref (README table)', () => {
  test.each(
    table({
      'pull_request refs/pull/2/merge': { tags: ['type=ref,event=pr'], ctx: pullRequest(2), expected: ['pr-2'] },
      'push refs/heads/master': { tags: ['type=ref,event=branch'], ctx: push('master'), expected: ['master'] },
      'push refs/heads/my/branch': { tags: ['type=ref,event=branch'], ctx: push('my/branch'), expected: ['my-branch'] },
      'push tag refs/tags/v1.2.3': { tags: ['type=ref,event=tag'], ctx: tagPush('v1.2.3'), expected: ['v1.2.3', 'latest'] },
      'push tag refs/tags/v2.0.8-beta.67 (latest even for pre-releases)': {
        tags: ['type=ref,event=tag'],
        ctx: tagPush('v2.0.8-beta.67'),
        expected: ['v2.0.8-beta.67', 'latest'],
      },
      'workflow_dispatch refs/heads/master': { tags: ['type=ref,event=branch'], ctx: dispatch('master'), expected: ['master'] },
      'event=branch ignores PRs': { tags: ['type=ref,event=branch'], ctx: pullRequest(2), expected: [] },
      'event=pr with an empty prefix': { tags: ['type=ref,event=pr,prefix='], ctx: pullRequest(15), expected: ['15'] },
      'event=tag on a monorepo tag is sanitized': { tags: ['type=ref,event=tag'], ctx: tagPush('app/v1.2.3'), expected: ['app-v1.2.3', 'latest'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=raw (README examples) and expressions', () => {
  test.each(
    table({
      'type=raw,value=foo / bar': { tags: ['type=raw,value=foo', 'type=raw,value=bar'], ctx: push('master'), expected: ['foo', 'bar'] },
      'type=raw,foo / bar': { tags: ['type=raw,foo', 'type=raw,bar'], ctx: push('master'), expected: ['foo', 'bar'] },
      'bare foo / bar': { tags: ['foo', 'bar'], ctx: push('master'), expected: ['foo', 'bar'] },
      'raw applies on every event': { tags: ['type=raw,value=always'], ctx: pullRequest(3), expected: ['always'] },
      'mytag-{{branch}}-{{sha}} (README)': { tags: ['type=raw,value=mytag-{{branch}}-{{sha}}'], ctx: push('master'), expected: ['mytag-master-860c190'] },
      'metadata-action push17 expression set': {
        tags: [
          'type=raw,value=mytag-{{branch}}',
          "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
          "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
          "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
          'type=raw,value=mytag-tag-{{tag}}',
          'type=raw,value=mytag-baseref-{{base_ref}}',
          'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
        ],
        ctx: push('master', { commitDate: new Date('2020-01-10T00:30:00Z') }),
        expected: ['mytag-master', 'mytag-20200110', 'mytag-cd-20200110', 'mytag-20200110-093000', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
      },
      '{{commit_date}} uses the payload timestamp': {
        tags: ["type=raw,value={{commit_date 'YYYYMMDD'}}"],
        ctx: push('master', { commitDate: new Date('2019-12-31T23:00:00Z') }),
        expected: ['20191231'],
      },
      '{{date}} in New York is still the previous day': {
        tags: ["type=raw,value={{date 'YYYY.MM.DD' tz='America/New_York'}}"],
        ctx: push('master'),
        expected: ['2020.01.09'],
      },
      'quoted value keeps its commas (then sanitized)': {
        tags: ['type=raw,"value={{date \'dddd, MMMM Do YYYY\'}}"'],
        ctx: push('master'),
        expected: ['Friday-January-10th-2020'],
      },
      '{{tag}} on a tag push': { tags: ['type=raw,value=release-{{tag}}'], ctx: tagPush('v1.2.3'), expected: ['release-v1.2.3'] },
      '{{base_ref}} on a PR': { tags: ['type=raw,value=into-{{base_ref}}'], ctx: pullRequest(2), expected: ['into-master'] },
      '{{base_ref}} on a tag push with payload base_ref': {
        tags: ['type=raw,value=from-{{base_ref}}'],
        ctx: tagPush('v1.2.3', { baseRef: 'refs/heads/master' }),
        expected: ['from-master'],
      },
      'Handlebars HTML-escapes {{branch}}, refs do not': {
        tags: ['type=ref,event=branch', 'type=raw,value={{branch}}'],
        ctx: push('a&b'),
        expected: ['a-b', 'a-amp-b'],
      },
      'triple-stash skips escaping': { tags: ['type=raw,value={{{branch}}}'], ctx: push('a&b'), expected: ['a-b'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('type=sha', () => {
  const short = SHA.slice(0, 7);
  test.each(
    table({
      'minimal (short)': { tags: ['type=sha'], ctx: push('master'), expected: [`sha-${short}`] },
      'format=long': { tags: ['type=sha,format=long'], ctx: push('master'), expected: [`sha-${SHA}`] },
      'prefix= removes sha-': { tags: ['type=sha,prefix='], ctx: push('master'), expected: [short] },
      'prefix={{branch}}- (README)': { tags: ['type=sha,prefix={{branch}}-'], ctx: push('master'), expected: [`master-${short}`] },
      suffix: { tags: ['type=sha,suffix=-arm64'], ctx: push('master'), expected: [`sha-${short}-arm64`] },
      'shortShaLength 12': { tags: ['type=sha'], ctx: push('master'), opts: { shortShaLength: 12 }, expected: [`sha-${SHA.slice(0, 12)}`] },
      'PR uses the head sha by default': { tags: ['type=sha'], ctx: pullRequest(2), expected: [`sha-${HEAD_SHA.slice(0, 7)}`] },
      'PR with prSha=merge uses GITHUB_SHA': { tags: ['type=sha'], ctx: pullRequest(2), opts: { prSha: 'merge' }, expected: [`sha-${short}`] },
      'PR {{sha}} follows the same choice': { tags: ['type=raw,value=b-{{sha}}'], ctx: pullRequest(2), expected: [`b-${HEAD_SHA.slice(0, 7)}`] },
      'PR without a head sha falls back to GITHUB_SHA': {
        tags: ['type=sha'],
        ctx: pullRequest(2, { headSha: undefined }),
        expected: [`sha-${short}`],
      },
      'sha priority over pr (metadata-action pr04)': {
        tags: ['type=sha,priority=2000', 'type=ref,event=pr'],
        ctx: pullRequest(15),
        expected: [`sha-${HEAD_SHA.slice(0, 7)}`, 'pr-15'],
      },
      'no sha at all': { tags: ['type=sha'], ctx: push('master', { sha: '' }), expected: [] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('flavor', () => {
  const v123 = tagPush('v1.2.3');
  const version = ['type=semver,pattern={{version}}'];
  test.each(
    table({
      'README defaults (latest=auto, empty prefix/suffix)': {
        tags: version,
        flavor: ['latest=auto', 'prefix=', 'suffix='],
        ctx: v123,
        expected: ['1.2.3', 'latest'],
      },
      'prefix and suffix do not touch latest by default': {
        tags: version,
        flavor: ['prefix=app-', 'suffix=-alpine'],
        ctx: v123,
        expected: ['app-1.2.3-alpine', 'latest'],
      },
      'prefix onlatest=true': { tags: version, flavor: ['prefix=app-,onlatest=true'], ctx: v123, expected: ['app-1.2.3', 'app-latest'] },
      'suffix onlatest=true': { tags: version, flavor: ['suffix=-alpine,onlatest=true'], ctx: v123, expected: ['1.2.3-alpine', 'latest-alpine'] },
      'both onlatest': {
        tags: version,
        flavor: ['prefix=app-,onlatest=true', 'suffix=-alpine,onlatest=true'],
        ctx: v123,
        expected: ['app-1.2.3-alpine', 'app-latest-alpine'],
      },
      'templated prefix onlatest is evaluated': {
        tags: ['type=ref,event=branch'],
        flavor: ['latest=true', 'prefix={{branch}}-,onlatest=true'],
        ctx: push('main'),
        expected: ['main-main', 'main-latest'],
      },
      'latest=false': { tags: version, flavor: ['latest=false'], ctx: v123, expected: ['1.2.3'], latest: false },
      'latest=false with ref tag (metadata-action latest07)': {
        tags: ['type=ref,event=tag'],
        flavor: ['latest=false'],
        ctx: tagPush('v1.1.1'),
        expected: ['v1.1.1'],
      },
      'latest=true on a branch': {
        tags: ['type=ref,event=branch'],
        flavor: ['latest=true'],
        ctx: push('master'),
        expected: ['master', 'latest'],
        latest: true,
      },
      'latest=true on a PR': { tags: ['type=ref,event=pr'], flavor: ['latest=true'], ctx: pullRequest(2), expected: ['pr-2', 'latest'] },
      'latest=true without any tag adds nothing': { tags: ['type=ref,event=tag'], flavor: ['latest=true'], ctx: push('master'), expected: [], latest: false },
      'rule prefix/suffix replace the flavor ones': {
        tags: ['type=semver,pattern={{version}},prefix=v,suffix='],
        flavor: ['prefix=app-', 'suffix=-alpine'],
        ctx: v123,
        expected: ['v1.2.3', 'latest'],
      },
      'flavor prefix never reaches sha- tags, suffix does': {
        tags: ['type=sha'],
        flavor: ['prefix=app-', 'suffix=-alpine'],
        ctx: push('master'),
        expected: ['sha-860c190-alpine'],
      },
      'flavor prefix never reaches pr- tags (metadata-action pr05)': {
        tags: ['type=ref,event=pr'],
        flavor: ['prefix=glo-', 'suffix=-bal'],
        ctx: pullRequest(15),
        expected: ['pr-15-bal'],
      },
      'later flavor lines override earlier ones': { tags: version, flavor: ['prefix=a-', 'prefix=b-'], ctx: v123, expected: ['b-1.2.3', 'latest'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('enable', () => {
  const latestOnDefault = ['type=raw,value=latest,enable={{is_default_branch}}'];
  test.each(
    table({
      '{{is_default_branch}} on the default branch': { tags: latestOnDefault, ctx: push('master'), expected: ['latest'], latest: false },
      '{{is_default_branch}} on another branch': { tags: latestOnDefault, ctx: push('feature/x'), expected: [] },
      '{{is_default_branch}} on a tag push': { tags: latestOnDefault, ctx: tagPush('v1.2.3'), expected: [] },
      '{{is_default_branch}} on a PR': { tags: latestOnDefault, ctx: pullRequest(2), expected: [] },
      '{{is_default_branch}} on schedule': { tags: latestOnDefault, ctx: schedule({ defaultBranch: undefined }), expected: ['latest'] },
      '{{is_default_branch}} on create': {
        tags: latestOnDefault,
        ctx: { ...tagPush('v1.0.0'), eventName: 'create', defaultBranch: undefined },
        expected: ['latest'],
      },
      '{{is_not_default_branch}}': { tags: ['type=ref,event=branch,enable={{is_not_default_branch}}'], ctx: push('feature/x'), expected: ['feature-x'] },
      'enable=false (metadata-action push16)': {
        tags: ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'],
        ctx: push('master'),
        expected: ['edge'],
      },
      'enable=true explicitly': { tags: ['type=ref,event=branch,enable=true'], ctx: push('dev'), expected: ['dev'] },
      'metadata-action push19': {
        tags: [
          'type=edge,branch=master',
          'type=ref,event=branch,enable=false',
          'type=sha,format=long',
          'type=raw,value=defbranch,enable={{is_default_branch}}',
        ],
        ctx: push('dev'),
        expected: [`sha-${SHA}`],
      },
    }),
  )('%s', (_n, c) => expectCase(c));

  test('enable must evaluate to true or false', () => {
    expect(() => run(['type=raw,value=x,enable={{branch}}'], [], push('master'))).toThrow(
      "Invalid tag rule 'type=raw,value=x,enable={{branch}}': enable evaluated to 'master'. Expected true or false",
    );
  });
});

describe('priority, version and latest=auto ordering', () => {
  test.each(
    table({
      'priority=2000 branch before edge (metadata-action push13)': {
        tags: ['type=ref,priority=2000,event=branch', 'type=edge'],
        ctx: push('master'),
        expected: ['master', 'edge'],
      },
      'default priorities reorder input': {
        tags: ['type=sha', 'type=raw,value=r', 'type=ref,event=branch', 'type=edge', 'type=schedule'],
        ctx: schedule(),
        expected: ['nightly', 'edge', 'master', 'r', 'sha-860c190'],
      },
      'equal priorities keep input order': { tags: ['type=raw,value=b', 'type=raw,value=a'], ctx: push('master'), expected: ['b', 'a'] },
      'negative priority sorts last': { tags: ['type=raw,value=low,priority=-1', 'type=sha'], ctx: push('master'), expected: ['sha-860c190', 'low'] },
      'a higher-priority raw tag decides latest=auto (no latest)': {
        tags: ['type=raw,value=foo,priority=1000', 'type=semver,pattern={{version}}'],
        ctx: tagPush('v1.2.3'),
        expected: ['foo', '1.2.3'],
        latest: false,
      },
      'semver decides latest before the sha rule': {
        tags: ['type=sha', 'type=semver,pattern={{version}}'],
        ctx: tagPush('v1.2.3'),
        expected: ['1.2.3', 'sha-860c190', 'latest'],
      },
      'version includes rule prefix/suffix': {
        tags: ['type=semver,pattern={{version}},prefix=v,suffix=-slim'],
        ctx: tagPush('v1.2.3'),
        expected: ['v1.2.3-slim', 'latest'],
        version: 'v1.2.3-slim',
      },
      'semver and pep440 with value on master (metadata-action push14)': {
        tags: ['type=semver,pattern={{version}},value=v1.2.3', 'type=pep440,pattern={{version}},value=v1.2.3', 'type=edge'],
        ctx: push('master'),
        expected: ['1.2.3', 'edge', 'latest'],
      },
      'no tag at all gives an empty version': { tags: ['type=ref,event=tag'], ctx: push('master'), expected: [], version: '' },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('dedupe and sanitizing', () => {
  test.each(
    table({
      'identical semver patterns': {
        tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'],
        ctx: tagPush('v1.2.3'),
        expected: ['1.2.3', 'latest'],
      },
      'raw latest plus auto latest appear once': {
        tags: ['type=semver,pattern={{version}}', 'type=raw,value=latest'],
        ctx: tagPush('v1.2.3'),
        expected: ['1.2.3', 'latest'],
      },
      'branch and {{branch}} collapse, first (highest priority) kept': {
        tags: ['type=raw,value={{branch}}', 'type=ref,event=branch'],
        ctx: push('main'),
        expected: ['main'],
      },
      'feature branch with slashes': { tags: ['type=ref,event=branch'], ctx: push('feature/new-ui'), expected: ['feature-new-ui'] },
      'runs of invalid characters become one dash': { tags: ['type=ref,event=branch'], ctx: push('fix/#42 @ui'), expected: ['fix-42-ui'] },
      'leading dots and dashes are dropped': { tags: ['type=raw,value=.hidden', 'type=raw,value=--x'], ctx: push('master'), expected: ['hidden', 'x'] },
      'empty expression prefix leaves no leading dash': { tags: ['type=sha,prefix={{branch}}-'], ctx: tagPush('v1.2.3'), expected: ['860c190'] },
      'trailing dash is kept': { tags: ['type=raw,value=mytag-tag-{{tag}}'], ctx: push('master'), expected: ['mytag-tag-'] },
      'nothing usable left': { tags: ['type=raw,value=@@@', 'type=raw,value=ok'], ctx: push('master'), expected: ['ok'] },
      'cut at 128 characters': {
        tags: ['type=ref,event=branch'],
        ctx: push(`feature/${'a'.repeat(200)}`),
        expected: [`feature-${'a'.repeat(120)}`],
      },
    }),
  )('%s', (_n, c) => expectCase(c));

  test('a tag that sanitizes to nothing is reported', () => {
    const result = run(['type=raw,value=@@@'], [], push('master'));
    expect(result.tags).toEqual([]);
    expect(result.warnings).toEqual(["Tag rule 'type=raw,value=@@@' produced '@@@', which is not a usable tag; skipped."]);
  });
});

describe('pinship default rules (empty tags input)', () => {
  test.each(
    table({
      'push to the default branch': { tags: [], ctx: push('master'), expected: ['master', 'sha-860c190'], latest: false },
      'push to a feature branch': { tags: [], ctx: push('feature/login'), expected: ['feature-login', 'sha-860c190'] },
      'tag v1.2.3: semver tags, and the git tag as metadata-action tags it': {
        tags: [],
        ctx: tagPush('v1.2.3'),
        expected: ['1.2.3', '1.2', '1', 'v1.2.3', 'sha-860c190', 'latest'],
        latest: true,
      },
      'tag v0.1.2': { tags: [], ctx: tagPush('v0.1.2'), expected: ['0.1.2', '0.1', '0', 'v0.1.2', 'sha-860c190', 'latest'] },
      'tag v1.2.3-rc.1: no major/minor, no latest': {
        tags: [],
        ctx: tagPush('v1.2.3-rc.1'),
        expected: ['1.2.3-rc.1', 'v1.2.3-rc.1', 'sha-860c190'],
        latest: false,
      },
      'non-semver tag keeps its name, and latest, as metadata-action gives them': {
        tags: [],
        ctx: tagPush('release1'),
        expected: ['release1', 'sha-860c190', 'latest'],
        latest: true,
      },
      'pull request': { tags: [], ctx: pullRequest(2), expected: ['pr-2', `sha-${HEAD_SHA.slice(0, 7)}`] },
      'pull request, merge sha': { tags: [], ctx: pullRequest(2), opts: { prSha: 'merge' }, expected: ['pr-2', 'sha-860c190'] },
      schedule: { tags: [], ctx: schedule(), expected: ['nightly', 'master', 'sha-860c190'] },
      'workflow_dispatch on a branch': { tags: ['# only comments', ''], ctx: dispatch('release/2.x'), expected: ['release-2.x', 'sha-860c190'] },
    }),
  )('%s', (_n, c) => expectCase(c));
});

describe('template errors surface with the rule', () => {
  test('unknown date attribute', () => {
    expect(() => run(["type=raw,value={{date 'YYYY' zone='UTC'}}"], [], push('master'))).toThrow(
      "Invalid tag rule 'type=raw,value={{date 'YYYY' zone='UTC'}}': Unknown zone attribute",
    );
  });
  test('unknown helper with arguments', () => {
    expect(() => run(["type=raw,value={{upper 'x'}}"], [], push('master'))).toThrow(
      `Invalid tag rule 'type=raw,value={{upper 'x'}}': unknown placeholder '{{upper}}' in value. Expected one of {{date}}, {{commit_date}}, {{branch}}`,
    );
  });
  // metadata-action renders an unknown name as nothing, silently dropping or changing the tag; pinship refuses it.
  test('a misspelled placeholder fails naming the rule, on any event', () => {
    expect(() => run(['type=semver,pattern={{verison}}'], [], push('master'))).toThrow(
      "Invalid tag rule 'type=semver,pattern={{verison}}': unknown placeholder '{{verison}}' in pattern. Expected one of {{raw}}, {{version}}",
    );
    expect(() => run(['type=raw,value=x{{nope}}y'], [], push('master'))).toThrow("unknown placeholder '{{nope}}' in value");
    // A schedule pattern sees only the dates, as metadata-action's does.
    expect(() => run(['type=schedule,pattern=nightly-{{branch}}'], [], schedule())).toThrow(
      "unknown placeholder '{{branch}}' in pattern. Expected one of {{date}}, {{commit_date}}",
    );
  });
  test('unknown time zone', () => {
    expect(() => run(["type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}"], [], push('master'))).toThrow(
      "Invalid tag rule 'type=raw,value={{date 'YYYY' tz='Mars/Olympus'}}': Unknown time zone 'Mars/Olympus'. Expected an IANA name such as UTC or Europe/Paris",
    );
  });
});
