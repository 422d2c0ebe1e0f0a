import { DEFAULT_FLAVOR, DEFAULT_TAG_RULES, parseFlavor, parseTagRule, parseTagRules } from '../../src/tags/index.js';

describe('parseTagRule errors', () => {
  test.each([
    ['type=foo', "Invalid tag rule 'type=foo': unknown type 'foo'. Expected one of schedule, semver, pep440, match, edge, ref, raw, sha"],
    ['type=', "Invalid tag rule 'type=': unknown type ''. Expected one of schedule, semver, pep440, match, edge, ref, raw, sha"],
    ['type=semver', "Invalid tag rule 'type=semver': missing pattern. Expected e.g. type=semver,pattern={{version}}"],
    ['type=pep440,value=1.0', "Invalid tag rule 'type=pep440,value=1.0': missing pattern. Expected e.g. type=pep440,pattern={{version}}"],
    ['type=match,group=1', "Invalid tag rule 'type=match,group=1': missing pattern. Expected e.g. type=match,pattern=v(.*),group=1"],
    [
      'type=match,pattern=v(.*),group=one',
      "Invalid tag rule 'type=match,pattern=v(.*),group=one': group 'one' is not a number. Expected a non-negative integer",
    ],
    ['type=match,pattern=v(.*),group=', "Invalid tag rule 'type=match,pattern=v(.*),group=': group '' is not a number. Expected a non-negative integer"],
    [
      'type=match,pattern=v(.*',
      "Invalid tag rule 'type=match,pattern=v(.*': invalid regular expression 'v(.*' in pattern. Expected a JavaScript regular expression",
    ],
    [
      'type=match,pattern=/v(.*)/q',
      "Invalid tag rule 'type=match,pattern=/v(.*)/q': invalid regular expression '/v(.*)/q' in pattern. Expected a JavaScript regular expression",
    ],
    [
      'type=semver,pattern={{version}},match=app/v(',
      "Invalid tag rule 'type=semver,pattern={{version}},match=app/v(': invalid regular expression 'app/v(' in match. Expected a JavaScript regular expression",
    ],
    ['type=ref', "Invalid tag rule 'type=ref': missing event. Expected e.g. type=ref,event=branch"],
    ['type=ref,event=push', "Invalid tag rule 'type=ref,event=push': unknown event 'push'. Expected one of branch, tag, pr"],
    ['type=raw', "Invalid tag rule 'type=raw': missing value. Expected e.g. type=raw,value=latest"],
    ['type=sha,format=medium', "Invalid tag rule 'type=sha,format=medium': unknown format 'medium'. Expected short or long"],
    ['type=sha,priority=high', "Invalid tag rule 'type=sha,priority=high': priority 'high' is not a number. Expected an integer"],
    ['type=sha,priority=1.5', "Invalid tag rule 'type=sha,priority=1.5': priority '1.5' is not a number. Expected an integer"],
    [
      'type=sha,enable=yes',
      "Invalid tag rule 'type=sha,enable=yes': enable 'yes' is not a boolean. Expected true, false or an expression like {{is_default_branch}}",
    ],
    ['type=raw,value={{branch', "Invalid tag rule 'type=raw,value={{branch': unclosed '{{' in value. Expected {{expression}}"],
    ['type=semver,pattern={{}}', "Invalid tag rule 'type=semver,pattern={{}}': empty expression {{}} in pattern. Expected {{expression}}"],
    [
      'type=raw,value={{#if x}}y{{/if}}',
      "Invalid tag rule 'type=raw,value={{#if x}}y{{/if}}': unsupported block or partial '{{#if x}}' in value. Expected {{expression}}",
    ],
    ['type=raw,"value=foo', `Invalid tag rule 'type=raw,"value=foo': unterminated quote. Expected a closing "`],
    ['type=raw,"value=a"b', `Invalid tag rule 'type=raw,"value=a"b': unexpected 'b' after a closing quote. Expected ',' or end of line`],
    ['type=raw,=foo', "Invalid tag rule 'type=raw,=foo': empty attribute name in '=foo'. Expected key=value"],
  ])('%s', (line, message) => {
    expect(() => parseTagRule(line)).toThrow(expect.objectContaining({ message, cause: expect.any(Error) }));
  });

  test('parseTagRules names the offending line', () => {
    expect(() => parseTagRules('type=sha\ntype=ref,event=nope\ntype=edge')).toThrow(
      "Invalid tag rule 'type=ref,event=nope': unknown event 'nope'. Expected one of branch, tag, pr",
    );
  });
});

