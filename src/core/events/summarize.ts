import { isRegExpSpace } from '../seed/lines';
import type { Span } from '../model';

const MAX = 80;
/** How much of a clause, before and after its date, the summary reads. */
const REACH = 1000;
const TRAILING = /[\s,;:.!?—–-]/u;
/** Openers that carry no content of their own. */
const DISCOURSE = /^(?:recall that|recall|however|meanwhile|also|earlier|in addition|moreover|besides|then|so|but|and|thus|still)\b[,\s]*/i;
const PREPOSITION_BEFORE = /(?:\b(?:on|in|at|by|since|until|till|from|during|before|after|as of|of|for|through|around|about)\s+)?(?:\bthe\s+)?$/i;

/**
 * A short summary of an event clause: the clause without its date expression (and the preposition that
 * introduces it) or opening discourse words, capitalised, cut at a word boundary.
 */
export function summarize(text: string, clause: Span, date: Span): string {
  const { before, after } = summaryParts(text, clause, date);
  return summaryOfParts(before, after);
}

/**
 * The two stretches of a clause that its summary reads: the words before the date and after it. The
 * summary is the clause's first words, so only its first stretch is read: many dates in one huge
 * sentence would otherwise cost the sentence's length once per date.
 */
export function summaryParts(text: string, clause: Span, date: Span): { before: string; after: string } {
  const near = date.start - clause.start <= REACH;
  return near
    ? {
        before: text.slice(clause.start, introductionStart(text, clause.start, date.start)),
        after: text.slice(date.end, Math.min(clause.end, date.end + REACH)),
      }
    : { before: text.slice(clause.start, clause.start + REACH), after: '' };
}

/**
 * Where the words introducing a date ("on the", `PREPOSITION_BEFORE`) begin in `text` between `from` and the
 * date at `to`; `to` when there are none. They are at most the last three words ("as of the"), so the
 * search starts at the third word from the end: the `$`-anchored pattern is tried from every position,
 * which over a whole clause costs its length once per date. That start follows a space (or is `from`), so
 * `\b` reads the same there as in the whole clause.
 */
function introductionStart(text: string, from: number, to: number): number {
  let start = to;
  for (let words = 0; words < 3; words++) {
    while (start > from && isRegExpSpace(text.charCodeAt(start - 1))) start--;
    while (start > from && !isRegExpSpace(text.charCodeAt(start - 1))) start--;
  }
  return start + text.slice(start, to).search(PREPOSITION_BEFORE);
}

/** The summary made from `summaryParts`. */
export function summaryOfParts(before: string, after: string): string {
  let s = `${before} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/,\s*,/g, ',');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(DISCOURSE, '').replace(/^[\s,;:—–-]+/, '');
  }
  s = trimEnd(s);
  if (s.length > MAX) {
    const cut = s.lastIndexOf(' ', MAX);
    s = `${s.slice(0, cut > 20 ? cut : MAX).replace(/[\s,;:]+$/, '')}…`;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Drops trailing spaces and punctuation (a loop: a `…+$` pattern retries from every character of a long run). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.test(s[end - 1])) end--;
  return s.slice(0, end);
}
