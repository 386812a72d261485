/**
 * Computes a mention's TimeML value against a reference date. The mention's current value serves as its
 * template: X's mark what the text leaves open, and suffixes (a season "-FA", a part of day "TMO", a
 * weekend "-WE") are carried over.
 */
import type { DateMention, Tense } from '../types';
import {
  addDays, addMonths, dayNumber, formatDay, formatMonth, formatWeek, parseYmd, weekdayOf, type Ymd,
} from './calendar';
import { holidayDate, HOLIDAY_RE } from './holidays';

const HOLIDAY = new RegExp(HOLIDAY_RE);
const SEASON_END_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

/** Of the days `options`, the one tense points at: past → latest on or before ref, future → earliest on or after, else nearest. */
function pick(options: Ymd[], ref: Ymd, tense: Tense | undefined): Ymd {
  const r = dayNumber(ref);
  const sorted = [...options].sort((a, b) => dayNumber(a) - dayNumber(b));
  if (tense === 'past') return [...sorted].reverse().find(d => dayNumber(d) <= r) ?? sorted[0];
  if (tense === 'future') return sorted.find(d => dayNumber(d) >= r) ?? sorted[sorted.length - 1];
  return sorted.reduce((best, d) => (Math.abs(dayNumber(d) - r) < Math.abs(dayNumber(best) - r) ? d : best));
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

function relativeValue(m: DateMention, ref: Ymd, tense: Tense | undefined, timeSuffix: string): string {
  const rel = m.relative!;
  const season = /-(SP|SU|FA|WI)$/.exec(m.value)?.[1];
  switch (rel.unit) {
    case 'day':
      return formatDay(addDays(ref, rel.offset)) + timeSuffix;
    case 'weekday':
      return formatDay(weekdayDate(ref, rel.weekday ?? 0, rel.offset, tense)) + timeSuffix;
    case 'week':
      return formatWeek(addDays(ref, 7 * rel.offset)) + (m.value.endsWith('-WE') ? '-WE' : '');
    case 'month': {
      const d = addMonths(ref, rel.offset);
      return formatMonth(d.year, d.month);
    }
    case 'year':
      return season ? `${seasonYear(ref, season, rel.offset)}-${season}` : String(ref.year + rel.offset);
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
 * or the expression cannot be anchored ("the 1990s", "now", "that day").
 */
export function resolveDate(m: DateMention, ref: string, tense?: Tense): string {
  const r = parseYmd(ref);
  if (!r || m.value.endsWith('_REF')) return m.value;
  const t = tense ?? m.tense;
  const s = m.stated;
  const part = /T(MO|AF|EV|NI)$/.exec(m.value)?.[1];
  const timeSuffix = s.hour !== undefined ? `T${twoDigits(s.hour)}:${twoDigits(s.minute ?? 0)}` : part ? `T${part}` : '';
  if (m.relative) return relativeValue(m, r, t, timeSuffix);
  if (HOLIDAY.test(m.text)) {
    const years = s.year !== undefined ? [s.year] : [r.year - 1, r.year, r.year + 1];
    const days = years.map(y => holidayDate(m.text, y)).filter((h): h is NonNullable<typeof h> => !!h);
    if (days.length === 0) return m.value;
    const day = pick(days.map(h => h.day), r, t);
    return days[0].week ? formatWeek(day) : formatDay(day);
  }
  if (s.year !== undefined || !/^XXXX/.test(m.value)) return m.value;
  if (s.month !== undefined) {
    const options = [r.year - 1, r.year, r.year + 1].map(year => ({ year, month: s.month!, day: s.day ?? 1 }));
    // A month alone counts as reached once it has begun, and as still ahead until it has ended.
    const ref2 = s.day === undefined && t === 'future' ? { ...r, day: 1 } : r;
    return m.value.replace(/^XXXX/, String(pick(options, ref2, t).year));
  }
  if (s.hour !== undefined && /^XXXX-XX-XXT/.test(m.value)) return formatDay(r) + timeSuffix;
  return m.value;
}
