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
 * error in four characters (approx-string-match, Myers' algorithm), and the place whose surroundings keep
 * the most of the anchor's context wins, if it keeps at least `MIN_CONTEXT_SHARE` of it and no other place
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
  const approximate = search(masked, quote, maxErrors).map(m => ({ start: m.start, end: m.end }));
  const placed = bestByContext(text, anchor, approximate);
  return placed === 'none' ? undefined : placed;
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
