/**
 * Rules for the calendar's larger named periods: quarters and halves ("the third quarter", "third-quarter",
 * "the first half of 1998"), fiscal years ("fiscal 1998" → FY1998), centuries ("this century", "the 20th
 * century" → 19) and "the weekend". TimeML keeps a leading "the" in these extents, except before an
 * adjective ("the third-quarter profit" → "third-quarter").
 */
import type { Candidate } from './candidate';
import type { RelativeOffset } from '../model';
import { ORDINALS, WS, YEAR_RE } from './lexicon';

const OFFSET: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

function date(start: number, end: number, extra: Partial<Candidate> & { template: string }): Candidate {
  return { start, end, kind: 'DATE', stated: {}, priority: 2, ...extra };
}

/** The year a period is "of": a stated one, one relative to the reference, or none (the tense places it). */
interface YearOf {
  year?: number;
  fiscal: boolean;
  relative?: RelativeOffset;
}

/** Reads a year phrase: "1998", "fiscal 1998", "this year", "last fiscal year", "the year". */
function yearOf(year: string | undefined, fiscal: string | undefined, which: string | undefined): YearOf {
  const isFiscal = fiscal !== undefined;
  if (year) return { year: +year, fiscal: isFiscal };
  const offset = which ? OFFSET[which.toLowerCase()] : undefined;
  return offset === undefined ? { fiscal: isFiscal } : { fiscal: isFiscal, relative: { unit: 'year', offset } };
}

/** The value of a period of `unit` ('Q', 'H') number `n` in `y`: '1998-Q3', 'FY1998-Q3', 'XXXX-Q3'. */
function periodTemplate(y: YearOf, code: string): string {
  const year = y.year !== undefined ? String(y.year) : 'XXXX';
  return `${y.fiscal ? 'FY' : ''}${year}-${code}`;
}

const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
// "of 1998", "of fiscal 1998", "of this year", "of the year", "of last fiscal year".
const OF_YEAR = `(?:${WS}of${WS}(?:(${YEAR_RE})|(fiscal)${WS}(?:year${WS})?(${YEAR_RE})|(?:(the|this|last|next|the${WS}current|the${WS}previous)${WS})(?:(fiscal)${WS})?year))`;

/**
 * "the third quarter", "the first quarter of 1998", "1998's second quarter", "fiscal 1998's first quarter",
 * "third-quarter" (as an adjective), "the second half of this year", "Q3 2017", "the quarter". A half needs a year or the
 * adjective form: "the second half" alone is as often a match's or a film's.
 */
