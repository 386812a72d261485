/**
 * The messages between the browser build's extension host and its analysis Web Worker
 * (`analysisWorker.ts`), plain data that structured clone carries. Every request has an id; the worker
 * answers each once, `done` or `failed`.
 */
import type { Analysis } from '../core';
import type { AnalysisTiming, AnalyzeRequest, TextFacts } from '../extension/services/engines';

export type ToWorker =
  /** The model's JSON text, read by the host through `workspace.fs`: the first message. */
  | { readonly type: 'model'; readonly json: string }
  | { readonly type: 'analyze'; readonly id: number; readonly key: string; readonly version: number; readonly text: string; readonly request: AnalyzeRequest }
  | { readonly type: 'facts'; readonly id: number; readonly text: string; readonly ref?: string }
  | { readonly type: 'forget'; readonly key: string }
  | { readonly type: 'clear' };

export type FromWorker =
  /** The worker's script ran: the host may use it. */
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly value: Analysis | TextFacts | undefined }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'log'; readonly line: string }
  | { readonly type: 'timing'; readonly timing: AnalysisTiming };

/** What the host needs of a Web Worker (the DOM's `Worker`, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}
