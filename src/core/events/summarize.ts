import type { Span } from '../types';

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
    ? { before: text.slice(clause.start, date.start).replace(PREPOSITION_BEFORE, ''), after: text.slice(date.end, Math.min(clause.end, date.end + REACH)) }
    : { before: text.slice(clause.start, clause.start + REACH), after: '' };
}

/** The summary made from `summaryParts`. */
export function summaryOfParts(before: string, after: string): string {
  let s = `${before} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/,\s*,/g, ',');
  for (let prev = ''; prev !== s; ) {
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
