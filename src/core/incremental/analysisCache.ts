import type { AnalysisSteps } from '../analysisSteps';
import type { SentenceScores } from '../entities/tagger/nerTagger';
import type { DateMention, EntitySpan, Span } from '../model';
import type { KeptBlock } from './keptBlock';
import { LruCache } from './lruCache';
import { memoisedSteps, type NameContextAt, type StepStores } from './memoisedSteps';

/**
 * What one analysis leaves for the next, each store keyed by the text it was computed from: per block of
 * units (the tagger's stretch), all that is found in it alone; per unit, its dates and sentence spans; per
 * sentence, the tagger's scores and the rules' result; per name and per event, its context and summary.
 * An edit then redoes only what its changed text touches: its block misses, and inside it only its unit
 * and sentence do. The document-level passes always rerun. Every store is bounded and forgets the least
 * recently used first. Pass `steps` to `analyzeSeed` to analyse through it.
 */
export class AnalysisCache implements StepStores {
  readonly dates: LruCache<readonly DateMention[]>;
  /** A paragraph's sentence spans per paragraph text, relative to its start. */
  readonly paragraphs: LruCache<readonly Span[]>;
  /** An event's summary per the words of its clause before and after the date. */
  readonly summaries: LruCache<string>;
  /** The tagger's per-sentence work per sentence text and place (see `NerTagger.tagDocument`). */
  readonly sentences: LruCache<SentenceScores>;
  /** A block of units' dates, names and possible surnames (see `localPass`), relative to the block start. */
  readonly blocks: LruCache<KeptBlock>;
  /** The sentence rules' spans per sentence text and tagger result, relative to the sentence start. */
  readonly refined: LruCache<readonly EntitySpan[]>;
  /** The honorific and role around a person's name, per the words read around it and its place among them. */
  readonly nameContexts: LruCache<NameContextAt[]>;
  /** The analysis steps that read and fill these stores. */
  readonly steps: AnalysisSteps;

  /**
   * `capacity`: how many texts each store keeps; `maxChars`: how many characters of text (keys) it keeps.
   * Both must exceed what one analysis of the largest document puts in a store, or a full pass (which
   * reads every unit in order) evicts each entry before its next use: the defaults cover the 5 MB a seed
   * may have before the extension asks. The tagger's per-sentence store weighs about 70 bytes per
   * character, so it keeps a quarter of that; it is read only for the blocks an edit changed.
   */
  constructor(capacity = 100_000, maxChars = 8_000_000) {
    this.dates = new LruCache(capacity, maxChars);
    this.paragraphs = new LruCache(capacity, maxChars);
    this.summaries = new LruCache(capacity, maxChars);
    this.sentences = new LruCache(capacity, Math.max(1, Math.floor(maxChars / 4)));
    this.blocks = new LruCache(capacity, maxChars);
    this.refined = new LruCache(capacity, maxChars);
    this.nameContexts = new LruCache(capacity, maxChars);
    this.steps = memoisedSteps(this);
  }

  /** Hits and misses so far, per store. */
  stats(): { readonly dates: CacheCounts; readonly blocks: CacheCounts; readonly sentences: CacheCounts; readonly refined: CacheCounts } {
    const counts = (c: LruCache<unknown>) => ({ hits: c.hits, misses: c.misses, size: c.size });
    return { dates: counts(this.dates), blocks: counts(this.blocks), sentences: counts(this.sentences), refined: counts(this.refined) };
  }

  clear(): void {
    this.dates.clear();
    this.paragraphs.clear();
    this.summaries.clear();
    this.sentences.clear();
    this.blocks.clear();
    this.refined.clear();
    this.nameContexts.clear();
  }
}

export interface CacheCounts {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
}
