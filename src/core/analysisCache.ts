import type { NameContext } from './actors/roles';
import type { Word } from './entities/spanEdit';
import type { SentenceScores } from './entities/tagger/nerTagger';
import { LruCache } from './lruCache';
import type { DateMention, EntitySpan, Span } from './types';

/**
 * What one analysis leaves for the next: date results per unit text, the tagger's per-sentence scores
 * per sentence text, and the sentence rules' result per sentence text and tagger result. An edit then redoes only the sentences and units whose text changed; the
 * document-level passes always rerun. Both stores are bounded and forget the least recently used first.
 */
export class AnalysisCache {
  readonly dates: LruCache<readonly DateMention[]>;
  /** A paragraph's sentence spans per paragraph text, relative to its start. */
  readonly paragraphs: LruCache<readonly Span[]>;
  /** An event's summary per the words of its clause before and after the date. */
  readonly summaries: LruCache<string>;
  readonly sentences: LruCache<SentenceScores>;
  /** The tagger's spans per block of paragraphs (its text and sentence spans), relative to the block start. */
  readonly blocks: LruCache<readonly EntitySpan[]>;
  /** The sentence rules' spans per sentence text and tagger result, relative to the sentence start. */
  readonly refined: LruCache<readonly EntitySpan[]>;
  /** The words of a unit that could be surnames, per unit text, relative to the unit start. */
  readonly unitNames: LruCache<readonly Word[]>;
  /** The honorific and role around a person's name, per sentence text and name position in it. */
  readonly nameContexts: LruCache<NameContext>;

  /**
   * `capacity`: how many texts each store keeps. It must exceed the sentence count of the largest document
   * analysed, or a full pass (which reads every sentence in order) evicts each entry before its next use.
   * The default covers about 5 MB of news prose; the cache costs about 400 bytes per word of text it holds.
   */
  constructor(capacity = 100_000) {
    this.dates = new LruCache(capacity);
    this.paragraphs = new LruCache(capacity);
    this.summaries = new LruCache(capacity);
    this.sentences = new LruCache(capacity);
    this.blocks = new LruCache(capacity);
    this.refined = new LruCache(capacity);
    this.unitNames = new LruCache(capacity);
    this.nameContexts = new LruCache(capacity);
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
    this.unitNames.clear();
    this.nameContexts.clear();
  }
}

export interface CacheCounts {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
}
