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

const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD' (anything after the day, such as a time, is ignored); undefined when malformed. */
export function parseYmd(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso);
  if (!m) return undefined;
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  return ymd.month >= 1 && ymd.month <= 12 && ymd.day >= 1 && ymd.day <= 31 ? ymd : undefined;
}

/** Days since 1970-01-01 (UTC), so day differences are plain subtraction. */
export function dayNumber(d: Ymd): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

/** The day `n` days after `d` (n may be negative). */
export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date((dayNumber(d) + n) * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
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
