import type { Analysis, Span } from '../core';
import type { FromWorker, ToWorker, WorkerStats } from './analysisMessages';
import { decodeAnalysis } from './analysisWire';
import { type WorkerDeath, WorkerThread, type WorkerThreadOptions } from './workerThread';

export interface AnalyzeRequest {
  /** Reference date 'YYYY-MM-DD'; without it the dateline or the tenses decide. */
  readonly ref?: string;
  /** Analyse only the units overlapping this range: a first look, published before the full analysis. */
  readonly window?: Span;
}

/** How long one delivered analysis took: in the worker, and on this thread to decode and freeze it. */
export interface AnalysisTiming {
  readonly key: string;
  readonly version: number;
  readonly chars: number;
  readonly partial: boolean;
  /** In the worker: the analysis alone. */
  readonly workerMs: number;
  /** On this thread: parsing the reply, restoring its text fields and deep-freezing it. */
  readonly receiveMs: number;
  /** From the analyze() call to delivery, waiting included. */
  readonly totalMs: number;
}

/** `onLog` receives one line for each worker start, death and restart (see `WorkerThreadOptions`). */
export interface AnalysisClientOptions extends WorkerThreadOptions {
  /** Receives the timing of every delivered analysis. */
  readonly onTiming?: (timing: AnalysisTiming) => void;
}

/** One call to analyze(), from the moment it is made until its promise settles. */
interface Request {
  readonly key: string;
  readonly version: number;
  readonly text: string;
  readonly options: AnalyzeRequest;
  /** Equal for requests that would compute the same thing (same version aside). */
  readonly signature: string;
  readonly promise: Promise<Analysis | undefined>;
  readonly resolve: (analysis: Analysis | undefined) => void;
  readonly reject: (error: Error) => void;
  readonly state: KeyState;
  /** Shared with the worker: the client stores 1 to stop the request. */
  cancel: Int32Array;
  /** Set when a first-look request has stopped this full one: it runs again after that request. */
  requeue: boolean;
  /** How many workers it has been sent to (it is retried once when its worker dies). */
  attempts: number;
  readonly askedAt: number;
}

/** Per key (document): the newest version asked for, the request running, and the ones waiting. */
interface KeyState {
  newest: number;
  running?: Request;
  /** Only requests for `newest`: at most one first look (first) and one full analysis. */
  queue: Request[];
}

/**
 * Runs analyses in a worker thread, so the calling thread only sends text and receives results. Per key
 * (a document URI) it runs one request at a time and keeps only the newest version waiting: a newer
 * version cancels the running request through shared memory and replaces what waited, and a result is
 * never delivered for a version older than the newest asked for. A worker that dies is replaced on the
 * next request, and the request it was running is retried once; after `maxDeaths` deaths within
 * `deathWindowMs` requests fail with a clear error instead. No `vscode` here, so it runs in plain Node.
 */
export class AnalysisClient {
  private readonly thread: WorkerThread<ToWorker, FromWorker>;
  private nextId = 1;
  private disposed = false;
  private readonly keys = new Map<string, KeyState>();
  private readonly inFlight = new Map<number, Request>();
  private readonly statsWaiters = new Map<number, { resolve: (stats: WorkerStats) => void; reject: (error: Error) => void }>();

  /** `workerFile`: the compiled analysisWorker.js. No thread starts until the first request. */
  constructor(
    workerFile: string,
    private readonly options: AnalysisClientOptions = {},
  ) {
    this.thread = new WorkerThread(
      workerFile,
      reply => this.receive(reply),
      death => this.died(death),
      options,
    );
  }

