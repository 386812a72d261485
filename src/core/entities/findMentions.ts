import type { EntitySpan, Span } from '../types';
import { propagateSurnames } from './documentConsistency';
import { refineSentence } from './refineMentions';

/** What the entity pass needs of a tagger (the learned one, or a stand-in in tests). */
export interface MentionTagger {
  tagDocument(text: string, sentences: readonly Span[]): EntitySpan[];
}

/**
 * Finds the named mentions of a document: the tagger over all sentences (so its document-level pass
 * sees the whole text), then sentence rules, then document-level consistency over `units` (the title,
 * paragraphs and see-also items, which contain the sentences).
 */
export function findMentions(
  text: string,
  sentences: readonly Span[],
  units: readonly Span[],
  tagger: MentionTagger,
): EntitySpan[] {
  const tagged = tagger.tagDocument(text, sentences);
  const refined: EntitySpan[] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tagged.length && tagged[k].end <= sentence.start) k++;
    const inside: EntitySpan[] = [];
    for (let j = k; j < tagged.length && tagged[j].start < sentence.end; j++) {
      if (tagged[j].start >= sentence.start && tagged[j].end <= sentence.end) inside.push(tagged[j]);
    }
    refined.push(...refineSentence(text, sentence, inside));
  }
  return propagateSurnames(text, units, refined);
}
