import type { AnalysisCache } from '../analysisCache';
import { detach, type LruCache } from '../lruCache';
import type { EntitySpan, Span } from '../types';
import { propagateSurnames } from './documentConsistency';
import { refineSentence } from './refineMentions';
import type { SentenceScores } from './tagger/nerTagger';
import { sentencePosition } from './tagger/tokenFeatures';

/** What the entity pass needs of a tagger (the learned one, or a stand-in in tests). */
export interface MentionTagger {
  /**
   * Tags `sentences` as one document. `memo` keeps per-sentence work between calls; `checkpoint` may
   * throw to stop a long run; `firstIndex` is the position of the first sentence in the whole text
   * (the headline and the dateline are tagged as such).
   */
  tagDocument(text: string, sentences: readonly Span[], memo?: LruCache<SentenceScores>, checkpoint?: () => void, firstIndex?: number): EntitySpan[];
}

/**
 * The longest stretch of text the tagger reads as one document, in characters. Its document-level
 * features (how a word is cased and labelled elsewhere) were learned on news articles of at most 6.5 KB,
 * so a file of many articles is tagged in blocks of whole paragraphs of about this size. An edit then
 * tags its block again, not the file; a seed shorter than this is one block.
 */
export const TAGGER_BLOCK_CHARS = 20_000;

/**
 * Finds the named mentions of a document: the tagger over all sentences (so its document-level pass
 * sees the whole text), then sentence rules, then document-level consistency over `units` (the title,
 * paragraphs and see-also items, which contain the sentences). With a `cache`, a sentence whose text and
 * tagger spans were seen before reuses its rule result.
 */
export function findMentions(
  text: string,
  sentences: readonly Span[],
  units: readonly Span[],
  tagger: MentionTagger,
  cache?: AnalysisCache,
  checkpoint?: () => void,
): EntitySpan[] {
  const tagged = taggedInBlocks(text, sentences, units, tagger, cache, checkpoint);
  const refined: EntitySpan[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tagged.length && tagged[k].end <= sentence.start) k++;
    const inside: EntitySpan[] = [];
    for (let j = k; j < tagged.length && tagged[j].start < sentence.end; j++) {
      if (tagged[j].start >= sentence.start && tagged[j].end <= sentence.end) inside.push(tagged[j]);
    }
    refined.push(...refinedSentence(text, sentence, inside, cache?.refined));
  }
  return propagateSurnames(text, units, refined, cache?.unitNames);
}

/** The tagger's spans, block by block (see TAGGER_BLOCK_CHARS); a block seen before is reused whole. */
function taggedInBlocks(
  text: string,
  sentences: readonly Span[],
  units: readonly Span[],
  tagger: MentionTagger,
  cache: AnalysisCache | undefined,
  checkpoint: (() => void) | undefined,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  let block: Span[] = [];
  let firstIndex = 0;
  const flush = () => {
    if (block.length === 0) return;
    out.push(...taggedBlock(text, block, firstIndex, tagger, cache, checkpoint));
    firstIndex += block.length;
    block = [];
  };
  let k = 0;
  for (const unit of units) {
    // Sentences lie inside units and both are in text order: a block ends only between units.
    while (k < sentences.length && sentences[k].start < unit.end) block.push(sentences[k++]);
    if (block.length > 0 && block[block.length - 1].end - block[0].start >= TAGGER_BLOCK_CHARS) flush();
  }
  while (k < sentences.length) block.push(sentences[k++]);
  flush();
  return out;
}

function taggedBlock(
  text: string,
  sentences: readonly Span[],
  firstIndex: number,
  tagger: MentionTagger,
  cache: AnalysisCache | undefined,
  checkpoint: (() => void) | undefined,
): EntitySpan[] {
  if (!cache) return tagger.tagDocument(text, sentences, undefined, checkpoint, firstIndex);
  const at = sentences[0].start;
  const layout = sentences.map(s => `${s.start - at} ${s.end - at}`).join(',');
  const key = `${sentencePosition(firstIndex)}\u0000${layout}\u0000${text.slice(at, sentences[sentences.length - 1].end)}`;
  const relative = cache.blocks.getOrSet(key, () => kept(tagger.tagDocument(text, sentences, cache.sentences, checkpoint, firstIndex), at));
  return relative.map(s => ({ ...s, start: s.start + at, end: s.end + at }));
}

/**
 * The rules' result for one sentence, kept by what the rules read: the sentence's text, the character
 * just after it, and the tagger's spans in it (all relative to the sentence start).
 */
function refinedSentence(text: string, sentence: Span, tagged: readonly EntitySpan[], memo: LruCache<readonly EntitySpan[]> | undefined): EntitySpan[] {
  if (!memo) return refineSentence(text, sentence, tagged);
  const at = sentence.start;
  const key = `${text.slice(at, sentence.end)}\u0000${text[sentence.end] ?? ''}\u0000${tagged.map(s => `${s.start - at} ${s.end - at} ${s.type}`).join(',')}`;
  return memo.getOrSet(key, () => kept(refineSentence(text, sentence, tagged), at)).map(s => ({ ...s, start: s.start + at, end: s.end + at }));
}

/** Spans as a cache keeps them: offsets from `at`, and texts that do not hold this version of the whole text. */
function kept(spans: readonly EntitySpan[], at: number): EntitySpan[] {
  return spans.map(s => ({ ...s, start: s.start - at, end: s.end - at, text: detach(s.text) }));
}