  /**
   * The Analysis of `text`, version `version` of `key`; undefined when a newer version of `key` (or
   * forget()) made it useless. Requests for the same version wait their turn: a `window` request goes
   * before the full one (and pauses a running full one, which resumes after it from the worker's cache).
   * Rejects when the analysis fails or the worker keeps dying.
   */
  analyze(key: string, version: number, text: string, options: AnalyzeRequest = {}): Promise<Analysis | undefined> {
    if (this.disposed) return Promise.reject(new Error('the analysis client is disposed'));
    let state = this.keys.get(key);
    if (!state) this.keys.set(key, (state = { newest: version, queue: [] }));
    if (version < state.newest) return Promise.resolve(undefined);
    if (version > state.newest) {
      state.newest = version;
      for (const waiting of state.queue.splice(0)) waiting.resolve(undefined);
      if (state.running) this.cancel(state.running);
    }
    const signature = JSON.stringify([options.ref ?? null, options.window ? [options.window.start, options.window.end] : null]);
    const same = [state.running, ...state.queue].find(r => r && r.version === version && r.signature === signature && this.live(r));
    if (same) return same.promise;

    const request = this.request(key, version, text, options, signature, state);
    const windowed = options.window !== undefined;
    // One waiting request of each kind: a newer first look replaces an older one (the view moved).
    state.queue = state.queue.filter(r => {
      if ((r.options.window !== undefined) !== windowed) return true;
      r.resolve(undefined);
      return false;
    });
    if (windowed) {
      state.queue.unshift(request);
      const running = state.running;
      if (running && running.version === version && !running.options.window && this.live(running)) {
        Atomics.store(running.cancel, 0, 1);
        running.requeue = true;
      }
    } else {
      state.queue.push(request);
    }
    this.pump(state);
    return request.promise;
  }

  /** Drops everything about `key` (a closed document): waiting requests resolve undefined, the running one stops. */
  forget(key: string): void {
    const state = this.keys.get(key);
    if (!state) return;
    this.keys.delete(key);
    for (const waiting of state.queue.splice(0)) waiting.resolve(undefined);
    if (state.running) this.cancel(state.running);
  }

  /** Empties the worker's cache (when no document is open any more). */
  clear(): void {
    this.post({ type: 'clear' }, false);
  }

  /** The worker's cache counts and request outcomes (starting a worker if none runs). */
  stats(): Promise<WorkerStats> {
    if (this.disposed) return Promise.reject(new Error('the analysis client is disposed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.statsWaiters.set(id, { resolve, reject });
      try {
        this.post({ type: 'stats', id }, true);
      } catch (error) {
        this.statsWaiters.delete(id);
        reject(error as Error);
      }
    });
  }

  /** Stops the worker; pending requests resolve undefined. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const state of this.keys.values()) for (const waiting of state.queue) waiting.resolve(undefined);
    for (const request of this.inFlight.values()) request.resolve(undefined);
    for (const waiter of this.statsWaiters.values()) waiter.reject(new Error('the analysis client is disposed'));
    this.keys.clear();
    this.inFlight.clear();
    this.statsWaiters.clear();
    await this.thread.terminate();
  }

  private request(key: string, version: number, text: string, options: AnalyzeRequest, signature: string, state: KeyState): Request {
    let resolve!: (analysis: Analysis | undefined) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<Analysis | undefined>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return {
      key,
      version,
      text,
      options,
      signature,
      promise,
      resolve,
      reject,
      state,
      cancel: newFlag(),
      requeue: false,
      attempts: 0,
      askedAt: performance.now(),
    };
  }

  /** Whether a request can still deliver: not stopped for good, not superseded, not forgotten. */
  private live(request: Request): boolean {
    return (
      (Atomics.load(request.cancel, 0) === 0 || request.requeue) && request.version === request.state.newest && this.keys.get(request.key) === request.state
    );
  }

  private cancel(request: Request): void {
    request.requeue = false;
    Atomics.store(request.cancel, 0, 1);
  }

  /** Starts the next waiting request of `state` if none runs. */
  private pump(state: KeyState): void {
    while (!state.running && state.queue.length > 0 && this.keys.get(state.queue[0].key) === state) {
      const next = state.queue.shift()!;
      state.running = next;
      this.send(next);
    }
  }

  private send(request: Request): void {
    const id = this.nextId++;
    request.attempts++;
    try {
      this.inFlight.set(id, request);
      const { text, options } = request;
      this.post({ type: 'analyse', id, text, ref: options.ref, window: options.window, cancel: request.cancel }, true);
    } catch (error) {
      this.inFlight.delete(id);
      this.settle(request, () => request.reject(error as Error));
    }
  }

