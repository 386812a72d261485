/**
 * Rules for a date given as a shift from another time, with the shift word inside the extent as TimeML
 * keeps it: "a year earlier", "two days later", "the day before", "the week after", "the day before
 * yesterday", "year-earlier". "Before" and "after" count only as adverbs (at a clause's end or before another phrase):
 * with an object ("two days before the vote") they are prepositions, outside every extent, and the
 * measure before them is left alone.
 */
import type { Candidate } from './candidate';
import type { RelativeOffset } from '../model';
import { WS, countOf, unitOf } from './lexicon';

const UNIT_TEMPLATE: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', decade: 'XXX' };

// What may follow an adverbial "before"/"after": punctuation, the end, a conjunction or a preposition ("the day
// before in Moscow"); a noun phrase or a clause makes it a preposition or a conjunction instead.
const ADVERB_END = `(?=[ \\t]*(?:[.,;:!?)"'”’—–]|$|\\n)|${WS}(?:and|or|but|in|on|at|with|from|by|for|during)\\b)`;

/**
 * "a year earlier" → the reference's year minus one; "two days later" → X'd: a later day is reckoned from
 * the story's own event, which is not known here, while "earlier" and "before" mostly compare with now
 * ("profit rose from a year earlier").
 */
export function shiftCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The shift words are looked for first: most texts have none, and a plain search is far cheaper.
  if (!/earlier|later|before|after|year-/i.test(text)) return out;
  const count = `(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3})`;
  const re = new RegExp(
    `\\b(?:([Tt]he)${WS}(day|week|month|year)${WS}(before|after)(?:${WS}(yesterday|tomorrow)\\b|${ADVERB_END})|` +
      `${count}${WS}(days?|weeks?|months?|years?|decades?)${WS}(?:(earlier|later)\\b|(before|after)${ADVERB_END}))`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, the, theUnit, theWord, deictic, n, unitWord, comparative, preposition] = m;
    const unit = unitOf(the ? theUnit : unitWord);
    const amount = the ? 1 : countOf(n);
    if (!unit || unit === 'quarter' || amount === undefined) continue;
    // "the day before yesterday" is two days back; "the day after tomorrow" two ahead.
    if (deictic) {
      out.push(date(start, end, { unit: 'day', offset: /^y/i.test(deictic) ? -2 : 2 }, 'XXXX-XX-XX'));
      continue;
    }
    const word = (theWord ?? comparative ?? preposition).toLowerCase();
    const back = word === 'earlier' || word === 'before';
    // A singular unit needs a singular count: "a years earlier" and "two day later" are not read.
    if ((amount === 1) !== !/s$/i.test(unitWord ?? theUnit)) continue;
    const asYears = unit === 'decade';
    const relative: RelativeOffset = { unit: asYears ? 'year' : unit, offset: -amount * (asYears ? 10 : 1) };
    out.push(date(start, end, back ? relative : undefined, UNIT_TEMPLATE[back ? relative.unit : unit]));
  }
  // "the year-earlier quarter", "year-ago results": the adjective alone is the date.
  for (const m of text.matchAll(/\byear-(?:earlier|ago)\b/gi)) out.push(date(m.index, m.index + m[0].length, { unit: 'year', offset: -1 }, 'XXXX'));
  return out;
}

function date(start: number, end: number, relative: RelativeOffset | undefined, template: string): Candidate {
  return {
    start,
    end,
    kind: 'DATE',
    stated: {},
    priority: 2,
    template,
    ...(relative && { relative }),
    ...(relative && relative.offset < 0 && { tenseHint: 'past' as const }),
  };
}
