/**
 * The date finder's front door: TimeML-style DATE/TIME mentions with normalised values. chrono-node finds
 * calendar dates and clock times; house rules add what chrono misses or misreads (years, decades,
 * "last week", "four years ago", "now"), TimeML's span conventions are applied, and each value is resolved
 * against the reference date when one is given, X'd otherwise. The clock is never read.
 */
import type { DateMention, Span, Tense } from '../model';
import type { Candidate } from './candidate';
import { calendarCandidates } from './calendarRules';
import { chronoCandidates } from './chronoCandidates';
import { compose } from './compose';
import { applyModifiers, resolveOverlaps } from './modifiers';
import { periodCandidates } from './periodRules';
import { relativeCandidates } from './relativeRules';
import { resolveDate } from './resolveDate';
import { shiftCandidates } from './shiftRules';
import { roughSentences, sentenceAt, tenseCue } from './tenseCue';

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** Reference date (YYYY-MM-DD), e.g. the document creation date; without it unknown fields stay X'd. */
  readonly ref?: string;
  /** Sentence spans, sorted; a light splitter is used when absent. */
  readonly sentences?: readonly Span[];
}

/**
 * TimeML's value for a weekday with no reference: 'XXXX-WXX-1' is some Monday (ISO weekday numbers),
 * 'XXXX-WXX-5TNI' some Friday night.
 */
function unanchoredValue(c: Candidate): string {
  const weekday = c.relative?.unit === 'weekday' ? c.relative.weekday : undefined;
  if (weekday === undefined || /\d|W/.test(c.template)) return c.template;
  return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${/T[A-Z]{2}$/.exec(c.template)?.[0] ?? ''}`;
}

function toMention(text: string, c: Candidate, tense: Tense | undefined): DateMention {
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    kind: c.kind,
    value: unanchoredValue(c),
    stated: c.stated,
    ...(c.relative && { relative: c.relative }),
    ...(c.mod && { mod: c.mod }),
    ...(tense && { tense }),
  };
}

/**
 * Finds the date and time expressions of `text`: sorted, non-overlapping, with TimeML extents ("on Friday"
 * → "Friday", "the 1990s" → "1990s") and values ("1998-08-07", "XXXX-01-15", "1998-W32", "PRESENT_REF").
 * Durations and sets ("two years", "every week") are not dates and are not returned.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return text.includes('\r') ? findDatesReadingLineFeeds(text, options) : findDatesInLf(text, options);
}

/**
 * Line endings must not change what is found, and chrono reads a CR unlike an LF ("15 January -\r\nsaid"
 * became a range): a text with carriage returns is read with each CRLF and lone CR as one LF, and the
 * offsets are mapped back, so each date's text is the original's. The rules themselves read LF breaks only.
 */
function findDatesReadingLineFeeds(text: string, options: FindDatesOptions): DateMention[] {
  const lf = text.replace(/\r\n?/g, '\n');
  // original[j]: where the LF text's position j is in `text` (a CRLF's LF maps to its CR).
  const original = new Int32Array(lf.length + 1);
  let i = 0;
  for (let j = 0; j < lf.length; j++) {
    original[j] = i;
    i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
  }
  original[lf.length] = text.length;
  const inLf = (at: number) => lowerBound(original, at);
  const sentences = options.sentences?.map(s => ({ start: inLf(s.start), end: inLf(s.end) }));
  return findDatesInLf(lf, { ...options, sentences }).map(d => {
    const start = original[d.start];
    const end = original[d.end];
    return { ...d, start, end, text: text.slice(start, end) };
  });
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findDatesInLf(text: string, options: FindDatesOptions): DateMention[] {
  const found = [...chronoCandidates(text), ...calendarCandidates(text), ...periodCandidates(text), ...relativeCandidates(text), ...shiftCandidates(text)];
  const candidates = compose(text, resolveOverlaps(applyModifiers(text, found)));
  const sentences = options.sentences ?? roughSentences(text);
  return candidates.map(c => {
    const tense = c.tenseHint ?? tenseCue(text, c, sentenceAt(sentences, c.start));
    const mention = toMention(text, c, tense);
    return options.ref ? { ...mention, value: resolveDate(mention, options.ref, tense) } : mention;
  });
}
