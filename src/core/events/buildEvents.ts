import { formatDay, type Ymd } from '../dates/calendar';
import { resolveDate } from '../dates/resolveDate';
import { detach, type LruCache } from '../lruCache';
import type { DateMention, Span } from '../types';
import type { ReferenceDate } from './referenceDate';
import { sortDay } from './sortKey';
import { summarize, summaryOfParts, summaryParts } from './summarize';

/** A dated happening: the clause around a date, in timeline order. */
export interface SeedEvent extends Span {
  readonly text: string;
  readonly summary: string;
  /** The date expression and its value against the reference date. */
  readonly date: Span & { readonly text: string; readonly value: string };
  /** Ids of the actors mentioned in the clause, in text order. */
  readonly actors: readonly string[];
  /** How the date was placed on the timeline, in words. */
  readonly resolution: string;
}

export interface ActorSpans {
  readonly id: string;
  readonly mentions: readonly Span[];
}

/** The value a date has once the reference date is known; X'd fields stay X'd without a year. */
export function dateValue(d: DateMention, reference: ReferenceDate): string {
  if ((reference.source === 'caller' || reference.source === 'document') && reference.value && /X|REF/.test(d.value)) {
    return resolveDate(d, reference.value, d.tense);
  }
  return d.value;
}

/**
 * One event per date in the body's sentences: the sentence, or the clause of it that holds the date when
 * a sentence has several. Ordered by date (the anchor day places year-less dates), ties by text order;
 * dates with no place of their own keep their text position after the placed ones.
 */
export function buildEvents(
  text: string,
  sentences: readonly Span[],
  dates: readonly DateMention[],
  actors: readonly ActorSpans[],
  reference: ReferenceDate,
  anchor: Ymd | undefined,
  summaries?: LruCache<string>,
): SeedEvent[] {
  const ref = anchor ? formatDay(anchor) : undefined;
  const mentionIndex = indexMentions(actors);
  let d = 0;
  const placed = sentences.flatMap(sentence => {
    // Sentences and dates are both in text order: take the dates of this sentence off the front.
    while (d < dates.length && dates[d].start < sentence.start) d++;
    const inside: DateMention[] = [];
    for (; d < dates.length && dates[d].start < sentence.end; d++) if (dates[d].end <= sentence.end) inside.push(dates[d]);
    return inside.map((d, i) => {
      const clause = clauseOf(text, sentence, inside, i);
      const key = ref ? sortDay(resolveDate(d, ref, d.tense), d.mod) : sortDay(d.value, d.mod);
      const event: SeedEvent = {
        start: clause.start,
        end: clause.end,
        text: text.slice(clause.start, clause.end),
        summary: summaryOf(text, clause, d, summaries),
        date: { start: d.start, end: d.end, text: d.text, value: dateValue(d, reference) },
        actors: actorsIn(clause, mentionIndex),
        resolution: resolution(d, reference),
      };
      return { event, key };
    });
  });
  return placed.sort(byTime).map(p => p.event);
}

/** `summarize`, kept by the words it reads when a memo is given. */
function summaryOf(text: string, clause: Span, date: Span, memo: LruCache<string> | undefined): string {
  if (!memo) return summarize(text, clause, date);
  const { before, after } = summaryParts(text, clause, date);
  return memo.getOrSet(`${before}\u0000${after}`, () => detach(summaryOfParts(before, after)));
}

/** Placed dates first, by time; the rest, and ties, by text order. */
function byTime(a: { key: number; event: SeedEvent }, b: { key: number; event: SeedEvent }): number {
  const [aPlaced, bPlaced] = [!Number.isNaN(a.key), !Number.isNaN(b.key)];
  if (aPlaced !== bPlaced) return aPlaced ? -1 : 1;
  if (aPlaced && a.key !== b.key) return a.key - b.key;
  return a.event.date.start - b.event.date.start;
}

/** With several dates in a sentence, each keeps the clause between the punctuation that separates them. */
function clauseOf(text: string, sentence: Span, dates: readonly DateMention[], i: number): Span {
  if (dates.length === 1) return sentence;
  const cut = (from: number, to: number): number => {
    const between = text.slice(from, to);
    const m = /.*(?:[;:]|,\s+(?:and|but|while|whereas|which|where)\b|,)/s.exec(between);
    return m ? from + m[0].length : -1;
  };
  let start = sentence.start;
  let end = sentence.end;
  if (i > 0) {
    const c = cut(dates[i - 1].end, dates[i].start);
    if (c >= 0) start = c;
  }
  if (i < dates.length - 1) {
    const c = cut(dates[i].end, dates[i + 1].start);
    // Only the gap after this date is searched: a `$`-anchored search scans everything before the cut,
    // once per date, which a sentence with thousands of dates makes quadratic.
    const from = Math.max(sentence.start, dates[i].end - 16);
    if (c >= 0) end = c - (text.slice(from, c).match(/[,;:]?\s*(?:and|but|while|whereas|which|where)?$/)?.[0].length ?? 0);
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

interface IndexedMention extends Span {
  readonly actor: string;
}

/** Every actor mention in text order, so a clause's actors are found by a binary search. */
function indexMentions(actors: readonly ActorSpans[]): IndexedMention[] {
  return actors.flatMap(a => a.mentions.map(m => ({ start: m.start, end: m.end, actor: a.id }))).sort((a, b) => a.start - b.start);
}

/** The actors with a mention inside `clause`, in the order of their first mention there. */
function actorsIn(clause: Span, mentions: readonly IndexedMention[]): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < clause.start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < clause.end; i++) {
    if (mentions[i].end <= clause.end && !ids.includes(mentions[i].actor)) ids.push(mentions[i].actor);
  }
  return ids;
}

function resolution(d: DateMention, reference: ReferenceDate): string {
  const tense = d.tense ? `${d.tense} tense` : 'no tense cue';
  if (d.stated.year !== undefined) return 'stated in full';
  if (reference.source === 'none') return `year not stated; ${tense}`;
  return `${reference.note}; ${tense}`;
}
