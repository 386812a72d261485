import { PHOTO_AGENCIES } from './agencies';

/**
 * Tests of what one line of a page is, by its own words: a photo credit, a site trailer, a teaser of a
 * related article, a line without final punctuation. Where a line stands decides the rest (see
 * `parseSeed`). Each test looks at a short line only, so a long paragraph costs one length check.
 */

/** The longest line read as a credit, a trailer or a teaser. */
const SHORT_LINE = 300;

/** The characters that end a line of prose: a sentence's end, a closing quote or bracket, a colon. */
const PROSE_END = '.!?…:;"”»)]\'’';

/** True when the line (trimmed) ends as prose does, so it is neither a caption nor a subheading. */
export function endsAsProse(line: string): boolean {
  return PROSE_END.includes(line[line.length - 1]);
}

/**
 * The line with a space where the page glued two words ("NewsKyodo" → "News Kyodo", "теме00:09" →
 * "теме 00:09"), for reading a credit's words; offsets are not kept.
 */
function unglued(line: string): string {
  return line.replace(/(\p{Ll})(?=\p{Lu})|(\p{L})(?=\d)/gu, '$1$2 ');
}

/** The longest credit without an opening mark ("Vyacheslav Prokofyev/Some Agency, archive"). */
const UNMARKED_CREDIT_CHARS = 60;

/** What opens a credit: the copyright sign, "Photo:", "Photo by", "Source:", "Image:" and kin. */
const CREDIT_OPENER = /^(?:©|\(c\)\s|(?:photo|photograph|picture|image|source|credit|фото)(?:\s+by)?\s*:|photo\s+by\s)/iu;

/**
 * True for a photo credit: "© Ivan Petrov/TASS, archive", "© EPA/JOHN DOE", "Photo: Some Pool / Agency",
 * "Agencja Gazeta / Reuters", or an agency alone ("RIA Novosti"). Without an opening mark, every part
 * between slashes and commas is short and one of them is a known agency.
 */
export function isCredit(line: string): boolean {
  if (line.length > 120) return false;
  if (CREDIT_OPENER.test(line)) return true;
  if (line.length > UNMARKED_CREDIT_CHARS || /[.!?:;"”»]$/u.test(line)) return false;
  const parts = unglued(line)
    .toLowerCase()
    .split(/\s*[/,|]\s*/);
  return parts.every(p => p.split(' ').length <= 4) && parts.some(p => agenciesOnly(p.split(' ')));
}

/** True when the words are one agency's name or more, one after another ("kyodo news kyodo", from a glued "NewsKyodo"). */
function agenciesOnly(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    if (PHOTO_AGENCIES.has(words.slice(0, n).join(' ')) && agenciesOnly(words.slice(n))) return true;
  }
  return false;
}

/** A word or phrase of a site's trailer: what follows an article, not part of it. */
const TRAILER_WORD = String.raw`(?:comments?|\d+\s*comments?|\(\d+\)|add\s*(?:a\s*)?comment|read\s*more|show\s*more|more\s*news|all\s*news|share|print|subscribe|tweet|advertising|advertisement|report\s*(?:an\s*)?error|[|•·])`;
/** A line of trailer words only, in any case, glued or not ("Comments", "Read more", "CommentsShare"). */
const TRAILER = new RegExp(String.raw`^${TRAILER_WORD}(?:\s*${TRAILER_WORD})*$`, 'iu');

export function isTrailer(line: string): boolean {
  return line.length <= 60 && TRAILER.test(line);
}

/**
 * The label of a block of related articles, glued to what follows it or not ("Materials on the topic",
 * "Materials on the topic10:15 — …", "Related materials"): read on the line as it is, as the label comes first.
 */
const TEASER_LABEL = /^(?:materials?\s+(?:on|about)\s+(?:the\s+|this\s+)?(?:topic|subject|теме)|related\s+materials|more\s+on\s+the\s+(?:topic|subject))/iu;

/** True for the line that opens a block of related articles: it and the lines after it are teasers. */
export function isTeaserLabel(line: string): boolean {
  return line.length <= SHORT_LINE && TEASER_LABEL.test(line);
}

/** A related link's time and day ("00:09 — 12 Jan"), as link lists print them, glued to the words around it or not. */
const LINK_STAMP = /(?<!\d)\d{1,2}:\d\d\s*[—–-]\s*\d{1,2}\s*\p{L}{3}/u;

/**
 * True for a teaser by its own shape: a line that carries a link's time stamp, or a headline in the form
 * "Speaker: statement" without final punctuation.
 */
export function isTeaser(line: string): boolean {
  if (line.length > SHORT_LINE) return false;
  if (line.includes(':') && LINK_STAMP.test(line)) return true;
  return !endsAsProse(line) && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}: \S/u.test(line);
}

/** The number of words of a line, counted up to `max + 1`. */
export function wordsUpTo(line: string, max: number): number {
  let n = 0;
  for (const _ of line.matchAll(/\S+/g)) if (++n > max) break;
  return n;
}