describe('parseTagRule results', () => {
  test('defaults per type', () => {
    expect(parseTagRules(['type=schedule', 'type=edge', 'type=sha', 'type=ref,event=pr', 'type=ref,event=branch'])).toEqual([
      { type: 'schedule', pattern: 'nightly', priority: 1000, enable: 'true', source: 'type=schedule' },
      { type: 'edge', branch: '', priority: 700, enable: 'true', source: 'type=edge' },
      { type: 'sha', format: 'short', prefix: 'sha-', priority: 100, enable: 'true', source: 'type=sha' },
      { type: 'ref', event: 'pr', prefix: 'pr-', priority: 600, enable: 'true', source: 'type=ref,event=pr' },
      { type: 'ref', event: 'branch', priority: 600, enable: 'true', source: 'type=ref,event=branch' },
    ]);
  });

  test('semver, pep440 and match defaults', () => {
    expect(parseTagRule('type=semver,pattern={{version}}')).toMatchObject({ type: 'semver', value: '', match: '', priority: 900 });
    expect(parseTagRule('type=pep440,pattern={{version}}')).toMatchObject({ type: 'pep440', value: '', match: '', priority: 900 });
    expect(parseTagRule('type=match,pattern=\\d+')).toMatchObject({ type: 'match', pattern: '\\d+', group: 0, value: '', priority: 800 });
  });

  test('a line without type= is a raw value', () => {
    expect(parseTagRule('foo')).toEqual({ type: 'raw', value: 'foo', priority: 200, enable: 'true', source: 'foo' });
    expect(parseTagRule('type=raw,bar')).toMatchObject({ type: 'raw', value: 'bar' });
  });

  test('keys are case-insensitive, whitespace is trimmed, the first = splits', () => {
    expect(parseTagRule(' TYPE = sha , Format = long ')).toMatchObject({ type: 'sha', format: 'long' });
    expect(parseTagRule('type=raw,value=a=b')).toMatchObject({ value: 'a=b' });
  });

  test('quotes protect commas, whole-field or value-only', () => {
    expect(parseTagRule('type=match,"pattern=v(\\d{1,3})",group=1')).toMatchObject({ pattern: 'v(\\d{1,3})', group: 1 });
    expect(parseTagRule('type=match,pattern="v(\\d{1,3})",group=1')).toMatchObject({ pattern: 'v(\\d{1,3})', group: 1 });
    expect(parseTagRule('type=raw,value="say ""hi"""')).toMatchObject({ value: 'say "hi"' });
  });

  test('an empty trailing field does not clobber value', () => {
    expect(parseTagRule('type=raw,value=foo,')).toMatchObject({ value: 'foo' });
  });

  test('explicit prefix= is kept even when empty, so it overrides flavor and sha-', () => {
    expect(parseTagRule('type=sha,prefix=')).toMatchObject({ prefix: '' });
    expect(parseTagRule('type=ref,event=pr,prefix=')).toMatchObject({ prefix: '' });
  });

  test('explicit priority and enable expressions', () => {
    expect(parseTagRule('type=raw,value=latest,priority=-5,enable={{is_default_branch}}')).toMatchObject({
      priority: -5,
      enable: '{{is_default_branch}}',
    });
  });

  test('unknown attributes are ignored with a warning, as metadata-action ignores them', () => {
    const warnings: string[] = [];
    const rule = parseTagRule('type=semver,pattern={{version}},event=release', (m) => warnings.push(m));
    expect(rule).toMatchObject({ type: 'semver', pattern: '{{version}}' });
    expect(warnings).toEqual(["Tag rule 'type=semver,pattern={{version}},event=release': attribute 'event' is not used by type=semver and is ignored"]);
  });

  test('empty input and comment-only input give pinship defaults', () => {
    const defaults = parseTagRules('');
    expect(defaults.map((r) => r.source)).toEqual([...DEFAULT_TAG_RULES]);
    expect(parseTagRules('  \n# just a comment\n')).toEqual(defaults);
  });

  test('comment lines are skipped between rules', () => {
    expect(parseTagRules('type=sha\n# type=edge\n\ntype=raw,value=x').map((r) => r.type)).toEqual(['sha', 'raw']);
  });
});

describe('parseFlavor', () => {
  test('defaults', () => {
    expect(parseFlavor('')).toEqual(DEFAULT_FLAVOR);
    expect(DEFAULT_FLAVOR).toEqual({ latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false });
  });

  test('all keys', () => {
    expect(parseFlavor('latest=false\nprefix=app-,onlatest=true\nsuffix=-alpine')).toEqual({
      latest: 'false',
      prefix: 'app-',
      prefixLatest: true,
      suffix: '-alpine',
      suffixLatest: false,
    });
  });

  test('onlatest binds to the preceding prefix/suffix on its line only', () => {
    expect(parseFlavor(['onlatest=true', 'suffix=-x,onlatest=true', 'prefix=p-'])).toMatchObject({ prefixLatest: false, suffixLatest: true });
  });

  test('values may contain =', () => {
    expect(parseFlavor('suffix=a=b').suffix).toBe('a=b');
  });

  test.each([
    ['latest=maybe', "Invalid flavor 'latest=maybe': latest 'maybe' is not valid. Expected auto, true or false"],
    ['foo=bar', "Invalid flavor 'foo=bar': unknown key 'foo'. Expected latest, prefix, suffix or onlatest"],
    ['prefix', "Invalid flavor 'prefix': 'prefix' has no '='. Expected key=value"],
    ['prefix=a,onlatest=yes', "Invalid flavor 'prefix=a,onlatest=yes': onlatest 'yes' is not valid. Expected true or false"],
    ['prefix={{branch', "Invalid flavor 'prefix={{branch': unclosed '{{' in prefix. Expected {{expression}}"],
    [
      'suffix=-{{verison}}',
      "Invalid flavor 'suffix=-{{verison}}': unknown placeholder '{{verison}}' in suffix. Expected one of {{date}}, {{commit_date}}, {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{is_not_default_branch}}",
    ],
  ])('error: %s', (line, message) => {
    expect(() => parseFlavor(line)).toThrow(expect.objectContaining({ message, cause: expect.any(Error) }));
  });
});
