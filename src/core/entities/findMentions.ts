import type { AnalysisCache } from '../analysisCache';
import { detach, type LruCache } from '../lruCache';
import type { EntitySpan, Span } from '../model';
import { refineSentence } from './refineMentions';
import type { SentenceScores } from './tagger/nerTagger';

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
 * The named mentions of one block of sentences, before the document-level passes: the tagger over the
 * block's sentences as one document, then the sentence rules over each sentence. With a `cache`, a
 * sentence whose text and tagger spans were seen before reuses its rule result.
 */
export function blockMentions(
  text: string,
  sentences: readonly Span[],
  firstIndex: number,
  tagger: MentionTagger,
  cache?: AnalysisCache,
  checkpoint?: () => void,
): EntitySpan[] {
  const tagged = tagger.tagDocument(text, sentences, cache?.sentences, checkpoint, firstIndex);
  const refined: EntitySpan[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tagged.length && tagged[k].end <= sentence.start) k++;
    const inside: EntitySpan[] = [];
    for (let j = k; j < tagged.length && tagged[j].start < sentence.end; j++) {
      if (tagged[j].start >= sentence.start && tagged[j].end <= sentence.end) inside.push(tagged[j]);
    }
    for (const s of refinedSentence(text, sentence, inside, cache?.refined)) refined.push(s);
  }
  return refined;
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
export function kept(spans: readonly EntitySpan[], at: number): EntitySpan[] {
  return spans.map(s => ({ ...s, start: s.start - at, end: s.end - at, text: detach(s.text) }));
}
