import type { NameContext } from './actors/roles';
import type { WordGroup } from './entities/documentConsistency';
import type { SentenceScorer } from './entities/tagger/nerTagger';
import type { DateMention, EntitySpan, Span } from './model';
import type { Pause, Stepwise } from './stepwise';

/** What the entity pass needs of a tagger (the learned one, or a stand-in in tests). */
export interface MentionTagger {
  /**
   * Tags `sentences` as one document. `checkpoint` may throw to stop a long run; `firstIndex` is the
   * position of the first sentence in the whole text (the headline and the dateline are tagged as such);
   * `score`, when given, replaces the tagger's own per-sentence scoring (and must return the same).
   */
  tagDocument(text: string, sentences: readonly Span[], checkpoint?: () => void, firstIndex?: number, score?: SentenceScorer): EntitySpan[];
  /** `tagDocument` in its cooperative form (see `stepwise.ts`), when the tagger has one: it may pause between sentences. */
  tagDocumentSteps?(
    text: string,
    sentences: readonly Span[],
    checkpoint: () => void,
    firstIndex: number,
    score: SentenceScorer | undefined,
    pause: Pause,
  ): Stepwise<EntitySpan[]>;
}

/** A block of whole units (title, paragraphs, see-also items) that the tagger reads as one document. */
export interface Block {
  readonly units: readonly Span[];
  readonly sentences: readonly Span[];
  /** The place of the block's first sentence in the document (the headline and dateline are tagged as such). */
  readonly firstIndex: number;
}

/**
 * What the analysis finds in units on their own, before the document-level passes: the dates, the
 * tagger's and the rules' names, and the words that could be surnames. All in text order, with offsets
 * into the whole text.
 */
export interface LocalFindings {
  readonly dates: DateMention[];
  readonly names: EntitySpan[];
  /** Most are never used, so they stay as found: per block, with offsets from `at`. */
  readonly surnameWords: WordGroup[];
}

/**
 * The steps of the analysis whose results depend only on a small stretch of text, as plain functions.
 * The analysis calls them through this record and knows nothing of how they are computed: the defaults
 * (`PURE_STEPS`) compute afresh, and the incremental folder supplies versions that reuse earlier results.
 * Every version must return what the default returns.
 */
export interface AnalysisSteps {
  /** The sentences of the paragraph `text[paragraph.start, paragraph.end)`, in order. */
  readonly sentences: (text: string, paragraph: Span) => Span[];
  /** All that is found in one block of units on its own (see `localPass`), calling the steps below; it may pause (see `stepwise.ts`). */
  readonly block: (text: string, block: Block, tagger: MentionTagger, steps: AnalysisSteps, checkpoint: () => void, pause: Pause) => Stepwise<LocalFindings>;
  /** The dates of one unit, with offsets into `text`. */
  readonly unitDates: (text: string, unit: Span) => DateMention[];
  /** The tagger over a block's sentences as one document; `firstIndex` is the first sentence's place. It may pause. */
  readonly tag: (
    text: string,
    sentences: readonly Span[],
    firstIndex: number,
    tagger: MentionTagger,
    checkpoint: () => void,
    pause: Pause,
  ) => Stepwise<EntitySpan[]>;
  /** The sentence rules over one sentence and the tagger's spans inside it. */
  readonly refine: (text: string, sentence: Span, tagged: readonly EntitySpan[]) => EntitySpan[];
  /** The honorific and role the text gives a person's name in its sentence. */
  readonly nameContext: (text: string, sentence: Span, name: Span) => NameContext;
  /** An event's summary: the words of its clause around its date. */
  readonly summary: (text: string, clause: Span, date: Span) => string;
}
