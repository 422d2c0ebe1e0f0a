// moment.js-compatible date formatting (English locale) for {{date}} and
// {{commit_date}}. metadata-action renders these with moment-timezone; we use
// Intl for the zone maths so no timezone database ships in the bundle.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Wall {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  offsetMinutes: number;
  epochMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // moment-timezone only logs and falls back to the runner's zone here;
      // failing loudly is kinder than silently producing a different tag.
      throw new Error(`Unknown time zone '${tz}'. Expected an IANA name such as UTC or Europe/Paris`);
    }
    formatters.set(tz, f);
  }
  return f;
}

function wallClock(date: Date, tz: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(tz).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = date.getUTCMilliseconds();
  const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, ms);
  const d = new Date(local);
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms,
    weekday: d.getUTCDay(),
    dayOfYear: Math.floor((local - startOfYear) / 86_400_000) + 1,
    offsetMinutes: Math.round((local - date.getTime()) / 60_000),
    epochMs: date.getTime(),
  };
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

// Week numbering as moment computes it: dow = first day of week, doy = the
// January day that must fall in week 1 (ISO: Monday / Jan 4th; en: Sunday / Jan 1st).
function firstWeekOffset(year: number, dow: number, doy: number): number {
  const fwd = 7 + dow - doy;
  const fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - dow) % 7;
  return -fwdlw + fwd - 1;
}

function weeksInYear(year: number, dow: number, doy: number): number {
  const days = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  return (days - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}

function weekOfYear(w: Wall, dow: number, doy: number): { week: number; year: number } {
  const week = Math.floor((w.dayOfYear - firstWeekOffset(w.year, dow, doy) - 1) / 7) + 1;
  if (week < 1) return { year: w.year - 1, week: week + weeksInYear(w.year - 1, dow, doy) };
  const total = weeksInYear(w.year, dow, doy);
  if (week > total) return { year: w.year + 1, week: week - total };
  return { year: w.year, week };
}

function offset(minutes: number, sep: string): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${sep}${pad(Math.abs(minutes) % 60, 2)}`;
}

type TokenFn = (w: Wall) => string;

const h12 = (w: Wall): number => w.hour % 12 || 12;
const iso = (w: Wall): { week: number; year: number } => weekOfYear(w, 1, 4);
const loc = (w: Wall): { week: number; year: number } => weekOfYear(w, 0, 6);

const TOKENS: Record<string, TokenFn> = {
  YYYY: (w) => pad(w.year, 4),
  YY: (w) => pad(w.year % 100, 2),
  Y: (w) => String(w.year),
  Q: (w) => String(Math.floor(w.month / 3) + 1),
  Qo: (w) => ordinal(Math.floor(w.month / 3) + 1),
  M: (w) => String(w.month + 1),
  Mo: (w) => ordinal(w.month + 1),
  MM: (w) => pad(w.month + 1, 2),
  MMM: (w) => (MONTHS[w.month] ?? '').slice(0, 3),
  MMMM: (w) => MONTHS[w.month] ?? '',
  D: (w) => String(w.day),
  Do: (w) => ordinal(w.day),
  DD: (w) => pad(w.day, 2),
  DDD: (w) => String(w.dayOfYear),
  DDDo: (w) => ordinal(w.dayOfYear),
  DDDD: (w) => pad(w.dayOfYear, 3),
  d: (w) => String(w.weekday),
  do: (w) => ordinal(w.weekday),
  dd: (w) => (DAYS[w.weekday] ?? '').slice(0, 2),
  ddd: (w) => (DAYS[w.weekday] ?? '').slice(0, 3),
  dddd: (w) => DAYS[w.weekday] ?? '',
  e: (w) => String(w.weekday),
  E: (w) => String(w.weekday || 7),
  w: (w) => String(loc(w).week),
  wo: (w) => ordinal(loc(w).week),
  ww: (w) => pad(loc(w).week, 2),
  W: (w) => String(iso(w).week),
  Wo: (w) => ordinal(iso(w).week),
  WW: (w) => pad(iso(w).week, 2),
  gg: (w) => pad(loc(w).year % 100, 2),
  gggg: (w) => pad(loc(w).year, 4),
  GG: (w) => pad(iso(w).year % 100, 2),
  GGGG: (w) => pad(iso(w).year, 4),
  H: (w) => String(w.hour),
  HH: (w) => pad(w.hour, 2),
  h: (w) => String(h12(w)),
  hh: (w) => pad(h12(w), 2),
  k: (w) => String(w.hour || 24),
  kk: (w) => pad(w.hour || 24, 2),
  m: (w) => String(w.minute),
  mm: (w) => pad(w.minute, 2),
  s: (w) => String(w.second),
  ss: (w) => pad(w.second, 2),
  a: (w) => (w.hour < 12 ? 'am' : 'pm'),
  A: (w) => (w.hour < 12 ? 'AM' : 'PM'),
  Z: (w) => offset(w.offsetMinutes, ':'),
  ZZ: (w) => offset(w.offsetMinutes, ''),
  X: (w) => String(Math.floor(w.epochMs / 1000)),
  x: (w) => String(w.epochMs),
  Hmm: (w) => `${w.hour}${pad(w.minute, 2)}`,
  Hmmss: (w) => `${w.hour}${pad(w.minute, 2)}${pad(w.second, 2)}`,
  hmm: (w) => `${h12(w)}${pad(w.minute, 2)}`,
  hmmss: (w) => `${h12(w)}${pad(w.minute, 2)}${pad(w.second, 2)}`,
};

// Same alternation order as moment's formattingTokens: longest forms first.
const TOKEN_RE =
  /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|YYYY|YY|gg(gg)?|GG(GG)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|ZZ?|Y|.)/g;

export function formatDate(date: Date, format: string, tz = 'UTC'): string {
  const w = wallClock(date, tz);
  return format.replace(TOKEN_RE, (match: string, bracket?: string, backslash?: string, token?: string) => {
    if (bracket !== undefined) return bracket.slice(1, -1);
    if (backslash !== undefined) return match.slice(1);
    const t = token ?? match;
    if (/^S+$/.test(t)) return pad(w.ms, 3).padEnd(t.length, '0').slice(0, t.length);
    const fn = TOKENS[t];
    return fn ? fn(w) : t;
  });
}

/**
 * The format moment prints when given none: ISO 8601 with a literal Z where the zone's offset is zero
 * at that moment (UTC, London in winter), else with the offset (+09:00).
 */
export function defaultDateFormat(date: Date, tz = 'UTC'): string {
  return wallClock(date, tz).offsetMinutes === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ';
}
