import type { Dateline, Paragraph, ParagraphKind, SeeAlsoItem, SeedStructure, Span } from '../model';
import { readDateline } from './dateline';
import { endsAsProse, isCredit, isTeaser, isTeaserLabel, isTrailer, wordsUpTo } from './lineKinds';
import { isSpace, normalizeForCompare, trimSpan } from './lines';
import { splitSentences } from './sentences';
import { NEVER, POLL_EVERY, runToEnd, type Pause, type Stepwise } from '../stepwise';

/** A line's trimmed span with its line number. */
interface NumberedSpan extends Span {
  readonly lineNo: number;
}

/** Headings that open the list of related headlines, in any case, with or without a colon. */
const SEE_ALSO_HEADING =
  /^(?:see\s+also|related(?:\s+(?:articles?|stories|news|reading|links?))?|read\s+also|also\s+read|read\s+more|more\s+on\s+this(?:\s+topic)?)\s*:?$/i;

/** Bullets and numbering that may open a see-also item. */
const ITEM_MARKER = /^(?:[•\-*–—·▪◦‣►>]+|\(?\d{1,4}[.)]|\(?[a-z][.)](?=\s))\s*/iu;

/**
 * Parses the layout of a seed. Never throws; a blank text gives an empty structure. `sentencesOf` splits
 * a paragraph into sentences (`splitSentences`, or a version that reuses earlier splits).
 */
export function parseSeed(text: string, sentencesOf: (text: string, paragraph: Span) => Span[] = splitSentences): SeedStructure {
  return runToEnd(parseSeedSteps(text, sentencesOf, NEVER));
}

/** `parseSeed` in its cooperative form (see `stepwise.ts`): it may pause between paragraphs. */
export function* parseSeedSteps(text: string, sentencesOf: (text: string, paragraph: Span) => Span[], pause: Pause): Stepwise<SeedStructure> {
  const nonBlank = nonBlankLines(text);
  if (nonBlank.length === 0) return { titleRepeats: [], paragraphs: [], seeAlso: [] };

  let headingIndex = nonBlank.findIndex((l, i) => i > 0 && SEE_ALSO_HEADING.test(text.slice(l.start, l.end)));
  // "Read more" as the last line is the site's trailer, not a list without items.
  if (headingIndex === nonBlank.length - 1 && isTrailer(lineText(text, nonBlank[headingIndex]))) headingIndex = -1;
  const pageLines = nonBlank.slice(0, headingIndex < 0 ? undefined : headingIndex);

  const first = pageLines[0];
  const title = startsWithTitle(text, pageLines) ? { start: first.start, end: first.end, text: lineText(text, first) } : undefined;
  const titleRepeats: Span[] = [];
  let k = title ? 1 : 0;
  if (title) {
    const titleKey = normalizeForCompare(title.text);
    for (; k < pageLines.length && normalizeForCompare(lineText(text, pageLines[k])) === titleKey; k++) {
      titleRepeats.push({ start: pageLines[k].start, end: pageLines[k].end });
    }
  }
  const { paragraphs, dateline } = yield* pageParagraphs(text, joinWrappedLines(text, pageLines.slice(k)), sentencesOf, pause);
  const page = { ...(title ? { title } : {}), titleRepeats, paragraphs, ...(dateline ? { dateline } : {}) };

  if (headingIndex < 0) return { ...page, seeAlso: [] };
  const heading = nonBlank[headingIndex];
  const seeAlso = nonBlank.slice(headingIndex + 1).flatMap(line => {
    const item = seeAlsoItem(text, line);
    return item ? [item] : [];
  });
  return { ...page, seeAlsoHeading: { start: heading.start, end: heading.end }, seeAlso };
}

function lineText(text: string, line: Span): string {
  return text.slice(line.start, line.end);
}

/**
 * A paragraph's text as the tests of its kind read it: its line breaks as LF, so that a length limit
 * ("a credit is at most 120 characters") reads a paragraph of several lines alike whatever their endings.
 */