  /** Settles `request` and lets the next one of its key run. */
  private settle(request: Request, deliver: () => void): void {
    deliver();
    const state = request.state;
    if (state.running === request) state.running = undefined;
    this.unrefWhenIdle();
    this.pump(state);
  }

  private unrefWhenIdle(): void {
    if (this.inFlight.size === 0 && this.statsWaiters.size === 0) this.thread.idle();
  }

  /** Posts to the worker, starting one if `start` and none runs; throws while the worker keeps dying. */
  private post(message: ToWorker, start: boolean): void {
    this.thread.post(message, start, message.type === 'analyse' || message.type === 'stats');
  }

  private receive(reply: FromWorker): void {
    if ('stats' in reply) {
      const waiter = this.statsWaiters.get(reply.id);
      this.statsWaiters.delete(reply.id);
      this.unrefWhenIdle();
      waiter?.resolve(reply.stats);
      return;
    }
    const request = this.inFlight.get(reply.id);
    if (!request) return;
    this.inFlight.delete(reply.id);
    if ('cancelled' in reply) {
      this.settle(request, () => {
        if (request.requeue && this.live(request) && !request.state.queue.some(r => !r.options.window)) {
          // Paused for a first look: run again after it, with a fresh flag.
          request.requeue = false;
          request.cancel = newFlag();
          request.state.queue.push(request);
        } else {
          request.resolve(undefined);
        }
      });
    } else if ('error' in reply) {
      this.settle(request, () => {
        if (!this.live(request)) {
          this.options.onLog?.(`analysis of an outdated version failed: ${reply.error}`);
          request.resolve(undefined);
          return;
        }
        const error = new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        request.reject(error);
      });
    } else if ('analysis' in reply) {
      this.settle(request, () => {
        // A result that arrives after a newer version was asked for is dropped, never delivered.
        if (!this.live(request)) {
          request.resolve(undefined);
          return;
        }
        // A full analysis a first look had paused may have finished first: nothing to run again then.
        request.requeue = false;
        const started = performance.now();
        let analysis: Analysis;
        try {
          analysis = decodeAnalysis(reply.analysis, request.text);
        } catch (error) {
          request.reject(new Error(`the analysis worker's reply could not be read: ${(error as Error).message}`));
          return;
        }
        const now = performance.now();
        request.resolve(analysis);
        this.options.onTiming?.({
          key: request.key,
          version: request.version,
          chars: request.text.length,
          partial: analysis.partial !== undefined,
          workerMs: reply.ms,
          receiveMs: now - started,
          totalMs: now - request.askedAt,
        });
      });
    }
  }

  /** The worker died: its stats waiters fail, and each request it ran is retried once, dropped or failed. */
  private died({ reason, givingUp, count, windowSeconds }: WorkerDeath): void {
    for (const waiter of this.statsWaiters.values()) waiter.reject(new Error(`the analysis worker stopped (${reason})`));
    this.statsWaiters.clear();
    const stranded = [...this.inFlight.values()];
    this.inFlight.clear();
    const retried = givingUp ? [] : stranded.filter(r => this.live(r) && r.attempts < 2);
    this.options.onLog?.(
      `analysis worker stopped (${reason})${
        givingUp
          ? `, ${count} times within ${windowSeconds} s: not restarting it for now`
          : retried.length > 0
            ? `; retrying ${retried.length} request(s) in a new worker`
            : '; a new one starts with the next request'
      }`,
    );
    for (const request of stranded) {
      if (retried.includes(request)) {
        this.send(request);
      } else if (!this.live(request)) {
        this.settle(request, () => request.resolve(undefined));
      } else {
        const why = givingUp ? this.thread.pausedError().message : `the analysis worker stopped twice while analysing this text (last: ${reason})`;
        this.settle(request, () => request.reject(new Error(why)));
      }
    }
  }
}

function newFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}
