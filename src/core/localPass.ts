import type { AnalysisSteps, Block, LocalFindings, MentionTagger } from './analysisSteps';
import { surnameWords } from './entities/documentConsistency';
import { blockMentions, TAGGER_BLOCK_CHARS } from './entities/findMentions';
import type { Word } from './entities/spanEdit';
import type { DateMention, Span } from './model';
import type { Pause, Stepwise } from './stepwise';

/**
 * Reads `units` (in text order, with the `sentences` inside them) in blocks of whole units of about
 * TAGGER_BLOCK_CHARS, the stretch the tagger reads as one document, each through `steps.block`: so a
 * version of that step that reuses a block whose text, layout and place it has seen makes an edit read
 * its own block again and the rest of the document cost one lookup a block. `checkpoint` is called
 * between blocks and between the units of a block, and may throw to stop.
 *
 * It may pause (see `stepwise.ts`) between blocks and inside each, between its units and sentences.
 */
export function* localPass(
  text: string,
  units: readonly Span[],
  sentences: readonly Span[],
  tagger: MentionTagger,
  steps: AnalysisSteps,
  checkpoint: () => void,
  pause: Pause,
): Stepwise<LocalFindings> {
  const out: LocalFindings = { dates: [], names: [], surnameWords: [] };
  let blockUnits: Span[] = [];
  let blockSentences: Span[] = [];
  let firstIndex = 0;
  const flush = function* (): Stepwise<void> {
    if (blockUnits.length === 0) return;
    checkpoint();
    if (pause()) yield;
    addAll(out, yield* steps.block(text, { units: blockUnits, sentences: blockSentences, firstIndex }, tagger, steps, checkpoint, pause));
    firstIndex += blockSentences.length;
    blockUnits = [];
    blockSentences = [];
  };
  let k = 0;
  for (const unit of units) {
    // Every sentence lies inside a unit and both are in text order: a block ends only between units.
    blockUnits.push(unit);
    while (k < sentences.length && sentences[k].start < unit.end) blockSentences.push(sentences[k++]);
    if (blockSentences.length > 0 && blockSentences[blockSentences.length - 1].end - blockSentences[0].start >= TAGGER_BLOCK_CHARS) yield* flush();
  }
  yield* flush();
  return out;
}

/** A block's findings: each unit's dates and possible surnames, and the names in its sentences. */
export function* readBlock(
  text: string,
  block: Block,
  tagger: MentionTagger,
  steps: AnalysisSteps,
  checkpoint: () => void,
  pause: Pause,
): Stepwise<LocalFindings> {
  const at = block.units[0].start;
  const dates: DateMention[] = [];
  const words: Word[] = [];
  for (const unit of block.units) {
    // Dates are read unit by unit (and kept so by the incremental steps): a stop between units loses none.
    checkpoint();
    if (pause()) yield;
    for (const d of steps.unitDates(text, unit)) dates.push(d);
    for (const w of surnameWords(text.slice(unit.start, unit.end)))
      words.push({ start: w.start + unit.start - at, end: w.end + unit.start - at, text: w.text });
  }
  const names = block.sentences.length > 0 ? yield* blockMentions(text, block.sentences, block.firstIndex, tagger, steps, checkpoint, pause) : [];
  return { dates, names, surnameWords: [{ at, words }] };
}

function addAll(out: LocalFindings, found: LocalFindings): void {
  for (const d of found.dates) out.dates.push(d);
  for (const n of found.names) out.names.push(n);
  for (const w of found.surnameWords) out.surnameWords.push(w);
}
