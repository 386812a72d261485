/** Named days whose date follows from the year: "Thanksgiving Day", "Election Day", "Christmas". */
import { addDays, easter, nthWeekday, type Ymd } from './calendar';

/** Matches a holiday name, capitalised as news writes it. */
export const HOLIDAY_RE =
  "(?:Thanksgiving(?:[ \\t]+Day)?|Christmas(?:[ \\t]+(?:Day|Eve))?|New[ \\t]+Year's(?:[ \\t]+(?:Day|Eve))?|" +
  'Election[ \\t]+Day|Independence[ \\t]+Day|Labor[ \\t]+Day|Memorial[ \\t]+Day|Veterans[ \\t]+Day|' +
  'Easter(?:[ \\t]+(?:Sunday|week))?|Halloween)';

/** The holiday named in `text` in `year`, and whether the name means the whole week ("Easter week"). */
export function holidayDate(text: string, year: number): { day: Ymd; week: boolean } | undefined {
  const t = text.replace(/\s+/g, ' ');
  const fixed = (month: number, day: number) => ({ day: { year, month, day }, week: false });
  if (/Thanksgiving/.test(t)) return { day: nthWeekday(year, 11, 4, 4), week: false };
  if (/Christmas Eve/.test(t)) return fixed(12, 24);
  if (/Christmas/.test(t)) return fixed(12, 25);
  if (/New Year's Eve/.test(t)) return fixed(12, 31);
  if (/New Year's/.test(t)) return fixed(1, 1);
  // US Election Day: the Tuesday after the first Monday of November.
  if (/Election Day/.test(t)) return { day: addDays(nthWeekday(year, 11, 1, 1), 1), week: false };
  if (/Independence Day/.test(t)) return fixed(7, 4);
  if (/Labor Day/.test(t)) return { day: nthWeekday(year, 9, 1, 1), week: false };
  if (/Memorial Day/.test(t)) return { day: addDays(nthWeekday(year, 6, 1, 1), -7), week: false };
  if (/Veterans Day/.test(t)) return fixed(11, 11);
  if (/Halloween/.test(t)) return fixed(10, 31);
  if (/Easter/.test(t)) return { day: easter(year), week: /week/.test(t) };
  return undefined;
}
