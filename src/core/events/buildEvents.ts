import { formatDay, type Ymd } from '../dates/calendar';
import { resolveDate } from '../dates/resolveDate';
import { firstStartingFrom } from '../entities/spanEdit';
import type { DateMention, ReferenceDate, SeedEvent, Span, Tense } from '../model';
import { sortDay } from './sortKey';
import { isRegExpSpace } from '../seed/lines';
import type { Pause, Stepwise } from '../stepwise';

/** A mention of an actor, as events read it. */
export interface ActorMention extends Span {
  readonly actorId: string;
}

/** The value a date has once the reference date is known; X'd fields stay X'd while the reference's year is unknown. */
export function dateValue(d: DateMention, reference: ReferenceDate): string {
  if (reference.value && !reference.value.startsWith('X') && (d.value.includes('X') || d.value.includes('REF'))) {
    return resolveDate(d, reference.value, d.tense, reference.source === 'tense');
  }
  return d.value;
}

/**
 * One event per date in the body's sentences: the sentence, or the clause of it that holds the date when
 * a sentence has several. Ordered by date (the anchor day places year-less dates), ties by text order;
 * dates with no place of their own keep their text position after the placed ones. It may pause (see
 * `stepwise.ts`) between sentences.
 */
export function* buildEvents(
  text: string,
  sentences: readonly Span[],
  dates: readonly DateMention[],
  mentions: readonly ActorMention[],
  reference: ReferenceDate,
  anchor: Ymd | undefined,
  summaryOf: (text: string, clause: Span, date: Span) => string,
  pause: Pause,
): Stepwise<SeedEvent[]> {
  const ref = anchor ? formatDay(anchor) : undefined;
  const resolutions = new Resolutions(reference);
  const events: SeedEvent[] = [];
  /** Each event's place on the timeline (NaN: none), by index into `events`. */
  const keys: number[] = [];
  const inside: DateMention[] = [];
  let d = 0;
  for (let s = 0; s < sentences.length; s++) {
    // A sentence of a results table may hold dozens of dates: a pause point before each sentence.
    if (pause()) yield;
    const sentence = sentences[s];
    // Sentences and dates are both in text order: take the dates of this sentence off the front.
    while (d < dates.length && dates[d].start < sentence.start) d++;
    inside.length = 0;
    for (; d < dates.length && dates[d].start < sentence.end; d++) if (dates[d].end <= sentence.end) inside.push(dates[d]);
    for (let i = 0; i < inside.length; i++) {
      const date = inside[i];
      const clause = clauseOf(text, sentence, inside, i);
      events.push({
        start: clause.start,
        end: clause.end,
        text: text.slice(clause.start, clause.end),
        summary: summaryOf(text, clause, date),
        date: { start: date.start, end: date.end, text: date.text, value: dateValue(date, reference) },
        actors: actorsIn(clause, mentions),
        resolution: resolutions.of(date),
      });
      keys.push(ref ? sortDay(resolveDate(date, ref, date.tense, reference.source === 'tense'), date.mod) : sortDay(date.value, date.mod));
    }
  }
  if (pause()) yield;
  return inTimeOrder(events, keys);
}

/**
 * The events placed on the timeline first, by time; the rest, and ties, by text order. Sorts the events'
 * indices, placed and not apart (a stable sort keeps the order of full ties), so no wrapper object is made
 * per event and the comparison has no cases.
 */
function inTimeOrder(events: readonly SeedEvent[], keys: readonly number[]): SeedEvent[] {
  const placed: number[] = [];
  const unplaced: number[] = [];
  for (let i = 0; i < events.length; i++) (Number.isNaN(keys[i]) ? unplaced : placed).push(i);
  const starts = events.map(e => e.date.start);
  placed.sort((a, b) => keys[a] - keys[b] || starts[a] - starts[b]);
  unplaced.sort((a, b) => starts[a] - starts[b]);
  return placed.concat(unplaced).map(i => events[i]);
}

/** After a comma, the conjunction that opens a clause ("…, while"); `\b` at the end of the searched gap counts. */
const CONJUNCTION = /\s+(?:and|but|while|whereas|which|where)\b/y;

/**
 * Where the clause before `to` ends in the gap between two dates: after its last ';', ':' or ',' (with the
 * conjunction a comma brings, if any); -1 without one. A scan back from the gap's end: a pattern that finds
 * the last separator (`.*(?:[;:]|,…)`) backtracks from the end of the gap with every alternative at each step.
 */
function cut(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i];
    if (c === ';' || c === ':') return i + 1;
    if (c === ',') {
      const gap = text.slice(i + 1, to);
      CONJUNCTION.lastIndex = 0;
      return i + 1 + (CONJUNCTION.test(gap) ? CONJUNCTION.lastIndex : 0);
    }
  }
  return -1;
}

/** With several dates in a sentence, each keeps the clause between the punctuation that separates them. */
function clauseOf(text: string, sentence: Span, dates: readonly DateMention[], i: number): Span {
  if (dates.length === 1) return sentence;
  let start = sentence.start;
  let end = sentence.end;
  if (i > 0) {
    const c = cut(text, dates[i - 1].end, dates[i].start);
    if (c >= 0) start = c;
  }
  if (i < dates.length - 1) {
    const c = cut(text, dates[i].end, dates[i + 1].start);
    // Only the gap after this date is searched: a `$`-anchored search scans everything before the cut,
    // once per date, which a sentence with thousands of dates makes quadratic.
    const from = Math.max(sentence.start, dates[i].end - 16);
    if (c >= 0) end = c - (text.slice(from, c).match(/[,;:]?\s*(?:and|but|while|whereas|which|where)?$/)?.[0].length ?? 0);
  }
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  while (end > start && (isRegExpSpace(text.charCodeAt(end - 1)) || ',;:'.includes(text[end - 1]))) end--;
  return { start, end };
}

/** The actors with a mention inside `clause`, in the order of their first mention there (`mentions` in text order). */
function actorsIn(clause: Span, mentions: readonly ActorMention[]): string[] {
  const ids: string[] = [];
  for (let i = firstStartingFrom(mentions, clause.start); i < mentions.length && mentions[i].start < clause.end; i++) {
    if (mentions[i].end <= clause.end && !ids.includes(mentions[i].actorId)) ids.push(mentions[i].actorId);
  }
  return ids;
}

/**
 * How each date was placed, in words. The words depend only on the reference, whether the year is stated
 * and the tense, so each wording is made once per document rather than once per event.
 */
class Resolutions {
  private readonly byTense = new Map<Tense | undefined, string>();

  constructor(private readonly reference: ReferenceDate) {}

  of(d: DateMention): string {
    if (d.stated.year !== undefined) return 'stated in full';
    let words = this.byTense.get(d.tense);
    if (words === undefined) {
      words = resolution(d, this.reference);
      this.byTense.set(d.tense, words);
    }
    return words;
  }
}

function resolution(d: DateMention, reference: ReferenceDate): string {
  const tense = d.tense ? `${d.tense} tense` : 'no tense cue';
  if (d.stated.year !== undefined) return 'stated in full';
  if (reference.source === 'none') return `year not stated; ${tense}`;
  return `${reference.note}; ${tense}`;
}
