import type { AnalysisSteps, MentionTagger } from '../analysisSteps';
import type { EntitySpan, Span } from '../model';
import type { Pause, Stepwise } from '../stepwise';

/**
 * The longest stretch of text the tagger reads as one document, in characters. Its document-level
 * features (how a word is cased and labelled elsewhere) were learned on news articles of at most 6.5 KB,
 * so a file of many articles is tagged in blocks of whole paragraphs of about this size. An edit then
 * tags its block again, not the file; a seed shorter than this is one block.
 */
export const TAGGER_BLOCK_CHARS = 20_000;

/**
 * The named mentions of one block of sentences, before the document-level passes: the tagger over the
 * block's sentences as one document (`steps.tag`), then the sentence rules over each sentence (`steps.refine`).
 * It may pause (see `stepwise.ts`) inside the tagger and between sentences.
 */
export function* blockMentions(
  text: string,
  sentences: readonly Span[],
  firstIndex: number,
  tagger: MentionTagger,
  steps: AnalysisSteps,
  checkpoint: () => void,
  pause: Pause,
): Stepwise<EntitySpan[]> {
  const tagged = yield* steps.tag(text, sentences, firstIndex, tagger, checkpoint, pause);
  const refined: EntitySpan[] = [];
  let k = 0;
  for (const sentence of sentences) {
    if (pause()) yield;
    while (k < tagged.length && tagged[k].end <= sentence.start) k++;
    const inside: EntitySpan[] = [];
    for (let j = k; j < tagged.length && tagged[j].start < sentence.end; j++) {
      if (tagged[j].start >= sentence.start && tagged[j].end <= sentence.end) inside.push(tagged[j]);
    }
    for (const s of steps.refine(text, sentence, inside)) refined.push(s);
  }
  return refined;
}