function kindText(text: string, paragraph: Span): string {
  const line = lineText(text, paragraph);
  return line.includes('\r') ? line.replace(/\r\n?/g, '\n') : line;
}

/**
 * Whether the first line is the page's title. It is not when it is a dateline or a photo credit, nor a
 * photo caption: a line above its credit (unless the next line repeats it, as a stored title does), or
 * a name alone that the lead then gives ("Konstantin Kosachev", then "… Konstantin Kosachev said").
 */
function startsWithTitle(text: string, lines: readonly Span[]): boolean {
  const first = lineText(text, lines[0]);
  if (readDateline(text, lines[0]) || isCredit(first)) return false;
  if (lines.length < 2) return true;
  const second = lineText(text, lines[1]);
  if (normalizeForCompare(second) === normalizeForCompare(first)) return true;
  return !isCredit(second) && !isNameGivenBy(first, second);
}

/** Lower-case words a name or a title may hold ("Minister of foreign Affairs of the Russian Federation"). */
const NAME_JOINERS = new Set(['and', 'of', 'the', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'y']);

/** True when `line` is only a name (capitalised words) of two to six words whose last two words `lead` gives too. */
function isNameGivenBy(line: string, lead: string): boolean {
  if (line.length > 80 || endsAsProse(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every(w => /^\p{Lu}\p{L}*(?:[-'’]\p{L}+)*$/u.test(w) || NAME_JOINERS.has(w))) return false;
  return lead.includes(words.slice(-2).join(' '));
}

/** How many paragraphs may stand between the title and the lead (captions, credits, teasers). */
const MAX_ABOVE_LEAD = 6;
/** The most words and characters of a subheading. */
const SUBHEADING_WORDS = 10;
const SUBHEADING_CHARS = 80;
/** The longest caption. */
const CAPTION_CHARS = 160;
/** The longest line of any kind but body below the lead (a teaser's, see `isTeaser`). */
const LONGEST_ASIDE = 300;

/**
 * The paragraph-level units of the page between its title and its "See also" list, each with its kind
 * (see `ParagraphKind`), and the dateline, split off the lead it opens. Above the lead: captions, credits
 * and teasers; the lead is the first paragraph that is none of these, or the text after a dateline.
 * Below it: body paragraphs, with credits (and the captions beside them), subheadings, teasers (a
 * related-articles label makes the rest of the page teasers) and trailers.
 */
function* pageParagraphs(
  text: string,
  spans: readonly Span[],
  sentencesOf: (text: string, paragraph: Span) => Span[],
  pause: Pause,
): Stepwise<{ paragraphs: Paragraph[]; dateline?: Dateline }> {
  const kinds: ParagraphKind[] = [];
  let dateline: Dateline | undefined;
  let lead = -1;
  let teasersToEnd = false;
  for (let i = 0; i < spans.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const line = kindText(text, spans[i]);
    const last = i === spans.length - 1;
    if (lead < 0 && i < MAX_ABOVE_LEAD) {
      dateline = readDateline(text, spans[i]);
      const above = dateline ? undefined : aboveLead(line, last);
      if (above) {
        kinds.push(above);
        continue;
      }
    }
    if (lead < 0) {
      lead = i;
      kinds.push('body');
      continue;
    }
    if (line.length > LONGEST_ASIDE && !teasersToEnd) {
      kinds.push('body'); // a long paragraph is none of the short kinds below: one check, not a pattern each
    } else if (teasersToEnd || isTeaserLabel(line)) {
      teasersToEnd = true;
      kinds.push('teaser');
    } else if (isCredit(line)) {
      kinds.push('credit');
      if (kinds[i - 1] === 'body' && isCaptionShaped(kindText(text, spans[i - 1]))) kinds[i - 1] = 'caption';
    } else if (isTrailer(line)) {
      kinds.push('trailer');
    } else if (isTeaser(line)) {
      kinds.push('teaser');
    } else if (kinds[i - 1] === 'credit' && !last && isCaptionShaped(line)) {
      kinds.push('caption');
    } else if (!last && kinds[i - 1] === 'body' && isSubheading(line)) {
      kinds.push('subheading');
    } else {
      kinds.push('body');
    }
  }
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < spans.length; i++) {
    // Splitting a paragraph into sentences is the parse's longest work: a pause point before each.
    if (pause()) yield;
    const span = spans[i];
    if (i === lead && dateline) {
      paragraphs.push({
        kind: 'dateline',
        start: dateline.start,
        end: dateline.end,
        text: dateline.text,
        sentences: [{ start: dateline.start, end: dateline.end }],
      });
      const rest = trimSpan(text, { start: dateline.end, end: span.end });
      if (rest.end > rest.start) paragraphs.push(paragraph(text, rest, 'body', sentencesOf));
    } else {
      paragraphs.push(paragraph(text, span, kinds[i], sentencesOf));
    }
  }
  return { paragraphs, ...(dateline ? { dateline } : {}) };
}

function paragraph(text: string, span: Span, kind: ParagraphKind, sentencesOf: (text: string, paragraph: Span) => Span[]): Paragraph {
  return { kind, start: span.start, end: span.end, text: text.slice(span.start, span.end), sentences: sentencesOf(text, span) };
}

/** What a paragraph above the lead is, or undefined for the lead itself. */
function aboveLead(line: string, last: boolean): ParagraphKind | undefined {
  if (isCredit(line)) return 'credit';
  if (isTeaser(line)) return 'teaser';
  if (!last && isCaptionShaped(line)) return 'caption';
  return undefined;
}

function isCaptionShaped(line: string): boolean {
  return line.length <= CAPTION_CHARS && !endsAsProse(line);
}

function isSubheading(line: string): boolean {
  return line.length <= SUBHEADING_CHARS && !endsAsProse(line) && /^[\p{Lu}\p{Nd}]/u.test(line) && wordsUpTo(line, SUBHEADING_WORDS) <= SUBHEADING_WORDS;
}

/**
 * The non-blank lines of `text`, trimmed, with their line numbers. Lines end at LF, CRLF or a lone CR,
 * one scan, with no line's text cut out, as a megabyte has a hundred thousand lines.
 */
function nonBlankLines(text: string): NumberedSpan[] {
  const out: NumberedSpan[] = [];
  let lineNo = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LF;
    if (code !== LF && code !== CR) continue;
    let first = start;
    let last = i;
    while (first < last && isSpace(text.charCodeAt(first))) first++;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (last > first) out.push({ start: first, end: last, lineNo });
    lineNo++;
    if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    start = i + 1;
  }
  return out;
}

const LF = 0x0a;
const CR = 0x0d;

function seeAlsoItem(text: string, line: Span): SeeAlsoItem | undefined {
  const raw = text.slice(line.start, line.end);
  const marker = ITEM_MARKER.exec(raw);
  const start = line.start + (marker ? marker[0].length : 0);
  const span = trimSpan(text, { start, end: line.end });
  if (span.end <= span.start) return undefined;
  return { ...span, title: text.slice(span.start, span.end).replace(/\s+/g, ' ') };
}

/**
 * A paragraph is a line, unless the text is hard-wrapped: a line that does not end a sentence and is
 * directly followed (no blank line between) by one that starts in lower case continues into it.
 */
/** The last characters of a line that ends a sentence (or a heading), so the next line is not its continuation. */
const SENTENCE_END = '.!?…:"”»)';

function joinWrappedLines(text: string, lines: readonly NumberedSpan[]): Span[] {
  const out: NumberedSpan[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wrapped =
      prev !== undefined && line.lineNo === prev.lineNo + 1 && !SENTENCE_END.includes(text[prev.end - 1]) && /^[\p{Ll}\p{Nd},;]/u.test(text[line.start]);
    if (wrapped) out[out.length - 1] = { start: prev.start, end: line.end, lineNo: line.lineNo };
    else out.push(line);
  }
  return out.map(({ start, end }) => ({ start, end }));
}
