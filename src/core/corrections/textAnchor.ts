import search from 'approx-string-match';
import type { Span } from '../model';
import { contentHash } from '../workspace/contentHash';
import { ANCHOR_CONTEXT, type TextAnchor } from './model';

/**
 * The least share of its context (prefix and suffix characters next to the quote, counted outwards until the
 * first difference) a place must keep to be taken for the anchor's, when the text has changed. Below it, or
 * when two places score alike, the anchor is orphaned rather than guessed.
 */
export const MIN_CONTEXT_SHARE = 0.5;

/** The anchor of `span` in `text`. */
export function anchorAt(text: string, span: Span): TextAnchor {
  return {
    quote: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT),
    start: span.start,
    textHash: contentHash(text),
  };
}

/**
 * Where `anchor` lies in `text`, or undefined when it cannot be placed without guessing. The same text
 * (same hash) keeps the stored position; otherwise the quote is looked for exactly, then with up to one
 * error in four characters (approx-string-match, Myers' algorithm; a match is moved inwards to the word
 * edges the quote had, and must still be within those errors), and the place whose surroundings keep the
 * most of the anchor's context wins, if it keeps at least `MIN_CONTEXT_SHARE` of it and no other place
 * keeps as much.
 */
export function locateAnchor(text: string, anchor: TextAnchor): Span | undefined {
  const { quote, start } = anchor;
  if (quote === '') return undefined;
  if (anchor.textHash === contentHash(text) && text.slice(start, start + quote.length) === quote) {
    return { start, end: start + quote.length };
  }
  const exact: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) exact.push({ start: at, end: at + quote.length });
  const found = bestByContext(text, anchor, exact);
  if (found !== 'none') return found;
  const maxErrors = Math.floor(quote.length / 4);
  if (maxErrors === 0) return undefined;
  // The exact places were not taken: blank them so that the search reports the next best matches.
  const masked = exact.length === 0 ? text : blank(text, exact);
  const edges = { start: beganAtWordEdge(anchor), end: endedAtWordEdge(anchor) };
  const approximate: Span[] = [];
  for (const m of search(masked, quote, maxErrors)) {
    const span = onWordEdges(text, m, edges);
    if (span && editDistance(text.slice(span.start, span.end), quote) <= maxErrors) approximate.push(span);
  }
  const placed = bestByContext(text, anchor, approximate);
  return placed === 'none' ? undefined : placed;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** Whether the quote began with a whole word, as a reader's selection of a name does. */
function beganAtWordEdge(anchor: TextAnchor): boolean {
  return isWordChar(anchor.quote[0]) && !isWordChar(anchor.prefix[anchor.prefix.length - 1]);
}

/** Whether the quote ended with a whole word. */
function endedAtWordEdge(anchor: TextAnchor): boolean {
  return isWordChar(anchor.quote[anchor.quote.length - 1]) && !isWordChar(anchor.suffix[0]);
}

/**
 * An approximate match moved inwards to the word edges the quote had: a quote that began at a word's start
 * never starts again inside a word (its own first letters retyped or deleted, the search reaches into the
 * word before: "s Ssian-American" for "Russian-American"), and likewise at its end. Undefined when nothing
 * is left.
 */
function onWordEdges(text: string, m: Span, edges: { start: boolean; end: boolean }): Span | undefined {
  let { start, end } = m;
  if (edges.start) {
    while (start < end && isWordChar(text[start - 1]) && isWordChar(text[start])) start++;
    while (start < end && !isWordChar(text[start])) start++;
  }
  if (edges.end) {
    while (end > start && isWordChar(text[end]) && isWordChar(text[end - 1])) end--;
    while (end > start && !isWordChar(text[end - 1])) end--;
  }
  return end > start ? { start, end } : undefined;
}

/** The Levenshtein distance of two short strings (a quote and its candidate). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length];
}

/** The candidate that keeps the most context; 'none' when none keeps enough; undefined when two tie. */
function bestByContext(text: string, anchor: TextAnchor, candidates: readonly Span[]): Span | undefined | 'none' {
  const total = anchor.prefix.length + anchor.suffix.length;
  let best: Span | undefined;
  let bestKept = -1;
  let tie = false;
  for (const c of candidates) {
    const kept = sharedBefore(text, c.start, anchor.prefix) + sharedAfter(text, c.end, anchor.suffix);
    if (kept > bestKept) [best, bestKept, tie] = [c, kept, false];
    else if (kept === bestKept) tie = true;
  }
  if (best === undefined || (total > 0 ? bestKept / total : 1) < MIN_CONTEXT_SHARE) return 'none';
  return tie ? undefined : best;
}

/** How many characters just before `at` equal the end of `prefix`. */
function sharedBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters from `at` on equal the start of `suffix`. */
function sharedAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

/** `text` with the spans replaced by NUL characters, offsets unchanged. */
function blank(text: string, spans: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    if (s.start < from) continue;
    out += text.slice(from, s.start) + '\0'.repeat(s.end - s.start);
    from = s.end;
  }
  return out + text.slice(from);
}
