import { dayNumber } from '../dates/calendar';

/**
 * A day number for ordering a TimeML value: the start of the period it names, moved into the period by a
 * modifier ("late October" sorts after "15 October"), with the time of day as a fraction. X'd or
 * symbolic values have no place of their own: NaN.
 */
export function sortDay(value: string, mod?: 'START' | 'MID' | 'END'): number {
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(value);
  if (m) {
    const day = dayNumber({ year: +m[1], month: +m[2], day: +m[3] });
    return day + (m[4] ? (+m[4] * 60 + +m[5]) / 1440 : 0);
  }
  m = /^(\d{4})-W(\d\d?)/.exec(value);
  if (m) {
    const jan4 = dayNumber({ year: +m[1], month: 1, day: 4 });
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7); // day 0 (1970-01-01) was a Thursday
    return monday + 7 * (+m[2] - 1);
  }
  const within = mod === 'END' ? 0.7 : mod === 'MID' ? 0.4 : 0;
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) {
    const start = dayNumber({ year: +m[1], month: +m[2], day: 1 });
    return start + within * 30;
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return dayNumber({ year: +m[1], month: 1, day: 1 }) + within * 365;
  return NaN;
}
