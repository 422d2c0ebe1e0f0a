import { backoffMs, defaultRetryPolicy } from '../../src/registry/retry.js';
import { formatDuration, parseDuration } from '../../src/settings/reliability.js';

test.each([
  ['90s', 90_000],
  ['10m', 600_000],
  ['1h', 3_600_000],
  ['1h30m', 5_400_000],
  ['500ms', 500],
])('parseDuration(%s) = %d', (text, ms) => expect(parseDuration(text)).toBe(ms));

test.each(['', '10', '-5s', '1.5h', '10 m', 'ten minutes', '1d'])('parseDuration rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());

test('formatDuration names what parseDuration reads', () => {
  for (const text of ['90s', '10m', '1h', '1h30m', '6s']) expect(parseDuration(formatDuration(parseDuration(text)!))).toBe(parseDuration(text));
});

test('the default policy waits at least 30 s and at most about a minute in all before giving up', () => {
  const p = defaultRetryPolicy;
  let low = 0;
  let high = 0;
  for (let a = 1; a < p.attempts; a++) {
    const ceiling = Math.min(p.maxMs, p.baseMs * 2 ** (a - 1));
    low += ceiling / 2;
    high += ceiling;
    const w = backoffMs(p, a);
    expect(w).toBeGreaterThanOrEqual(ceiling / 2 - 1);
    expect(w).toBeLessThanOrEqual(ceiling + 1);
  }
  expect(low).toBeGreaterThanOrEqual(30_000);
  expect(high).toBeLessThanOrEqual(70_000);
});

test('Retry-After is honoured up to 60 s, past the backoff cap, and no further', () => {
  expect(backoffMs(defaultRetryPolicy, 1, 30_000)).toBe(30_000);
  expect(backoffMs(defaultRetryPolicy, 1, 3_600_000)).toBe(60_000);
});
