/**
 * Pure calendar arithmetic on plain year/month/day numbers (UTC, no clock, no time zone), and the
 * TimeML value formats built from them.
 */

/** A calendar day. Months are 1-12. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days in a 400-year Gregorian cycle, after which the calendar repeats. */
const CYCLE_DAYS = 146_097;
/** Day number of 0000-03-01, the start of the cycle year the arithmetic below counts in. */
const MARCH_0000 = -719_468;
/** The largest distance from 1970-01-01, in days, that a JavaScript Date can hold. */
const DATE_RANGE = 100_000_000;

/**
 * The value of `count` decimal digits at `at` in `s`, or -1 when any of them is missing or not a digit
 * (`\d` without the u flag). Read by hand: value parsing runs for every date on every edit, and a regex
 * match allocates an array and a string per group.
 */
export function readDigits(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Parses 'YYYY-MM-DD' (anything after the day, such as a time, is ignored); undefined when malformed. */
export function parseYmd(iso: string): Ymd | undefined {
  const year = readDigits(iso, 0, 4);
  const month = readDigits(iso, 5, 2);
  const day = readDigits(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0 || iso[4] !== '-' || iso[7] !== '-') return undefined;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : undefined;
}

/** Days since 1970-01-01 (UTC), so day differences are plain subtraction. */
export function dayNumber(d: Ymd): number {
  return dayNumberOf(d.year, d.month, d.day);
}

/**
 * `dayNumber` of whole-number fields, without an object. Plain arithmetic (the days-from-civil algorithm
 * on a year that starts in March, so the leap day ends it) rather than `Date.UTC`, but with its rules:
 * months and days out of range roll over, years 0-99 mean 1900-1999, and a day beyond a Date's range is NaN.
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  const months = y * 12 + (month - 1);
  const m = months - Math.floor(months / 12) * 12; // 0 = January, also for negative months
  const marchYear = Math.floor(months / 12) - (m < 2 ? 1 : 0);
  const cycle = Math.floor(marchYear / 400);
  const yearOfCycle = marchYear - cycle * 400;
  const dayOfYear = Math.floor((153 * (m < 2 ? m + 10 : m - 2) + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  const n = cycle * CYCLE_DAYS + dayOfCycle + MARCH_0000;
  return Math.abs(n) <= DATE_RANGE ? n : NaN;
}

/** The calendar day of a day number (the inverse of `dayNumberOf`); NaN fields beyond a Date's range. */
export function dayOfNumber(n: number): Ymd {
  if (!(Math.abs(n) <= DATE_RANGE)) return { year: NaN, month: NaN, day: NaN };
  const z = n - MARCH_0000;
  const cycle = Math.floor(z / CYCLE_DAYS);
  const dayOfCycle = z - cycle * CYCLE_DAYS;
  const yearOfCycle = Math.floor((dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36_524) - Math.floor(dayOfCycle / 146_096)) / 365);
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1;
  const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
  return { year: yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day `n` days after `d` (n may be negative). */
export function addDays(d: Ymd, n: number): Ymd {
  return dayOfNumber(dayNumber(d) + n);
}

/** The first day of the month `n` months after `d`'s month. */
export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** Weekday 0 (Sunday) to 6 (Saturday). */
export function weekdayOf(d: Ymd): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const isoDay = weekdayOf(d) === 0 ? 7 : weekdayOf(d);
  const thursday = addDays(d, 4 - isoDay); // the ISO week belongs to the year of its Thursday
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD'. */
export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** 'YYYY-MM'. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** 'YYYY-Wn', unpadded as the AQUAINT/TimeBank gold writes weeks. */
export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${w.week}`;
}

/** The n-th (1-based) given weekday of a month, e.g. the 4th Thursday of November. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}
