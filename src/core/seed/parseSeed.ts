import type { SeeAlsoItem, SeedStructure, Span } from '../model';
import { isSpace, normalizeForCompare, trimSpan } from './lines';
import { splitSentences } from './sentences';

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
  const nonBlank = nonBlankLines(text);
  if (nonBlank.length === 0) return { titleRepeats: [], paragraphs: [], seeAlso: [] };

  const first = nonBlank[0];
  const title = { start: first.start, end: first.end, text: text.slice(first.start, first.end) };
  const titleKey = normalizeForCompare(title.text);

  const headingIndex = nonBlank.findIndex((l, i) => i > 0 && SEE_ALSO_HEADING.test(text.slice(l.start, l.end)));
  const bodyLines = nonBlank.slice(1, headingIndex < 0 ? undefined : headingIndex);
  const titleRepeats: Span[] = [];
  const paragraphLines: NumberedSpan[] = [];
  for (const line of bodyLines) {
    const isRepeat = paragraphLines.length === 0 && normalizeForCompare(text.slice(line.start, line.end)) === titleKey;
    if (isRepeat) titleRepeats.push({ start: line.start, end: line.end });
    else paragraphLines.push(line);
  }

  const paragraphs = joinWrappedLines(text, paragraphLines).map(({ start, end }) => ({
    start,
    end,
    text: text.slice(start, end),
    sentences: sentencesOf(text, { start, end }),
  }));

  if (headingIndex < 0) return { title, titleRepeats, paragraphs, seeAlso: [] };
  const heading = nonBlank[headingIndex];
  const seeAlso = nonBlank.slice(headingIndex + 1).flatMap(line => {
    const item = seeAlsoItem(text, line);
    return item ? [item] : [];
  });
  return { title, titleRepeats, paragraphs, seeAlsoHeading: { start: heading.start, end: heading.end }, seeAlso };
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
