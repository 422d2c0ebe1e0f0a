/**
 * build-push-action's list inputs are read by actions-toolkit's Util.getList: csv-parse with
 * relaxQuotes and skipEmptyLines. Each expected value below is what that function returned for the
 * same text (csv-parse 7.0.3, the version actions-toolkit pins), so a workflow moved over reads the
 * same entries.
 */
import { describe, expect, test } from '@jest/globals';
import { bpaList, UnclosedQuoteError } from '../../src/settings/bpa-list.js';

const SECRETS = { ignoreComma: true, trim: false };
const COMMAS = { ignoreComma: false, trim: true };

describe('bpaList, as build-push-action reads secrets (ignoreComma, untrimmed)', () => {
  test.each<[string, string, string[]]>([
    ['its CI job', 'MYSECRET=foo\nINVALID_SECRET=\n', ['MYSECRET=foo', 'INVALID_SECRET=']],
    [
      'its README example: commas kept, quoted values span lines, blank lines inside quotes kept',
      'GIT_AUTH_TOKEN=abcdefghi,jklmnopqrstuvwxyz\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar\n"EMPTYLINE=aaaa\n\nbbbb\nccc"',
      ['GIT_AUTH_TOKEN=abcdefghi,jklmnopqrstuvwxyz', 'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc', 'FOO=bar', 'EMPTYLINE=aaaa\n\nbbbb\nccc'],
    ],
    ['a doubled quote inside quotes is one quote', '"A=x""y""z"', ['A=x"y"z']],
    ['a quote closed mid-field was no quote (relaxQuotes)', '"A=x"y', ['"A=x"y']],
    ['quotes inside an unquoted field stay', 'A=a"b\nB="x"', ['A=a"b', 'B="x"']],
    ['a quoted middle field loses its quotes, the commas join it again', 'A=1,"2,3",4', ['A=1,2,3,4']],
    [
      'whitespace kept; whitespace-only lines are entries; the first line ending found is the only one',
      '  A=b  \n\n  \nC=d\r\nE=f',
      ['  A=b  ', '  ', 'C=d\r', 'E=f'],
    ],
    ['CRLF inside quotes kept', '"A=multi\r\nline"', ['A=multi\r\nline']],
    ['# is no comment', '#A=b', ['#A=b']],
    ['an empty quoted entry is dropped', '""\nA=b', ['A=b']],
  ])('%s', (_name, text, entries) => {
    expect(bpaList(text, SECRETS)).toEqual(entries);
  });

  test('an unclosed quote fails, naming the entry by number', () => {
    expect(() => bpaList('A=b\n"C=d\ne', SECRETS)).toThrow(UnclosedQuoteError);
    expect(() => bpaList('A=b\n"C=d\ne', SECRETS)).toThrow('entry 2');
  });
});

describe('bpaList, as build-push-action reads secret-envs, no-cache-filters, allow (split at commas, trimmed)', () => {
  test.each<[string, string, string[]]>([
    ['lines and commas', 'a, b\nc', ['a', 'b', 'c']],
    ['a record of several fields keeps a quoted field whole', 'a,"b,c"', ['a', 'b,c']],
    ['empty entries dropped', 'a,,\n\n b ', ['a', 'b']],
  ])('%s', (_name, text, entries) => {
    expect(bpaList(text, COMMAS)).toEqual(entries);
  });
});
