/**
 * Rules for calendar expressions chrono leaves out: bare years ("in 1998"), decades ("the 1990s" →
 * "1990s"), seasons of a year ("the fall of 1998"), named holidays and clock times in words ("4 in the
 * morning").
 */
import { fieldTemplate, type Candidate } from './candidate';
import { holidayDate, HOLIDAY_RE } from './holidays';
import { SEASONS, WS } from './lexicon';
import { formatDay, formatWeek } from './calendar';

function date(start: number, end: number, extra: Partial<Candidate> & { template: string }): Candidate {
  return { start, end, kind: 'DATE', stated: {}, priority: 1, ...extra };
}

/** "1998", but not "$1998", "1,998", "1998.5" or a phone number. */
function years(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b(?!s\b|'s\b)/g)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + 4, m.index + 6);
    if (/[$£€#]|\d[.,]$|[.,:/]$/.test(before) || /^[.,:/]\d|^%|^-\d/.test(after)) continue;
    if (/^[ \t]*(?:percent|per|people|troops|dollars|feet|meters|miles|km)\b/i.test(text.slice(m.index + 4, m.index + 20))) continue;
    const year = +m[1];
    out.push(date(m.index, m.index + 4, { stated: { year }, template: String(year) }));
  }
}

/** "1990s", "1990's", "'90s"; the article stays outside, as in TimeML. */
function decades(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(/(?:\b(1[5-9]\d|20\d)0'?s|(?<![\w'])'(\d)0'?s)\b/g)) {
    const prefix = m[1] ?? `19${m[2]}`;
    out.push(date(m.index, m.index + m[0].length, { template: `${prefix}X`, priority: 2 }));
  }
}

/** "the fall of 1998", "summer 1998" (the season name alone is too often generic to be a date). */
function seasonsOfYear(text: string, out: Candidate[]): void {
  const re = new RegExp(`\\b(spring|summer|fall|autumn|winter)(?:${WS}of)?${WS}(1[89]\\d\\d|20\\d\\d)\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    const year = +m[2];
    out.push(date(m.index, m.index + m[0].length, { stated: { year }, template: `${year}-${SEASONS.get(m[1].toLowerCase())}`, priority: 2 }));
  }
}

/** "Thanksgiving Day", "last Thanksgiving", "Easter week", "Christmas 1998". */
function holidays(text: string, out: Candidate[]): void {
  const re = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)${WS})?(${HOLIDAY_RE})(?:,?${WS}(1[89]\\d\\d|20\\d\\d))?(?![\\w'])`, 'g');
  for (const m of text.matchAll(re)) {
    const year = m[3] ? +m[3] : undefined;
    const h = year !== undefined ? holidayDate(m[2], year) : undefined;
    const template = h ? (h.week ? formatWeek(h.day) : formatDay(h.day)) : /week/.test(m[2]) ? 'XXXX-WXX' : 'XXXX-XX-XX';
    const key = m[1]?.toLowerCase();
    out.push(
      date(m.index, m.index + m[0].length, {
        stated: year !== undefined ? { year } : {},
        template,
        priority: 2,
        ...(key === 'last' && { tenseHint: 'past' as const }),
        ...(key === 'next' && { tenseHint: 'future' as const }),
      }),
    );
  }
}

/** "4 in the morning", "10:30 in the evening": a clock time with its half of the day in words. */
function clockInWords(text: string, out: Candidate[]): void {
  const re = new RegExp(`\\b(\\d{1,2})(?::(\\d\\d))?${WS}in${WS}the${WS}(morning|afternoon|evening)\\b`, 'g');
  for (const m of text.matchAll(re)) {
    const hour = +m[1];
    if (hour < 1 || hour > 12 || /[\d.,:$]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const stated = { hour: m[3] === 'morning' ? hour % 12 : (hour % 12) + 12, minute: m[2] ? +m[2] : 0 };
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'TIME', stated, template: fieldTemplate(stated), priority: 2 });
  }
}

/** Candidates for years, decades, seasons of a year, holidays and clock times in words in `text`. */
export function calendarCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  years(text, out);
  decades(text, out);
  seasonsOfYear(text, out);
  holidays(text, out);
  if (text.includes(' in the ')) clockInWords(text, out);
  return out;
}
