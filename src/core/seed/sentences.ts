import type { Span } from '../model';
import { isSpace, trimSpan } from './lines';

/**
 * Abbreviations after which a full stop does not end a sentence. Initials ("J.") and dotted acronyms
 * ("U.S.", "U.N.") are recognised by shape instead.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres messrs mme mlle ' +
    'inc ltd co corp plc bros dept univ assn est approx vs etc al fig no nos vol pp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

const TERMINATORS = '.!?…';
/** Closing marks that stay with the sentence they end. */
const CLOSERS = '"\'”’»)]';
/** What may open a new sentence. */
const OPENER = /[\p{Lu}\p{Nd}"'“‘«([—–-]/u;

/**
 * Splits a paragraph into sentences. It returns spans trimmed of white space, covering every
 * non-blank character of the range. Real seeds run many sentences on one line, so a sentence ends at
 * . ! ? … (with any closing quotes) followed by white space and a capital, digit or quote, unless the
 * full stop belongs to an abbreviation, an initial or a dotted acronym.
 */
export function splitSentences(text: string, range: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  let sentenceStart = range.start;
  let i = range.start;
  while (i < range.end) {
    if (!TERMINATORS.includes(text[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < range.end && TERMINATORS.includes(text[end])) end++;
    while (end < range.end && CLOSERS.includes(text[end])) end++;
    let next = end;
    while (next < range.end && isSpace(text.charCodeAt(next))) next++;
    const spaced = next > end;
    if (spaced && next < range.end && OPENER.test(text[next]) && !isAbbreviation(text, i, range.start)) {
      push(out, text, sentenceStart, end);
      sentenceStart = next;
    }
    i = Math.max(end, i + 1);
  }
  push(out, text, sentenceStart, range.end);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) out.push(span);
}

/** True when the full stop at `dot` closes an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(text: string, dot: number, floor: number): boolean {
  if (text[dot] !== '.') return false;
  let w = dot;
  while (w > floor && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}
