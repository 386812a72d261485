import type { Token } from '../model';

/**
 * Splits `text[start, end)` into word and punctuation tokens with offsets into `text`. It follows the
 * CoNLL-2003 (Penn-style) conventions so a tagger trained on CoNLL sees the same units at runtime:
 * "U.S.", "1996-08-30", "Russian-American", "1,000", "S&P", "C$" and abbreviations such as "Mr." stay whole;
 * clitics ("'s", "n't") and all other punctuation are split off; em and en dashes are always their own
 * token; an astral character (emoji) is never cut inside its surrogate pair.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const source = text.slice(0, end);
  let pos = Math.max(0, start);
  while (pos < end) {
    SPACE.lastIndex = pos;
    const space = SPACE.exec(source);
    if (space) {
      pos += space[0].length;
      continue;
    }
    let length = matchAt(CURRENCY, source, pos) || matchAt(INITIALS, source, pos);
    // CoNLL splits the period of a sentence-final abbreviation off: "the U.S" + ".".
    if (length > 2 && source[pos + length - 1] === '.' && !moreFollows(source, pos + length)) length--;
    if (length === 0) {
      length = matchAt(WORD, source, pos);
      if (length > 0) {
        pos = pushWord(tokens, source, pos, pos + length);
        continue;
      }
      length = matchAt(RUN, source, pos) || matchAt(SYMBOL, source, pos) || 1;
    }
    tokens.push({ start: pos, end: pos + length, text: source.slice(pos, pos + length) });
    pos += length;
  }
  return tokens;
}

// JavaScript's \s already covers NBSP, the Unicode spaces, CR, LF, tab and the BOM; add the zero-width ones.
const SPACE = /[\s\u200b\u200c\u2060]+/y;
/** Currency prefixes glued to "$": "C$", "US$", "A$". */
const CURRENCY = /[A-Z]{1,2}\$/y;
/** Initialisms with periods, optionally hyphenated onward: "U.S.", "a.m.", "U.S.-led". */
const INITIALS = /(?:\p{L}\.){2,}(?:-[\p{L}\p{M}\p{N}]+)*/uy;
/** Letters and digits joined by hyphens, apostrophes, "&", or by . , : / between digits. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’&]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
/** Ellipses and double hyphens are one token each. */
const RUN = /\.{2,}|-{2,}/y;
/** One code point (never half a surrogate pair) with its combining marks, variation selectors and ZWJ joins. */
// eslint-disable-next-line no-misleading-character-class -- the skin-tone modifiers are listed alone on purpose: they join the symbol before them
const SYMBOL = /[\s\S](?:[\p{M}\u{fe0f}\u{1f3fb}-\u{1f3ff}]|\u200d[\s\S])*/uy;

const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;
/** Words that keep their final period (titles, company suffixes, months, US states as abbreviated by Reuters). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr sen rep gov gen col lt sgt capt cmdr adm maj rev hon messrs mt ft ' +
    'inc corp co ltd bros plc cie vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

const NEXT_TEXT = /\s*\S/y;

/** Whether anything but space follows `pos` in the range (the sentence). */
function moreFollows(source: string, pos: number): boolean {
  NEXT_TEXT.lastIndex = pos;
  return NEXT_TEXT.test(source);
}

function matchAt(pattern: RegExp, source: string, pos: number): number {
  pattern.lastIndex = pos;
  const match = pattern.exec(source);
  return match ? match[0].length : 0;
}

/** Pushes a word, splitting a trailing clitic off and keeping an abbreviation's period; returns where it stops. */
function pushWord(tokens: Token[], source: string, start: number, end: number): number {
  const word = source.slice(start, end);
  const clitic = CLITIC.exec(word);
  if (clitic && clitic.index > 0) {
    const cut = start + clitic.index;
    tokens.push({ start, end: cut, text: source.slice(start, cut) });
    tokens.push({ start: cut, end, text: source.slice(cut, end) });
    return end;
  }
  const keepsPeriod =
    source[end] === '.' && source[end + 1] !== '.' && moreFollows(source, end + 1) && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()));
  const stop = keepsPeriod ? end + 1 : end;
  tokens.push({ start, end: stop, text: source.slice(start, stop) });
  return stop;
}
