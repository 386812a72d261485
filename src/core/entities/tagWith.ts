import type { MentionTagger } from '../analysisSteps';
import type { EntitySpan, Span } from '../model';
import type { Pause, Stepwise } from '../stepwise';
import type { SentenceScorer } from './tagger/nerTagger';

/** `tagger` over `sentences` as one document, in its cooperative form when it has one (a stand-in may not). */
export function* tagWith(
  tagger: MentionTagger,
  text: string,
  sentences: readonly Span[],
  checkpoint: () => void,
  firstIndex: number,
  score: SentenceScorer | undefined,
  pause: Pause,
): Stepwise<EntitySpan[]> {
  if (tagger.tagDocumentSteps) return yield* tagger.tagDocumentSteps(text, sentences, checkpoint, firstIndex, score, pause);
  return tagger.tagDocument(text, sentences, checkpoint, firstIndex, score);
}