function quartersAndHalves(text: string, out: Candidate[]): void {
  const re = new RegExp(`\\b(?:([Tt]he)${WS})?(?:(?:(fiscal)${WS})?(${YEAR_RE})'s${WS})?${ORDINAL}(${WS}|-)(quarter|half)(?![\\w-])${OF_YEAR}?`, 'g');
  for (const m of text.matchAll(re)) {
    const [, the, fiscalBefore, yearBefore, ordinal, joiner, unit] = m;
    const [yearAfter, fiscalAfter, fiscalYearAfter, which, fiscalWhich] = m.slice(7);
    const n = ORDINALS.get(ordinal.toLowerCase())!;
    if (unit === 'half' && n > 2) continue;
    const y = yearOf(yearBefore ?? yearAfter ?? fiscalYearAfter, fiscalBefore ?? fiscalAfter ?? fiscalWhich, which?.replace(/^the\s+/i, ''));
    const hasYear = y.year !== undefined || y.relative !== undefined || which !== undefined;
    const adjective = joiner === '-' && !hasYear;
    if (unit === 'half' && !hasYear && !adjective) continue;
    // "the third-quarter profit": the article belongs to the noun the adjective modifies.
    const start = adjective && the ? m.index + m[0].indexOf(ordinal, the.length) : m.index;
    out.push(
      date(start, m.index + m[0].length, {
        ...(y.year !== undefined && { stated: { year: y.year } }),
        ...(y.relative && { relative: y.relative }),
        template: periodTemplate(y, `${unit === 'quarter' ? 'Q' : 'H'}${n}`),
      }),
    );
  }
  // "the quarter" alone: the financial quarter the story is about (not "the quarter of a century").
  for (const m of text.matchAll(new RegExp(`\\b[Tt]he${WS}quarter\\b(?![-'])(?!${WS}(?:of|mile|final)\\b)`, 'g'))) {
    out.push(date(m.index, m.index + m[0].length, { template: 'XXXX-QX', priority: 1 }));
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:Q([1-4])(?:${WS}|-)?(${YEAR_RE})|(${YEAR_RE})(?:${WS}|-)?Q([1-4]))\\b`, 'g'))) {
    const year = +(m[2] ?? m[3]);
    out.push(date(m.index, m.index + m[0].length, { stated: { year }, template: `${year}-Q${m[1] ?? m[4]}` }));
  }
}

/** "fiscal 1998", "fiscal year 1998", "FY1998", "FY 1998", "this fiscal year", "the next fiscal year", "the current fiscal year". */
function fiscalYears(text: string, out: Candidate[]): void {
  const re = new RegExp(
    `\\b(?:(?:[Ff]iscal(?:${WS}|-)(?:year${WS})?|FY${WS}?)(${YEAR_RE})|((?:[Tt]he${WS})?(?:[Tt]his|[Ll]ast|[Nn]ext)|[Tt]he${WS}(?:current|previous|coming))${WS}fiscal${WS}year)(?![\\w-])`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[1]) {
      out.push(date(m.index, end, { stated: { year: +m[1] }, template: `FY${m[1]}` }));
      continue;
    }
    const offset = OFFSET[m[2].toLowerCase().split(/\s+/).pop()!];
    out.push(date(m.index, end, { relative: { unit: 'year', offset }, template: 'FYXXXX', ...(offset < 0 && { tenseHint: 'past' as const }) }));
  }
}

/**
 * "this century", "the last century", "next century", "the 20th century", "the 21st century": TimeML
 * writes a century as its first two digits ('19' for the 20th).
 */
function centuries(text: string, out: Candidate[]): void {
  const re = new RegExp(`\\b(?:(?:[Tt]he${WS})?([Tt]his|[Ll]ast|[Nn]ext)|[Tt]he${WS}(\\d{1,2})(?:st|nd|rd|th))${WS}century\\b`, 'g');
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[2]) {
      const n = +m[2];
      if (n >= 1) out.push(date(m.index, end, { template: String(n - 1).padStart(2, '0') }));
      continue;
    }
    // A century is the year's arithmetic at a hundred years' grain: the template's two X's say so.
    out.push(date(m.index, end, { relative: { unit: 'year', offset: 100 * OFFSET[m[1].toLowerCase()] }, template: 'XX' }));
  }
}

/** "the weekend": the one the tense points at, as for a weekday ("this/last/next weekend" are relative rules). */
function weekend(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(new RegExp(`\\b[Tt]he${WS}weekend\\b(?!${WS}(?:of|before|after)\\b)`, 'g'))) {
    out.push(date(m.index, m.index + m[0].length, { relative: { unit: 'weekday', offset: 0, weekday: 6 }, template: 'XXXX-WXX-WE' }));
  }
}

/** Candidates for quarters, halves, fiscal years, centuries and weekends in `text`. */
export function periodCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Each rule's key word is looked for first: most texts have none, and a plain search is far cheaper.
  if (/quarter|half|Q[1-4]/.test(text)) quartersAndHalves(text, out);
  if (/fiscal|FY/i.test(text)) fiscalYears(text, out);
  if (text.includes('century')) centuries(text, out);
  if (text.includes('weekend')) weekend(text, out);
  return out;
}
