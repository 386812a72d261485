import type { Span } from '../types';

const MAX = 80;
/** Openers that carry no content of their own. */
const DISCOURSE = /^(?:recall that|recall|however|meanwhile|also|earlier|in addition|moreover|besides|then|so|but|and|thus|still)\b[,\s]*/i;
const PREPOSITION_BEFORE = /(?:\b(?:on|in|at|by|since|until|till|from|during|before|after|as of|of|for|through|around|about)\s+)?(?:\bthe\s+)?$/i;

/**
 * A short summary of an event clause: the clause without its date expression (and the preposition that
 * introduces it) or opening discourse words, capitalised, cut at a word boundary.
 */
export function summarize(text: string, clause: Span, date: Span): string {
  const before = text.slice(clause.start, date.start).replace(PREPOSITION_BEFORE, '');
  const after = text.slice(date.end, clause.end);
  let s = `${before} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/,\s*,/g, ',');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(DISCOURSE, '').replace(/^[\s,;:—–-]+/, '');
  }
  s = s.replace(/[\s,;:.!?—–-]+$/u, '');
  if (s.length > MAX) {
    const cut = s.lastIndexOf(' ', MAX);
    s = `${s.slice(0, cut > 20 ? cut : MAX).replace(/[\s,;:]+$/, '')}…`;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}
