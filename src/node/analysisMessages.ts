/**
 * The messages between AnalysisClient (extension host thread) and analysisWorker (a worker thread).
 * Only plain data crosses: text and options in, an Analysis in its wire form (see analysisWire.ts) out.
 */
import type { CacheCounts, Span } from '../core';

/** Analyse `text`. `cancel` is an Int32Array(1) over shared memory: the client stores 1 to stop the work. */
export interface AnalyseMessage {
  readonly type: 'analyse';
  readonly id: number;
  readonly text: string;
  readonly ref?: string;
  readonly window?: Span;
  readonly cancel: Int32Array;
}

/** Drop the worker's cache (nothing is open any more). */
export interface ClearMessage {
  readonly type: 'clear';
}

/** Report the cache counts and how many requests ended how. */
export interface StatsMessage {
  readonly type: 'stats';
  readonly id: number;
}

export type ToWorker = AnalyseMessage | ClearMessage | StatsMessage;

export interface WorkerStats {
  /** False until the first request loads the tagger and the core. */
  readonly loaded: boolean;
  readonly analysed: number;
  /** Superseded while waiting: dropped without any work. */
  readonly cancelledBeforeStart: number;
  /** Superseded while running: stopped at the next step. */
  readonly cancelledMidway: number;
  readonly failed: number;
  /** Per-unit date results, per-block tagger results and per-sentence tagger scores (see AnalysisCache). */
  readonly dates: CacheCounts;
  readonly blocks: CacheCounts;
  readonly sentences: CacheCounts;
}

/** Replies carry the id of their request; exactly one of the optional fields is set. */
export type FromWorker =
  | { readonly id: number; readonly analysis: string; readonly ms: number }
  | { readonly id: number; readonly cancelled: true }
  | { readonly id: number; readonly error: string; readonly stack?: string }
  | { readonly id: number; readonly stats: WorkerStats };
