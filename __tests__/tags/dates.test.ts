import { formatDate } from '../../src/tags/index.js';

const NOW = new Date('2020-01-10T00:30:00.000Z');
const AFTERNOON = new Date('2020-01-10T15:25:50.123Z');

describe('formatDate (moment format subset)', () => {
  test.each([
    // README {{date}} table
    [NOW, 'YYYYMMDD', 'UTC', '20200110'],
    [AFTERNOON, 'dddd, MMMM Do YYYY, h:mm:ss a', 'UTC', 'Friday, January 10th 2020, 3:25:50 pm'],
    [NOW, 'YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    // more tokens
    [AFTERNOON, 'YY-M-D H:m:s', 'UTC', '20-1-10 15:25:50'],
    [AFTERNOON, 'ddd dd d E MMM Q Qo', 'UTC', 'Fri Fr 5 5 Jan 1 1st'],
    [AFTERNOON, 'hh A kk SSS SS S', 'UTC', '03 PM 15 123 12 1'],
    [AFTERNOON, 'DDD DDDD DDDo', 'UTC', '10 010 10th'],
    [AFTERNOON, 'X x', 'UTC', '1578669950 1578669950123'],
    [NOW, 'Z ZZ', 'Asia/Kolkata', '+05:30 +0530'],
    [NOW, 'YYYY-MM-DD HH:mm Z', 'America/New_York', '2020-01-09 19:30 -05:00'],
    [NOW, '[Week] W WW Wo GGGG', 'UTC', 'Week 2 02 2nd 2020'],
    [new Date('2021-01-01T12:00:00Z'), 'W GGGG w gggg', 'UTC', '53 2020 1 2021'],
    [NOW, '[YYYY] \\Y', 'UTC', 'YYYY Y'],
    [new Date('2020-06-01T00:00:00Z'), 'k h a', 'UTC', '24 12 am'],
    [new Date('2020-01-11T00:00:00Z'), 'Do', 'UTC', '11th'],
    [new Date('2020-01-22T00:00:00Z'), 'Do', 'UTC', '22nd'],
  ])('%s %s %s', (date, format, tz, expected) => {
    expect(formatDate(date, format, tz)).toBe(expected);
  });

  test('unknown zone', () => {
    expect(() => formatDate(NOW, 'YYYY', 'Nowhere/Land')).toThrow("Unknown time zone 'Nowhere/Land'");
  });
});
