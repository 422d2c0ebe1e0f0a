import { computeLabels, computeTags, DEFAULT_FLAVOR, parseTagRules } from '../../src/tags/index.js';
import { NOW, push, schedule } from './fixtures.js';

const COMMIT = new Date('2019-12-31T23:00:00.000Z');

function tagsOf(rule: string, ctx = push('master', { commitDate: COMMIT })): { tags: string[]; warnings: string[] } {
  const r = computeTags(parseTagRules([rule]), DEFAULT_FLAVOR, ctx, { now: NOW });
  return { tags: r.tags, warnings: r.warnings };
}

// Expected values are what metadata-action v6.2.0 gives: Handlebars reads the unquoted format as a
// name, finds nothing, and its helper calls moment's format() with no format, which prints
// YYYY-MM-DDTHH:mm:ss[Z] at a zero offset and YYYY-MM-DDTHH:mm:ssZ elsewhere (checked against
// handlebars 4 and moment-timezone 0.5); the tag then has ':' and '+' made '-'.
describe('a date format without quotes gives moment default format, as in metadata-action, with a warning', () => {
  test.each<[string, string]>([
    ['type=raw,value=d-{{date YYYYMMDD}}', 'd-2020-01-10T00-30-00Z'],
    ['type=raw,value=src-{{commit_date YYYY-MM-DD}}', 'src-2019-12-31T23-00-00Z'],
    ["type=raw,value={{date YYYYMMDD tz='Asia/Tokyo'}}", '2020-01-10T09-30-00-09-00'],
    ["type=raw,value={{date YYYY.MM tz='Europe/London'}}", '2020-01-10T00-30-00Z'],
  ])('%s', (rule, tag) => {
    const r = tagsOf(rule);
    expect(r.tags).toEqual([tag]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /^\{\{(commit_)?date\}\}: the format \S+ is not quoted, so it is read as a name that has no value, as metadata-action reads it; moment's default format is used instead: write \{\{(commit_)?date '\S+'\}\} for that format\.$/,
    );
  });

  test('in a schedule pattern too', () => {
    const r = computeTags(parseTagRules(['type=schedule,pattern={{date YYYYMMDD}}']), DEFAULT_FLAVOR, schedule(), { now: NOW });
    expect(r.tags).toEqual(['2020-01-10T00-30-00Z']);
    expect(r.warnings).toEqual([expect.stringContaining("write {{date 'YYYYMMDD'}} for that format")]);
  });

  test('in a label, the warning goes to the caller', () => {
    const warnings: string[] = [];
    const labels = computeLabels(push('master'), '', { built: '{{date YYYYMMDD}}' }, NOW, { warn: (m) => warnings.push(m) });
    expect(labels['built']).toBe('2020-01-10T00:30:00Z');
    expect(warnings).toHaveLength(1);
  });

  test('the same unquoted format in several rules warns once', () => {
    const r = computeTags(parseTagRules(['type=raw,value=a-{{date YYYY}}', 'type=raw,value=b-{{date YYYY}}']), DEFAULT_FLAVOR, push('master'), { now: NOW });
    expect(r.tags).toEqual(['a-2020-01-10T00-30-00Z', 'b-2020-01-10T00-30-00Z']);
    expect(r.warnings).toHaveLength(1);
  });

  test('quoted formats are unchanged and warn nothing', () => {
    expect(tagsOf("type=raw,value=d-{{date 'YYYYMMDD'}}")).toEqual({ tags: ['d-20200110'], warnings: [] });
  });
});

// metadata-action's helper fails on these too (moment is handed a function, number or boolean).
describe('an unquoted argument that is not an unknown name is an error', () => {
  test.each<[string, RegExp]>([
    ['type=raw,value={{date sha}}', /\{\{date\}\}: the format sha must be quoted\. Expected e\.g\./],
    ['type=raw,value={{date 20200110}}', /\{\{date\}\}: the format 20200110 must be quoted/],
    ["type=raw,value={{date 'YYYY' tz=Asia}}", /\{\{date\}\}: tz has no value\. Expected a quoted IANA name/],
  ])('%s', (rule, message) => {
    expect(() => tagsOf(rule)).toThrow(message);
  });
});
