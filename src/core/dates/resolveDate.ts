/**
 * Computes a mention's TimeML value against a reference date. The mention's current value serves as its
 * template: X's mark what the text leaves open, and suffixes (a season "-FA", a part of day "TMO", a
 * weekend "-WE") are carried over.
 */
import type { DateMention, Tense } from '../model';
import { addDays, addMonths, dayNumber, dayNumberOf, formatDay, formatMonth, formatWeek, parseYmd, weekdayOf, type Ymd } from './calendar';
import { holidayDate, HOLIDAY_RE } from './holidays';

const HOLIDAY = new RegExp(HOLIDAY_RE);
const SEASON_END_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };
/** A value ending in a part of day ('XXXX-XX-XXTMO') or a season ('2001-FA'): the last two letters name it. */
const PART_OF_DAY = /T(?:MO|AF|EV|NI)$/;
const SEASON = /-(?:SP|SU|FA|WI)$/;
/** A quarter or half with no year: 'XXXX-Q3', 'FYXXXX-H1'. */
const PERIOD = /^(FY)?XXXX-([QH])([1-4])$/;

/**
 * Of the ascending day numbers `days`, the index of the one tense points at: past → latest on or before
 * `r`, future → earliest on or after, else nearest (the earliest of two as near).
 */
function pickIndex(days: readonly number[], r: number, tense: Tense | undefined): number {
  if (tense === 'past') {
    for (let i = days.length - 1; i >= 0; i--) if (days[i] <= r) return i;
    return 0;
  }
  if (tense === 'future') {
    for (let i = 0; i < days.length; i++) if (days[i] >= r) return i;
    return days.length - 1;
  }
  let best = 0;
  for (let i = 1; i < days.length; i++) if (Math.abs(days[i] - r) < Math.abs(days[best] - r)) best = i;
  return best;
}

/** Of the days `options`, the one tense points at (see `pickIndex`). */
function pick(options: readonly Ymd[], ref: Ymd, tense: Tense | undefined): Ymd {
  const sorted = options.slice().sort((a, b) => dayNumber(a) - dayNumber(b));
  return sorted[pickIndex(sorted.map(dayNumber), dayNumber(ref), tense)];
}

/**
 * How far, in days, a year-less date may lie on the wrong side of the reference for its tense and still
 * be read in the nearest year. A future-tense sentence often names a day just past ("will be tried for
 * the Aug. 7 bombing"), so a future date up to three months back stays in this year. A past-tense one
 * often announces what is still ahead ("has invited them to a ceremony on March 12", "he subpoenaed her
 * to testify on Feb. 10"), so a day up to six weeks ahead stays in this year; further ahead, a report
 * tells of what is over.
 */
const SLACK_DAYS: Record<Tense, number> = { future: 92, past: 45, present: 0 };
/**
 * The past tense's slack when the reference itself was inferred from the tenses, which assumes that
 * past-tense dates lie before it (a day, for a dateline's clock running ahead of the day's time zones).
 */
const INFERRED_PAST_SLACK = 1;

/**
 * The year of a year-less month (and day): the nearest one when it lies within the tense's slack, else
 * by tense, the reference's year or one either side. `pick` on day numbers, made without an object per
 * day (this runs for most dates of a document on every edit).
 */
function pickYear(ref: Ymd, month: number, day: number | undefined, tense: Tense | undefined, inferred: boolean): number {
  const at = dayNumber(ref);
  const slack = !tense ? 0 : inferred && tense === 'past' ? INFERRED_PAST_SLACK : SLACK_DAYS[tense];
  for (let year = ref.year - 1; slack > 0 && year <= ref.year + 1; year++) {
    // A month's distance is to its nearest day (0 inside it).
    const first = dayNumberOf(year, month, day ?? 1);
    const last = day === undefined ? dayNumberOf(year, month + 1, 0) : first;
    if (Math.max(first - at, at - last, 0) <= slack) return year;
  }
  // A month alone counts as reached once it has begun, and as still ahead until it has ended.
  const r = day === undefined && tense === 'future' ? dayNumberOf(ref.year, ref.month, 1) : at;
  const d = day ?? 1;
  const days = [dayNumberOf(ref.year - 1, month, d), dayNumberOf(ref.year, month, d), dayNumberOf(ref.year + 1, month, d)];
  return ref.year - 1 + pickIndex(days, r, tense);
}

/** The weekday's date: "Friday" by tense (the reference day itself when it is that weekday), "last/next Friday" strictly before/after. */
function weekdayDate(ref: Ymd, weekday: number, offset: number, tense: Tense | undefined): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (offset < 0) return addDays(ref, -(back === 0 ? 7 : back));
  if (offset > 0) return addDays(ref, ahead === 0 ? 7 : ahead);
  if (back === 0) return ref;
  // News reports mostly what already happened: without a future cue a bare weekday is the last one.
  return tense === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
}

