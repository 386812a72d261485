import type { EntitySpan, EntityType, Span } from '../model';

/** Punctuation, bullets and quotes that never begin or end a name. */
const EDGE = /["'“”‘’«»()[\]{}•*·–—\-,.;:!?\s\u00a0\uFEFF]/u;
/** A final full stop that belongs to the name: "U.S.", "Inc.", "Fla.", "Bros." (the tagger keeps a sentence's own stop apart). */
const KEEP_FINAL_DOT = /(?:^|[\s.])(?:\p{L}\.){2,}$|(?:^|\s)\p{Lu}\p{Ll}{0,5}\.$/u;

/** Trims a span of surrounding punctuation, bullets, quotes and a leading article. Empty → undefined. */
export function trimEdges(text: string, span: EntitySpan): EntitySpan | undefined {
  let { start, end } = span;
  for (;;) {
    const before = { start, end };
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) {
      if (text[end - 1] === '.' && KEEP_FINAL_DOT.test(text.slice(start, end))) break;
      end--;
    }
    // A lower-case article is not part of the name; "The Hague" and "The Oval" keep theirs.
    if (span.type !== 'PERSON' && /^the\s/.test(text.slice(start, end)) && end - start > 4) start += 4;
    if (before.start === start && before.end === end) break;
  }
  if (end <= start) return undefined;
  return make(text, start, end, span.type);
}

export function make(text: string, start: number, end: number, type: EntityType): EntitySpan {
  return { start, end, type, text: text.slice(start, end) };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * How a rule's span meets the tagger's: `fill` only where no span touches it; `extend` replaces the spans
 * it covers, but leaves one of the very same extent alone (the tagger's type stands: "West Bank" is a
 * place, whatever its head word); `retype` replaces the spans it covers, also of the same extent (the rule
 * knows the type better: "(INF)" after a treaty is the treaty). A span reaching beyond the rule's wins.
 */
export type Placement = 'fill' | 'extend' | 'retype';

/**
 * Places `candidate` among `spans` (in text order, not overlapping) by `mode`, changing `spans` in place,
 * and returns it. The spans it touches are one run, found by binary search, and no copy is made, so a
 * sentence with thousands of names (one huge line) costs no quadratic time.
 */
export function place(spans: EntitySpan[], candidate: EntitySpan, mode: Placement): EntitySpan[] {
  const [lo, hi] = overlappingRun(spans, candidate);
  const touching = spans.slice(lo, hi);
  if (touching.length > 0) {
    if (mode === 'fill' || touching.some(s => !covers(candidate, s))) return spans;
    const same = touching.length === 1 && touching[0].start === candidate.start && touching[0].end === candidate.end;
    if (same && mode === 'extend') return spans;
  }
  spans.splice(lo, hi - lo, candidate);
  return spans;
}

/**
 * [lo, hi): the indices of the spans of `sorted` (in text order, not overlapping) that overlap `range`,
 * found by binary search.
 */
export function overlappingRun(sorted: readonly Span[], range: Span): [number, number] {
  let hi = 0;
  for (let top = sorted.length; hi < top;) {
    const mid = (hi + top) >> 1;
    if (sorted[mid].start < range.end) hi = mid + 1;
    else top = mid;
  }
  let lo = hi;
  while (lo > 0 && sorted[lo - 1].end > range.start) lo--;
  return [lo, hi];
}

/** The index of the first span of `sorted` (in order of start) that starts at or after `start`. */
export function firstStartingFrom(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of a range: letters and digits, with inner dots, apostrophes and hyphens ("U.S.", "Russian-American"). */
export interface Word extends Span {
  readonly text: string;
}
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}.])?/gu;

export function wordsIn(text: string, range: Span): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(range.start, range.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    // A final full stop is the sentence's, unless the word is a dotted abbreviation ("U.S.").
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:mr|mrs|ms|dr|prof|st|jr|sr|inc|ltd|co|corp)\.$/i.test(w)) {
      w = w.replace(/\.+$/, '');
    }
    out.push({ start: range.start + m.index, end: range.start + m.index + w.length, text: w });
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}.]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w.replace(/\./g, ''));
