/**
 * Reads the tense cue nearest to a date inside its sentence ("will discuss … on 13-14 February" → future,
 * "held … on 15 January" → past), so that year-less dates and weekdays can be placed before or after the
 * reference date and events can be ordered.
 */
import type { Span, Tense } from '../model';

const FUTURE =
  // "would still be held": a modal's passive is one cue, so its participle is not read as a past.
  "\\b(?:(?:will|would|shall)(?:[ \\t]+(?:still|also|not|then|now))?[ \\t]+be[ \\t]+[a-z]+|will|shall|won't|would|should|must|(?:is|are|was|were)[ \\t]+(?:due[ \\t]+)?to|" +
  '(?:is|are|was|were)[ \\t]+(?:going|set|scheduled|expected|due|planning)[ \\t]+to|' +
  'plans?[ \\t]+to|planned|planning[ \\t]+to|intends?[ \\t]+to|expects?[ \\t]+to|expected|scheduled|upcoming|' +
  "as[ \\t]+(?:soon|early)[ \\t]+as|next(?![ \\t]+to\\b)|tomorrow)\\b|'ll\\b";
const PAST =
  '\\b(?:said|was|were|had|did|ago|last|yesterday|began|met|went|took|made|came|left|told|gave|held|won|lost|fled|' +
  'found|got|saw|became|brought|fought|thought|sent|spent|built|struck|rose|fell|ran|wrote|spoke|broke|chose|drove|' +
  'flew|knew|shot|began|earlier|[a-z]{3,}ed)\\b';
const PRESENT = '\\b(?:is|are|says|now|today|currently)\\b';
const CUE = new RegExp(`(${FUTURE})|(${PAST})|(${PRESENT})`, 'gi');

// How far from the date a cue may be: beyond a clause or two it speaks of another event.
const WINDOW = 160;

/** Sentence spans by a light rule (end punctuation followed by space and a capital, or a line break; `findDates` gives LF breaks only). */
export function roughSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["'”’)]*[ \t]+(?=["'“`(]*[A-Z0-9])|\n/g)) {
    const end = m.index + m[0].length;
    // "Aug. 7" is one date, not a sentence end.
    if (/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /\d/.test(text[end] ?? '')) continue;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentence (from sorted spans) that contains `pos`, by binary search; undefined when none does. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

/** The tense of the cue nearest to `span` inside `sentence` (words of the span itself excluded). */
export function tenseCue(text: string, span: Span, sentence: Span | undefined): Tense | undefined {
  // A deadline ("by Jan. 14", "until March 6") lies ahead of whatever the sentence reports.
  if (/\b(?:by|until|till)[ \t]+$/i.test(text.slice(Math.max(0, span.start - 7), span.start))) return 'future';
  const from = Math.max(sentence?.start ?? 0, span.start - WINDOW);
  const to = Math.min(sentence?.end ?? text.length, span.end + WINDOW);
  const window = text.slice(from, to);
  let best: { distance: number; tense: Tense } | undefined;
  for (const m of window.matchAll(CUE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start < span.end && span.start < end) continue;
    // "-ed" is no past in a name ("United States") or in "indeed", "proceed", "hundred".
    if (m[2] && /ed$/i.test(m[0]) && (/^[A-Z]/.test(m[0]) || /(?:eed|hundred)$/i.test(m[0]))) continue;
    const distance = end <= span.start ? span.start - end : start - span.end;
    const tense: Tense = m[1] ? 'future' : m[2] ? 'past' : 'present';
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense;
}
