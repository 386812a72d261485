import { dayNumberOf, readDigits } from '../dates/calendar';

/**
 * A day number for ordering a TimeML value: the start of the period it names, moved into the period by a
 * modifier ("late October" sorts after "15 October"), with the time of day as a fraction. X'd or
 * symbolic values have no place of their own: NaN.
 *
 * The value is read character by character (every date is ordered on every edit): 'YYYY-MM-DD' with an
 * optional 'THH:MM' after it, 'YYYY-Wn' or 'YYYY-Wnn' (anything may follow), and exactly 'YYYY-MM' or 'YYYY'.
 */
export function sortDay(value: string, mod?: 'START' | 'MID' | 'END'): number {
  const year = readDigits(value, 0, 4);
  if (year < 0) return NaN;
  const within = mod === 'END' ? 0.7 : mod === 'MID' ? 0.4 : 0;
  if (value.length === 4) return dayNumberOf(year, 1, 1) + within * 365;
  if (value[4] !== '-') return NaN;
  if (value[5] === 'W') return weekStart(year, value);
  const month = readDigits(value, 5, 2);
  if (month < 0) return NaN;
  const day = value[7] === '-' ? readDigits(value, 8, 2) : -1;
  if (day >= 0) return dayNumberOf(year, month, day) + timeOfDay(value);
  return value.length === 7 ? dayNumberOf(year, month, 1) + within * 30 : NaN;
}

/** The Monday that starts ISO week 'YYYY-Wn' (one or two digits), or NaN without a week number. */
function weekStart(year: number, value: string): number {
  const two = readDigits(value, 6, 2);
  const week = two >= 0 ? two : readDigits(value, 6, 1);
  if (week < 0) return NaN;
  const jan4 = dayNumberOf(year, 1, 4);
  const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7); // day 0 (1970-01-01) was a Thursday
  return monday + 7 * (week - 1);
}

/** The fraction of the day of a 'THH:MM' after 'YYYY-MM-DD', or 0 without one. */
function timeOfDay(value: string): number {
  const hour = value[10] === 'T' ? readDigits(value, 11, 2) : -1;
  const minute = value[13] === ':' ? readDigits(value, 14, 2) : -1;
  return hour >= 0 && minute >= 0 ? (hour * 60 + minute) / 1440 : 0;
}
