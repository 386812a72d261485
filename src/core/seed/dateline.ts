import type { Dateline, Span } from '../model';
import { NEWS_AGENCIES } from './agencies';

/** A capitalised or upper-case word of a place name. */
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** Up to four words, and a region after a comma ("NAIROBI, Kenya"). */
const PLACE = String.raw`(?<place>${WORD}(?: ${WORD}){0,3}(?:, ${WORD}(?: ${WORD}){0,2})?)`;
/** "July 18", "4 September", "12 APR", "22 Dec.", with a year if stated ("July 18, 2017"); the month is checked in code. */
const DAY = String.raw`(?:(?<day1>\d{1,2}) (?<month1>\p{L}{3,9})|(?<month2>\p{L}{3,9}) (?<day2>\d{1,2}))(?:,? (?<year>\d{4}))?\.?`;
const ISO = String.raw`(?<iso>\d{4}-\d\d-\d\d)`;
/** An agency between slashes ("/TASS/.", "/TASS./") or brackets ("(AP)"): any short name. */
const MARKED = String.raw`(?:/ ?(?<slashed>\p{L}[^/]{0,28}?) ?/\.?|\((?<bracketed>\p{L}[^()]{0,28})\))`;
/** An agency named without marks ("RIA Novosti.", "INTERFAX.RU —"): checked against NEWS_AGENCIES. */
const NAMED = String.raw`(?<named>\p{L}[\p{L}-]*(?:\.\p{L}+)?(?: \p{L}[\p{L}-]*){0,2}?)(?:\.| [—–-]+)`;
const DASH = '[—–_-]';

/**
 * The shapes of a dateline at the start of a line, each followed by white space or the line's end, and
 * the shape of one that is a line of its own:
 * - "MOSCOW, July 18. /TASS/.", "KIEV, December 28. /TASS/ —", "LONDON, 3 March (Reuters) -";
 * - "MOSCOW, 4 September — RIA Novosti.", "Moscow. 22 Dec. INTERFAX.RU —";
 * - "NAIROBI, Kenya (AP) _" (no day);
 * - a line of its own with only a place and a day: "LONDON 1996-08-30", "Minsk, 4 March".
 */
const OPENING_SHAPES = [
  new RegExp(String.raw`^${PLACE}[,.] ${DAY} ?${MARKED}(?: ?${DASH}+)?(?=\s|$)`, 'du'),
  new RegExp(String.raw`^${PLACE}[,.] ${DAY} ?(?:[—–-] )?${NAMED}(?=\s|$)`, 'du'),
  new RegExp(String.raw`^${PLACE} ${MARKED} ?${DASH}+(?=\s|$)`, 'du'),
];
const WHOLE_LINE_SHAPE = new RegExp(String.raw`^${PLACE},? (?:${ISO}|${DAY})$`, 'du');

/** Month names and their short forms, lower-cased. */
const MONTHS = new Map<string, number>();
'january february march april may june july august september october november december'.split(' ').forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);

/** The longest stretch of a line a dateline can take, so a long lead is never searched whole. */
const MAX_DATELINE = 120;

/**
 * The dateline at the start of `line` (a trimmed line of `text`), if it has one: its span (up to its
 * last mark), the place, the day and the agency. Single spaces only: a dateline is set by the page,
 * not typed.
 */
export function readDateline(text: string, line: Span): Dateline | undefined {
  const at = line.start;
  const head = text.slice(at, Math.min(line.end, at + MAX_DATELINE));
  const shapes = line.end - at <= MAX_DATELINE ? [...OPENING_SHAPES, WHOLE_LINE_SHAPE] : OPENING_SHAPES;
  for (const shape of shapes) {
    const m = shape.exec(head);
    if (!m?.groups || !m.indices?.groups) continue;
    const date = dayOf(m.groups, m.indices.groups, at);
    if (date === null) continue;
    const agency = agencyOf(text, m.groups, m.indices.groups, at);
    if (agency === null || (!date && !agency)) continue;
    const [placeStart, placeEnd] = m.indices.groups.place!;
    const end = at + m[0].length;
    return {
      start: at,
      end,
      text: text.slice(at, end),
      place: { start: at + placeStart, end: at + placeEnd, text: m.groups.place },
      ...(date ? { date } : {}),
      ...(agency ? { agency } : {}),
    };
  }
  return undefined;
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

/** The day a match gives: undefined when it gives none, null when what it gives is not a day. */
function dayOf(g: Groups, at: Indices, offset: number): Dateline['date'] | null | undefined {
  if (g.iso) {
    const [year, month, day] = g.iso.split('-').map(Number);
    return validDay(month, day) ? { start: offset + at.iso![0], end: offset + at.iso![1], year, month, day } : null;
  }
  const monthName = g.month1 ?? g.month2;
  if (monthName === undefined) return undefined;
  const month = MONTHS.get(monthName.toLowerCase());
  const day = Number(g.day1 ?? g.day2);
  if (month === undefined || !validDay(month, day)) return null;
  const first = at.day1 ?? at.month2!;
  const last = at.year ?? at.month1 ?? at.day2!;
  return { start: offset + first[0], end: offset + last[1], ...(g.year ? { year: Number(g.year) } : {}), month, day };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** The agency a match names: undefined when it names none, null when its unmarked name is no agency. */
function agencyOf(text: string, g: Groups, at: Indices, offset: number): Dateline['agency'] | null | undefined {
  const key = g.slashed !== undefined ? 'slashed' : g.bracketed !== undefined ? 'bracketed' : g.named !== undefined ? 'named' : undefined;
  if (key === undefined) return undefined;
  if (key === 'named' && !NEWS_AGENCIES.has(g.named!.toLowerCase())) return null;
  const start = offset + at[key]![0];
  let end = offset + at[key]![1];
  // "/TASS./": the full stop inside the slashes ends the dateline, not the name.
  while (end > start && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return { start, end, text: text.slice(start, end) };
}
