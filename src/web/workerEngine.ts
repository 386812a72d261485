/**
 * The host's side of the analysis Web Worker: the editors' and the index's engines as messages to it
 * (`workerProtocol.ts`). The worker keeps the queue, the newest-version rule and the cache; this side
 * only matches answers to requests. If the worker fails after it started, every waiting request is
 * rejected with the reason and `onFailure` hears it (the entry then falls back to time slices). No `vscode`.
 */
import type { Analysis } from '../core';
import type { AnalysisEngine, AnalyzeRequest, EngineLogs, IndexEngine, TextFacts } from '../extension/services/engines';
import type { FromWorker, WorkerLike } from './workerProtocol';

interface Waiting {
  resolve(value: Analysis | TextFacts | undefined): void;
  reject(error: Error): void;
}

export class WorkerEngine {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private failure: Error | undefined;
  private logs: EngineLogs = {};

  /** `worker` has said it is ready; `modelJson` is the model's text, which the worker parses on its own thread. */
  constructor(
    private readonly worker: WorkerLike,
    modelJson: string,
    private readonly onFailure: (reason: string) => void = () => undefined,
  ) {
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = event => this.fail(`the Web Worker failed: ${event.message ?? 'no reason given'}`);
    worker.postMessage({ type: 'model', json: modelJson });
  }

  analysisEngine(logs: EngineLogs = {}): AnalysisEngine {
    this.logs = logs;
    return {
      analyze: (key, version, text, request?: AnalyzeRequest) =>
        this.ask<Analysis | undefined>(id => ({ type: 'analyze', id, key, version, text, request: request ?? {} })),
      forget: key => {
        if (!this.failure) this.worker.postMessage({ type: 'forget', key });
      },
      clear: () => {
        if (!this.failure) this.worker.postMessage({ type: 'clear' });
      },
      dispose: () => this.dispose(),
    };
  }

  indexEngine(): IndexEngine {
    return {
      facts: (text, ref) => this.ask<TextFacts>(id => ({ type: 'facts', id, text, ...(ref === undefined ? {} : { ref }) })),
      stop: () => Promise.resolve(),
      dispose: () => this.dispose(),
    };
  }

  dispose(): Promise<void> {
    this.fail('the analysis engine is disposed', false);
    return Promise.resolve();
  }

  private ask<T extends Analysis | TextFacts | undefined>(message: (id: number) => Parameters<WorkerLike['postMessage']>[0]): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: value => resolve(value as T), reject });
      this.worker.postMessage(message(id));
    });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'log') return this.logs.onLog?.(message.line);
    if (message.type === 'timing') return this.logs.onTiming?.(message.timing);
    if (message.type !== 'done' && message.type !== 'failed') return;
    const waiting = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    if (message.type === 'done') waiting?.resolve(message.value === undefined ? undefined : deepFreeze(message.value));
    else waiting?.reject(new Error(message.message));
  }

  private fail(reason: string, report = true): void {
    if (this.failure) return;
    this.failure = new Error(reason);
    this.worker.terminate();
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
    if (report) this.onFailure(reason);
  }
}

/** Freezes what crossed from the worker, as the core freezes what it returns: no reader changes what others read. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const field of Object.values(value)) deepFreeze(field);
  }
  return value;
}
