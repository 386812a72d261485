/**
 * Values for dates that point back at another date of the text ("later that year", "earlier that day",
 * "the next day"): TimeML gives them the value of the period they name, taken from the last date before
 * them that states it, as HeidelTime does. The walk is one pass in text order.
 */
import type { DateMention } from '../model';
import { addDays, addMonths, formatDay, formatMonth } from './calendar';

const ANAPHOR = /^(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(next|following|previous))\s+(day|month|year)$/i;
/** A value that names a year, a month or a day (a year left X'd too, for the day and month of a dateline). */
const SPECIFIC = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?=T|$)/;
/** The year a year-less day is counted in: a leap year, so 29 February exists. */
const STAND_IN_YEAR = 2000;

/** `dates` (in text order) with each anaphoric date's value taken from the last date before it that names its period. */
export function resolveAnaphoricDates(dates: readonly DateMention[]): DateMention[] {
  let last: RegExpExecArray | undefined;
  return dates.map(d => {
    const m = ANAPHOR.exec(d.text);
    if (!m) {
      last = SPECIFIC.exec(d.value) ?? last;
      return d;
    }
    const value = last && anaphoricValue(last, m[2].toLowerCase(), m[1] ? (/^p/i.test(m[1]) ? -1 : 1) : 0);
    return value ? { ...d, value } : d;
  });
}

function anaphoricValue(anchor: RegExpExecArray, head: string, shift: number): string | undefined {
  const [, yearText, monthText, dayText] = anchor;
  const known = yearText !== 'XXXX';
  const year = known ? +yearText : STAND_IN_YEAR;
  const withYear = (s: string) => (known ? s : `XXXX${s.slice(4)}`);
  if (head === 'year') return known ? String(year + shift) : undefined;
  if (head === 'month') {
    if (!monthText) return undefined;
    const d = addMonths({ year, month: +monthText, day: 1 }, shift);
    // A month shifted across a year's end has no year when the anchor had none.
    return !known && d.year !== year ? undefined : withYear(formatMonth(d.year, d.month));
  }
  if (!monthText || !dayText) return undefined;
  const d = addDays({ year, month: +monthText, day: +dayText }, shift);
  return !known && d.year !== year ? undefined : withYear(formatDay(d));
}