/** The year of "last/this/next <season>": last = the latest one already over, next = the next not yet begun. */
function seasonYear(ref: Ymd, season: string, offset: number): number {
  if (season === 'WI') return ref.year + offset - (ref.month <= 2 ? 1 : 0); // a winter is named by its December
  const endMonth = SEASON_END_MONTH[season];
  if (offset < 0) return ref.month > endMonth ? ref.year : ref.year - 1;
  if (offset > 0) return ref.month < endMonth - 2 ? ref.year : ref.year + 1;
  return ref.year;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** The time a value keeps once its day is known: the stated clock time, else its part of day, else none. */
function timeSuffix(m: DateMention): string {
  const s = m.stated;
  if (s.hour !== undefined) return `T${twoDigits(s.hour)}:${twoDigits(s.minute ?? 0)}`;
  return PART_OF_DAY.test(m.value) ? `T${m.value.slice(-2)}` : '';
}

/**
 * A value whose year is the reference's plus `offset`, the rest kept: "last fall" '2000-FA' (by season),
 * "12 February this year" 'XXXX-02-12', "the third quarter of last year" 'XXXX-Q3', "next fiscal year"
 * 'FYXXXX', "this century" 'XX' (its two digits name the century). A template already resolved against another
 * reference ('2018-02-12') gets the new year in place of its own.
 */
function yearValue(template: string, ref: Ymd, offset: number): string {
  if (SEASON.test(template)) return `${seasonYear(ref, template.slice(-2), offset)}-${template.slice(-2)}`;
  const year = ref.year + offset;
  if (/^(?:XX|\d\d)$/.test(template)) return String(Math.floor(year / 100)).padStart(2, '0');
  // A value resolved before ('2018-02-02', 'FY2018', '2018-Q3') is resolved again by its year.
  const at = template.search(/XXXX|\d{4}/);
  return at < 0 ? String(year) : template.slice(0, at) + String(year).padStart(4, '0') + template.slice(at + 4);
}

function relativeValue(m: DateMention, ref: Ymd, tense: Tense | undefined): string {
  const rel = m.relative!;
  switch (rel.unit) {
    case 'day':
      return formatDay(addDays(ref, rel.offset)) + timeSuffix(m);
    case 'weekday': {
      const day = weekdayDate(ref, rel.weekday ?? 0, rel.offset, tense);
      return m.value.endsWith('-WE') ? `${formatWeek(day)}-WE` : formatDay(day) + timeSuffix(m);
    }
    case 'week':
      return formatWeek(addDays(ref, 7 * rel.offset)) + (m.value.endsWith('-WE') ? '-WE' : '');
    case 'month': {
      const d = addMonths(ref, rel.offset);
      return formatMonth(d.year, d.month);
    }
    case 'year':
      return yearValue(m.value, ref, rel.offset);
    case 'quarter': {
      const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) + rel.offset;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'decade':
      return `${Math.floor(ref.year / 10) + rel.offset}X`;
  }
}

/**
 * The value of `m` against `ref` (YYYY-MM-DD). `tense` (default: the mention's own) places what the text
 * leaves open: with 'past' a year-less "15 January" is the latest one on or before ref, with 'future' the
 * earliest on or after, otherwise the nearest. Returns the mention's value unchanged when `ref` is malformed
 * or the expression cannot be anchored ("the 1990s", "now", "that day"). `inferred`: `ref` was inferred from
 * the tenses of the text's dates, so a past-tense date is not read as an announcement of a day ahead.
 */
export function resolveDate(m: DateMention, ref: string, tense?: Tense, inferred = false): string {
  const r = parseYmd(ref);
  if (!r || m.value.endsWith('_REF')) return m.value;
  const t = tense ?? m.tense;
  const s = m.stated;
  if (m.relative) return relativeValue(m, r, t);
  if (HOLIDAY.test(m.text)) {
    const years = s.year !== undefined ? [s.year] : [r.year - 1, r.year, r.year + 1];
    const days = years.map(y => holidayDate(m.text, y)).filter((h): h is NonNullable<typeof h> => !!h);
    if (days.length === 0) return m.value;
    // A holiday's week ("Easter week", the days up to Easter Sunday) has begun once its Monday has.
    const week = days[0].week;
    const day = pick(
      days.map(h => (week ? addDays(h.day, -6) : h.day)),
      r,
      t,
    );
    return week ? formatWeek(day) : formatDay(day);
  }
  const period = PERIOD.exec(m.value);
  if (period) {
    // "the third quarter": the year of its first month, by nearness and tense like a month's.
    const n = +period[3];
    const month = period[2] === 'Q' ? 3 * n - 2 : 6 * n - 5;
    return `${period[1] ?? ''}${pickYear(r, month, undefined, t, inferred)}-${period[2]}${n}`;
  }
  if (s.year !== undefined || !m.value.startsWith('XXXX')) return m.value;
  // "the week of March 6": the day's ISO week.
  if (m.value === 'XXXX-WXX' && s.month !== undefined && s.day !== undefined) {
    return formatWeek({ year: pickYear(r, s.month, s.day, t, inferred), month: s.month, day: s.day });
  }
  if (s.month !== undefined) return String(pickYear(r, s.month, s.day, t, inferred)) + m.value.slice(4);
  if (s.hour !== undefined && m.value.startsWith('XXXX-XX-XXT')) return formatDay(r) + timeSuffix(m);
  return m.value;
}
