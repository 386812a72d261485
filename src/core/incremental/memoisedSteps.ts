import type { NameContext } from '../actors/roles';
import { nameReach, readNameContext } from '../actors/roles';
import type { AnalysisSteps } from '../analysisSteps';
import { findDates } from '../dates/findDates';
import { refineSentence } from '../entities/refineMentions';
import { tagWith } from '../entities/tagWith';
import { NerTagger, type SentenceScores } from '../entities/tagger/nerTagger';
import { sentencePosition } from '../entities/tagger/tokenFeatures';
import { summaryOfParts, summaryParts } from '../events/summarize';
import type { DateMention, EntitySpan, Span } from '../model';
import { PURE_STEPS } from '../pureSteps';
import { keptBlockStep, keptSpans, type KeptBlock } from './keptBlock';
import { detach, type LruCache } from './lruCache';

/** A name's context, with where the name lies in the text it was read in. */
export interface NameContextAt {
  readonly from: number;
  readonly to: number;
  readonly context: NameContext;
}

/** The stores the memoised steps read and fill, each keyed by the text its values were computed from. */
export interface StepStores {
  readonly blocks: LruCache<KeptBlock>;
  readonly dates: LruCache<readonly DateMention[]>;
  readonly paragraphs: LruCache<readonly Span[]>;
  readonly sentences: LruCache<SentenceScores>;
  readonly refined: LruCache<readonly EntitySpan[]>;
  readonly nameContexts: LruCache<NameContextAt[]>;
  readonly summaries: LruCache<string>;
}

/**
 * The analysis steps, each returning what `PURE_STEPS` returns but reusing what an earlier call computed
 * for the same text. Kept values hold offsets relative to their own text and copies of strings
 * (`detach`), never a view of one version of the whole document.
 */
export function memoisedSteps(stores: StepStores): AnalysisSteps {
  return {
    sentences: (text, { start, end }) => {
      const relative = stores.paragraphs.getOrSet(text.slice(start, end), () =>
        PURE_STEPS.sentences(text, { start, end }).map(s => ({ start: s.start - start, end: s.end - start })),
      );
      const out = new Array<Span>(relative.length);
      for (let i = 0; i < relative.length; i++) out[i] = { start: relative[i].start + start, end: relative[i].end + start };
      return out;
    },
    block: keptBlockStep(stores.blocks),
    unitDates: (text, unit) => {
      const unitText = text.slice(unit.start, unit.end);
      // A kept result reads a copy of the unit, so it does not hold this version of the whole text.
      const local = stores.dates.getOrSet(unitText, () => findDates(detach(unitText)));
      return local.map(d => ({ ...d, start: d.start + unit.start, end: d.end + unit.start }));
    },
    tag: (text, sentences, firstIndex, tagger, checkpoint, pause) => {
      if (!(tagger instanceof NerTagger)) return tagWith(tagger, text, sentences, checkpoint, firstIndex, undefined, pause);
      // Keyed by place and text; a kept score reads a copy of the sentence.
      const score = (own: string, index: number) =>
        stores.sentences.getOrSet(`${sentencePosition(index)}\u0000${own}`, () => tagger.scoreSentence(detach(own), index));
      return tagWith(tagger, text, sentences, checkpoint, firstIndex, score, pause);
    },
    refine: (text, sentence, tagged) => {
      // Kept by what the rules read: the sentence's text, the character after it, and the tagger's spans in it.
      const at = sentence.start;
      const key = `${text.slice(at, sentence.end)}\u0000${text[sentence.end] ?? ''}\u0000${tagged.map(s => `${s.start - at} ${s.end - at} ${s.type}`).join(',')}`;
      return stores.refined
        .getOrSet(key, () => keptSpans(refineSentence(text, sentence, tagged), at))
        .map(s => ({ ...s, start: s.start + at, end: s.end + at }));
    },
    nameContext: (text, sentence, name) => {
      // Keyed on the words read around the name alone (a key joined with the name's place would be copied
      // whole to be hashed), with the contexts of the names read in it so far, by place.
      const reach = nameReach(text, sentence, name);
      const from = name.start - reach.start;
      const to = name.end - reach.start;
      const known = stores.nameContexts.getOrSet(text.slice(reach.start, reach.end), () => []);
      for (const k of known) if (k.from === from && k.to === to) return k.context;
      const { honorific, role } = readNameContext(text, reach, name);
      const context = { ...(honorific ? { honorific: detach(honorific) } : {}), ...(role ? { role: detach(role) } : {}) };
      known.push({ from, to, context });
      return context;
    },
    summary: (text, clause, date) => {
      const { before, after } = summaryParts(text, clause, date);
      return stores.summaries.getOrSet(`${before}\u0000${after}`, () => detach(summaryOfParts(before, after)));
    },
  };
}
