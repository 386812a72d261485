/**
 * The analysis and the workspace index on the calling thread, for a browser's extension host that cannot
 * start a Web Worker. The analysis runs in the core's cooperative form (`analyzeSeedSteps`): each slice
 * resumes it, and it yields at its next pause point once the slice's time budget is spent; the next slice
 * comes after the host has handled its events (a zero-delay timer). Every pass over the whole text pauses,
 * so no slice holds the thread much longer than the budget. No `vscode` here.
 */
import {
  AnalysisCache,
  AnalysisCancelled,
  analyzeSeedSteps,
  applyCorrections,
  contentHash,
  seedFacts,
  type Analysis,
  type Correction,
  type MentionTagger,
  type Stepwise,
} from '../core';
import type { AnalysisEngine, AnalyzeRequest, EngineLogs, IndexEngine, TextFacts } from '../extension/services/engines';

export interface SliceOptions {
  /** How long a slice may run before it stops at its next step (default 20 ms; a step is short, so a slice ends well within 50 ms). */
  readonly budgetMs?: number;
  /** Lets the host run its events between slices (default: a zero-delay timer). */
  readonly yieldToHost?: () => Promise<void>;
  /** Receives the length of every slice, on this thread, in ms: for the bench. */
  readonly onSlice?: (ms: number) => void;
  /** The clock slices are timed by, in ms (default `performance.now`; a test's fake clock makes the slices deterministic). */
  readonly now?: () => number;
}

const DEFAULT_BUDGET_MS = 20;
const nextTurn = () => new Promise<void>(resolve => setTimeout(resolve, 0));

/** One request: an editor's analysis (urgent, before any indexing) or an index text. */
interface Job {
  readonly urgent: boolean;
  run(): Promise<void>;
  /** The engine is disposed or the job superseded before it ran: settle it without work. */
  drop(): void;
}

interface KeyState {
  newest: number;
}

/**
 * Runs every request of the editors and the workspace index, one at a time on this thread: the editors'
 * first, in the order asked (a `window` request before the full one of the same version), then the index's.
 * A newer version of a key supersedes its older requests, which resolve undefined at their next slice.
 */
export class SlicedEngine {
  private readonly queue: Job[] = [];
  private draining = false;
  private disposed = false;
  private readonly keys = new Map<string, KeyState>();
  /** The editors' cache: successive versions of a text redo only what changed, as in the worker. */
  private readonly cache = new AnalysisCache();
  private tagger: Promise<MentionTagger> | undefined;
  private readonly budgetMs: number;
  private readonly yieldToHost: () => Promise<void>;
  private readonly now: () => number;
  private logs: EngineLogs = {};

  /** `loadTagger`: reads the model (through the extension's URI in the product); called on the first request. */
  constructor(
    private readonly loadTagger: () => Promise<MentionTagger>,
    private readonly options: SliceOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.yieldToHost = options.yieldToHost ?? nextTurn;
    this.now = options.now ?? (() => performance.now());
  }

  /** The editors' side; `logs` hears the model's load and every analysis's timing. */
  analysisEngine(logs: EngineLogs = {}): AnalysisEngine {
    this.logs = logs;
    return {
      analyze: (key, version, text, options) => this.analyze(key, version, text, options ?? {}),
      forget: key => this.keys.delete(key),
      clear: () => this.cache.clear(),
      dispose: () => this.dispose(),
    };
  }

  /** The workspace index's side: it waits behind every analysis the editors asked for. */
  indexEngine(): IndexEngine {
    return {
      facts: (text, ref, corrections) => this.facts(text, ref, corrections),
      stop: () => Promise.resolve(),
      dispose: () => this.dispose(),
    };
  }

  dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.drop();
    return Promise.resolve();
  }

  private analyze(key: string, version: number, text: string, request: AnalyzeRequest): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.reject(new Error('the analysis engine is disposed'));
    let state = this.keys.get(key);
    if (!state) this.keys.set(key, (state = { newest: version }));
    if (version < state.newest) return Promise.resolve(undefined);
    state.newest = version;
    const own = state;
    const live = () => !this.disposed && this.keys.get(key) === own && own.newest === version;
    return new Promise((resolve, reject) => {
      const asked = performance.now();
      this.enqueue({
        urgent: true,
        drop: () => resolve(undefined),
        run: async () => {
          if (!live()) return resolve(undefined);
          try {
            const tagger = await this.taggerOnce();
            const sliced = await this.sliced(live, shouldYield =>
              analyzeSeedSteps(text, { tagger, ref: request.ref, window: request.window, steps: this.cache.steps, isCancelled: () => !live(), shouldYield }),
            );
            if (!sliced || !live()) return resolve(undefined);
            resolve(sliced.result);
            this.logs.onTiming?.({
              key,
              version,
              chars: text.length,
              partial: sliced.result.partial !== undefined,
              workerMs: Math.round(sliced.ms),
              receiveMs: 0,
              totalMs: performance.now() - asked,
            });
          } catch (error) {
            if (live()) reject(error instanceof Error ? error : new Error(String(error)));
            else resolve(undefined);
          }
        },
      });
    });
  }

  private facts(text: string, ref?: string, corrections?: readonly Correction[]): Promise<TextFacts> {
    if (this.disposed) return Promise.reject(new Error('the index engine is disposed'));
    return new Promise((resolve, reject) => {
      this.enqueue({
        urgent: false,
        drop: () => reject(new Error('the index engine is disposed')),
        run: async () => {
          try {
            const tagger = await this.taggerOnce();
            // Its own cache, which keeps what a cut block finished: the editors' cache keeps the editors' texts.
            const cache = new AnalysisCache();
            const live = () => !this.disposed;
            const sliced = await this.sliced(live, shouldYield =>
              analyzeSeedSteps(text, { tagger, ref, steps: cache.steps, isCancelled: () => !live(), shouldYield }),
            );
            if (!sliced) return reject(new Error('the index engine is disposed'));
            const analysis = corrections?.length ? applyCorrections(sliced.result, corrections, text) : sliced.result;
            resolve(analysis.problem ? { skipped: analysis.problem } : { hash: contentHash(text), facts: seedFacts(analysis) });
          } catch (error) {
            reject(error instanceof Error ? new Error(error.message.split('\n')[0]) : new Error(String(error)));
          }
        },
      });
    });
  }

  /**
   * Runs the analysis `start` makes, one slice at a time, until it completes; undefined once `live` turns
   * false. `start` receives the poll that ends a slice: true once the slice has run its budget.
   */
  private async sliced(live: () => boolean, start: (shouldYield: () => boolean) => Stepwise<Analysis>): Promise<{ result: Analysis; ms: number } | undefined> {
    let started = 0;
    const run = start(() => this.now() - started > this.budgetMs);
    let total = 0;
    try {
      for (;;) {
        if (!live()) return undefined;
        started = this.now();
        let step: IteratorResult<void, Analysis>;
        try {
          step = run.next();
        } finally {
          const ms = this.now() - started;
          this.options.onSlice?.(ms);
          total += ms;
        }
        if (step.done) return { result: step.value, ms: total };
        await this.yieldToHost();
      }
    } catch (error) {
      if (error instanceof AnalysisCancelled) return undefined;
      throw error;
    } finally {
      // An analysis left unfinished is closed, so it keeps nothing alive.
      run.return(undefined as unknown as Analysis);
    }
  }

  private taggerOnce(): Promise<MentionTagger> {
    if (!this.tagger) {
      const started = performance.now();
      this.tagger = this.loadTagger().then(tagger => {
        this.logs.onLog?.(`model loaded on the extension host's thread in ${Math.round(performance.now() - started)} ms`);
        return tagger;
      });
      // A failed load is tried again with the next request.
      this.tagger.catch(() => (this.tagger = undefined));
    }
    return this.tagger;
  }

  private enqueue(job: Job): void {
    if (job.urgent) {
      const at = this.queue.findIndex(j => !j.urgent);
      this.queue.splice(at < 0 ? this.queue.length : at, 0, job);
    } else {
      this.queue.push(job);
    }
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let job = this.queue.shift(); job && !this.disposed; job = this.queue.shift()) await job.run();
    } finally {
      this.draining = false;
    }
  }
}
