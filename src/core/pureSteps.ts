import { readNameContext } from './actors/roles';
import type { AnalysisSteps } from './analysisSteps';
import { findDates } from './dates/findDates';
import { refineSentence } from './entities/refineMentions';
import { summarize } from './events/summarize';
import { readBlock } from './localPass';
import { tagWith } from './entities/tagWith';
import { splitSentences } from './seed/sentences';

/** Every step of the analysis computed afresh: what any other version of a step must return. */
export const PURE_STEPS: AnalysisSteps = {
  sentences: (text, paragraph) => splitSentences(text, paragraph),
  block: readBlock,
  unitDates: (text, unit) => findDates(text.slice(unit.start, unit.end)).map(d => ({ ...d, start: d.start + unit.start, end: d.end + unit.start })),
  tag: (text, sentences, firstIndex, tagger, checkpoint, pause) => tagWith(tagger, text, sentences, checkpoint, firstIndex, undefined, pause),
  refine: refineSentence,
  nameContext: readNameContext,
  summary: summarize,
};
