import { lexiconTags } from '../../nlp/compromise';
import { ENTITY_TYPES } from './bilou';
import { isLowerWord, isTitleWord, type DocumentContext, type SentenceView } from './documentContext';
import { lexiconPhrase, lexiconStarters, phraseMatches, type Gazetteer } from './gazetteer';

const PART = ['B', 'I', 'L', 'U'];

/**
 * What the features know of a sentence's place in the document: 0 the headline, 1 the line after it
 * (usually the dateline in news wire), 2 anywhere else. Caches of per-sentence work key on it too.
 */
export function sentencePosition(index: number): number {
  return Math.min(index, 2);
}

/**
 * First-pass features of each token of sentence `s`: the word, its shape and affixes, its neighbours,
 * compromise's lexicon tags, known names (gazetteer) and how the word is cased elsewhere in the document.
 */
export function tokenFeatures(doc: DocumentContext, s: number, gazetteer: Gazetteer): string[][] {
  const sentence = doc.sentences[s];
  const out = sentenceFeatures(sentence, gazetteer);
  sentence.tokens.forEach((_, i) => {
    const casing = casingFeature(doc, sentence, i);
    if (casing) out[i].push(casing);
  });
  return out;
}

/**
 * The features that read only the sentence itself (and its position, headline or not), so a tagger can
 * keep them for a sentence text it has seen; `casingFeature` adds the one that reads the document.
 */
export function sentenceFeatures(sentence: SentenceView, gazetteer: Gazetteer): string[][] {
  const { tokens, lower, capsLine } = sentence;
  const n = tokens.length;
  // In a capitals headline every shape is "XXXX": give headline shapes their own weights.
  const h = capsLine ? 'H' : '';
  const shape = sentence.shape.map(x => h + x);
  const short = sentence.shortShape.map(x => h + x);
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const shortAt = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : short[i]);
  const lex = lower.map(lexiconTags);
  const out: string[][] = tokens.map(() => []);

  phraseMatches(lower, 2, lexiconStarters(), lexiconPhrase, (first, last, tags) => {
    for (let i = first; i <= last; i++) for (const tag of tags) out[i].push(`lp=${tag}`);
  });
  phraseMatches(
    lower,
    1,
    gazetteer.starters,
    p => gazetteer.phrases.get(p),
    (first, last, mask) => {
      for (let t = 0; t < ENTITY_TYPES.length; t++) {
        if (!(mask & (1 << t))) continue;
        if (first === last) out[first].push(`g=U${t}`);
        else for (let i = first; i <= last; i++) out[i].push(`g=${PART[i === first ? 0 : i === last ? 2 : 1]}${t}`);
      }
    },
  );

  const sentencePos = sentencePosition(sentence.index);
  for (let i = 0; i < n; i++) {
    const f = out[i];
    const w = lower[i];
    const raw = tokens[i].text;
    f.push('b', `w=${w}`, `s=${shape[i]}`, `ss=${short[i]}`, `si=${sentencePos}|${Math.min(i, 3)}`);
    if (raw !== w && !capsLine) f.push(`W=${raw}`);
    for (let k = 1; k <= 4 && k < w.length; k++) f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${w.slice(-k)}`);
    if (i === 0) f.push(`first|${short[i]}`);
    f.push(
      `w-1=${word(i - 1)}`,
      `w-2=${word(i - 2)}`,
      `w+1=${word(i + 1)}`,
      `w+2=${word(i + 2)}`,
      `s-1=${shortAt(i - 1)}`,
      `s+1=${shortAt(i + 1)}`,
      `s-2=${shortAt(i - 2)}`,
      `s+2=${shortAt(i + 2)}`,
      `ww-=${word(i - 1)}|${w}`,
      `ww+=${w}|${word(i + 1)}`,
      `sss=${shortAt(i - 1)}|${short[i]}|${shortAt(i + 1)}`,
      `ws-=${word(i - 1)}|${short[i]}`,
      `ws+=${short[i]}|${word(i + 1)}`,
    );
    for (const tag of lex[i]) f.push(`l=${tag}`);
    if (i > 0) for (const tag of lex[i - 1]) f.push(`l-1=${tag}`);
    if (i + 1 < n) for (const tag of lex[i + 1]) f.push(`l+1=${tag}`);
  }
  return out;
}

/** How token `i`'s word is cased elsewhere in the document, not counting this occurrence; only for capitalised words. */
function casingFeature(doc: DocumentContext, sentence: SentenceView, i: number): string | undefined {
  const code = casingCode(doc, sentence, i);
  return code < 0 ? undefined : casingFromCode(sentence, i, code);
}

/** `casingFeature` as a number: -1 for none, else bit 0 "also lower case elsewhere", bit 1 "also capitalised elsewhere". */
export function casingCode(doc: DocumentContext, sentence: SentenceView, i: number): number {
  const { capsLine } = sentence;
  const raw = sentence.tokens[i].text;
  if (!capsLine && !isTitleWord(raw)) return -1;
  const w = sentence.lower[i];
  const lowerElsewhere = (doc.lowerCount.get(w) ?? 0) - (isLowerWord(raw) ? 1 : 0);
  const titleElsewhere = (doc.titleCount.get(w) ?? 0) - (i > 0 && !capsLine && isTitleWord(raw) ? 1 : 0);
  return (lowerElsewhere > 0 ? 1 : 0) | (titleElsewhere > 0 ? 2 : 0);
}

export function casingFromCode(sentence: SentenceView, i: number, code: number): string {
  return `dc=${code & 1 ? 'l' : ''}${code & 2 ? 't' : ''}|${sentence.capsLine ? 'H' : ''}${i === 0 ? 0 : 1}`;
}
