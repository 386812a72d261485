import { tokenize } from '../../text/tokenize';
import type { Span, Token } from '../../model';
import { isCapsLine, wordShapes } from './wordShape';

/** A sentence's tokens with the per-token facts every feature reads. */
export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly shape: readonly string[];
  readonly shortShape: readonly string[];
  /** A headline in capitals: case says nothing there. */
  readonly capsLine: boolean;
  /** Position of the sentence in the document (0 = headline, 1 = usually the dateline in news wire). */
  readonly index: number;
  /** Added to token offsets to place them in the document (0 when they already are). */
  readonly offset?: number;
}

/** The tokenised document and how each word is cased across it (a word capitalised mid-sentence is a name). */
export interface DocumentContext {
  readonly sentences: readonly SentenceView[];
  /** Lowercased word → occurrences written all in lower case. */
  readonly lowerCount: ReadonlyMap<string, number>;
  /** Lowercased word → occurrences capitalised but not sentence-initial, outside headlines. */
  readonly titleCount: ReadonlyMap<string, number>;
}

export function documentContext(text: string, sentences: readonly Span[]): DocumentContext {
  return contextOf(sentences.map((span, index) => sentenceView(text, span, index)));
}

/** The view of one sentence (`index` is its position in the document). */
export function sentenceView(text: string, span: Span, index: number): SentenceView {
  const tokens = tokenize(text, span.start, span.end);
  const words = tokens.map(t => t.text);
  const shapes = words.map(wordShapes);
  return {
    tokens,
    lower: words.map(w => w.toLowerCase()),
    shape: shapes.map(s => s.long),
    shortShape: shapes.map(s => s.short),
    capsLine: isCapsLine(words),
    index,
  };
}

/** The document made of these sentence views, with its casing counts. */
export function contextOf(views: readonly SentenceView[]): DocumentContext {
  const lowerCount = new Map<string, number>();
  const titleCount = new Map<string, number>();
  for (const { tokens, lower, capsLine } of views) {
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].text;
      if (isLowerWord(word)) increment(lowerCount, lower[i]);
      else if (i > 0 && !capsLine && isTitleWord(word)) increment(titleCount, lower[i]);
    }
  }
  return { sentences: views, lowerCount, titleCount };
}

const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const TITLE_WORD = /^\p{Lu}/u;
export const isLowerWord = (w: string): boolean => LOWER_WORD.test(w);
export const isTitleWord = (w: string): boolean => TITLE_WORD.test(w);

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
