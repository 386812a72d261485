import type { AnalysisCache } from '../analysisCache';
import type { LruCache } from '../lruCache';
import type { EntitySpan, Span } from '../types';
import { propagateSurnames } from './documentConsistency';
import { refineSentence } from './refineMentions';
import type { SentenceScores } from './tagger/nerTagger';

/** What the entity pass needs of a tagger (the learned one, or a stand-in in tests). */
export interface MentionTagger {
  /** `memo` keeps per-sentence work between calls; `checkpoint` may throw to stop a long run. */
  tagDocument(text: string, sentences: readonly Span[], memo?: LruCache<SentenceScores>, checkpoint?: () => void): EntitySpan[];
}

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
  const tagged = tagger.tagDocument(text, sentences, cache?.sentences, checkpoint);
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

/**
 * The rules' result for one sentence, kept by what the rules read: the sentence's text, the character
 * just after it, and the tagger's spans in it (all relative to the sentence start).
 */
function refinedSentence(text: string, sentence: Span, tagged: readonly EntitySpan[], memo: LruCache<readonly EntitySpan[]> | undefined): EntitySpan[] {
  if (!memo) return refineSentence(text, sentence, tagged);
  const at = sentence.start;
  const key = `${text.slice(at, sentence.end)}\u0000${text[sentence.end] ?? ''}\u0000${tagged.map(s => `${s.start - at} ${s.end - at} ${s.type}`).join(',')}`;
  let relative = memo.get(key);
  if (!relative) {
    relative = refineSentence(text, sentence, tagged).map(s => ({ ...s, start: s.start - at, end: s.end - at }));
    memo.set(key, relative);
  }
  return relative.map(s => ({ ...s, start: s.start + at, end: s.end + at }));
}
