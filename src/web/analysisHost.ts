/**
 * Where the browser build analyses: in a Web Worker when the extension host can start one, otherwise in
 * time slices on the host's own thread. Feature detection, not a guess from the host's name: code-server's
 * and VS Code Server's web-worker extension hosts refuse workers for extensions they serve
 * (microsoft/vscode#168942), vscode.dev allows them, and a host may have no `Worker` at all. The choice
 * is made once, at the first request; both the editors' and the index's requests wait for it. No `vscode`.
 */
import type { AnalysisEngine, EngineLogs, IndexEngine } from '../extension/services/engines';
import type { WorkerLike } from './workerProtocol';

/** Where the analysis runs, and why there. */
export type AnalysisHost = { readonly kind: 'worker'; readonly worker: WorkerLike } | { readonly kind: 'slices'; readonly reason: string };

/** How long a started worker has to say it is ready before the host gives up on it. */
export const WORKER_READY_MS = 10_000;

/**
 * Starts the worker and waits for its first message. `makeWorker` is undefined when the host has no
 * `Worker`; it may throw or reject (the host refuses), or the worker may fail to load its script (an
 * `error` event) or stay silent: each falls back to slices, with the reason.
 */
export async function chooseAnalysisHost(makeWorker: (() => Promise<WorkerLike>) | undefined, readyMs = WORKER_READY_MS): Promise<AnalysisHost> {
  if (!makeWorker) return { kind: 'slices', reason: 'this extension host has no Worker' };
  let worker: WorkerLike;
  try {
    worker = await makeWorker();
  } catch (error) {
    return { kind: 'slices', reason: `the host refused a Web Worker: ${error instanceof Error ? error.message : String(error)}` };
  }
  const outcome = await new Promise<string | undefined>(resolve => {
    const timer = setTimeout(() => resolve(`the Web Worker did not answer within ${readyMs / 1000} s`), readyMs);
    const settle = (reason: string | undefined) => {
      clearTimeout(timer);
      resolve(reason);
    };
    worker.onmessage = ({ data }) => settle(data.type === 'ready' ? undefined : `the Web Worker sent ${data.type} first`);
    worker.onerror = event => settle(`the Web Worker failed to start: ${event.message ?? 'no reason given'}`);
  });
  worker.onmessage = null;
  worker.onerror = null;
  if (outcome === undefined) return { kind: 'worker', worker };
  worker.terminate();
  return { kind: 'slices', reason: outcome };
}

/** A pair of engines, made once the host is chosen. */
export interface Engines {
  analysis(logs: EngineLogs): AnalysisEngine;
  index(logs: EngineLogs): IndexEngine;
}

/**
 * The editors' and the index's engines before the choice is made: every call waits for `chosen`, then goes
 * to the engine it gave. `chosen` must not reject (a failed choice gives the sliced engines).
 */
export function deferredEngines(chosen: Promise<Engines>): Engines {
  const analysis = (logs: EngineLogs): AnalysisEngine => {
    const engine = chosen.then(e => e.analysis(logs));
    return {
      analyze: (key, version, text, options) => engine.then(e => e.analyze(key, version, text, options)),
      forget: key => void engine.then(e => e.forget(key)),
      clear: () => void engine.then(e => e.clear()),
      dispose: () => engine.then(e => e.dispose()),
    };
  };
  const index = (logs: EngineLogs): IndexEngine => {
    const engine = chosen.then(e => e.index(logs));
    return {
      facts: (text, ref) => engine.then(e => e.facts(text, ref)),
      stop: () => engine.then(e => e.stop()),
      dispose: () => engine.then(e => e.dispose()),
    };
  };
  return { analysis, index };
}
