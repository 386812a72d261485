/**
 * The analysis worker: the worker_threads entry, run only as the bundle dist/analysisWorker.js. It is
 * the Node adapter around the pure core and owns, for its lifetime, the tagger and one AnalysisCache, so successive versions of a text redo only what changed.
 * Requests run one at a time in arrival order; each polls its shared cancel flag between steps, so one
 * the client has superseded stops part-way.
 */
import * as path from 'path';
import { parentPort } from 'worker_threads';
import type * as Core from '../core';
import type { AnalysisCache, MentionTagger } from '../core';
import type { AnalyseMessage, FromWorker, ToWorker, WorkerStats } from './analysisMessages';
import { encodeAnalysis } from './analysisWire';

interface Engine {
  readonly analyzeSeed: typeof Core.analyzeSeed;
  readonly isCancellation: (error: unknown) => boolean;
  readonly tagger: MentionTagger;
  readonly cache: AnalysisCache;
}

let engine: Engine | undefined;
const counts = { analysed: 0, cancelledBeforeStart: 0, cancelledMidway: 0, failed: 0 };

/**
 * Loads the core (compromise, chrono) and the model on the first request, not when the thread starts.
 * Plain require() keeps the load synchronous, so requests stay strictly in order; esbuild turns each
 * into a lazy initialiser.
 */
function load(): Engine {
  if (engine) return engine;
  const { analyzeSeed, AnalysisCache, AnalysisCancelled } = require('../core') as typeof Core;
  const { loadTagger } = require('./loadModel') as typeof import('./loadModel');
  // The worker runs as dist/analysisWorker.js, and the model sits in models/ beside dist/.
  const tagger = loadTagger(path.join(__dirname, '..', 'models', 'ner-model.json'));
  engine = { analyzeSeed, isCancellation: e => e instanceof AnalysisCancelled, tagger, cache: new AnalysisCache() };
  return engine;
}

function analyse(message: AnalyseMessage): FromWorker {
  const { id, text, cancel } = message;
  const isCancelled = () => Atomics.load(cancel, 0) !== 0;
  // Superseded while it waited behind other requests: no work at all.
  if (isCancelled()) {
    counts.cancelledBeforeStart++;
    return { id, cancelled: true };
  }
  let core: Engine | undefined;
  try {
    core = load();
    const started = performance.now();
    const analysis = core.analyzeSeed(text, { tagger: core.tagger, ref: message.ref, window: message.window, steps: core.cache.steps, isCancelled });
    const ms = Math.round(performance.now() - started);
    counts.analysed++;
    return { id, analysis: encodeAnalysis(analysis, text), ms };
  } catch (error) {
    if (core?.isCancellation(error)) {
      counts.cancelledMidway++;
      return { id, cancelled: true };
    }
    counts.failed++;
    const e = error instanceof Error ? error : new Error(String(error));
    return { id, error: e.message.split('\n')[0], stack: e.stack };
  }
}

function stats(): WorkerStats {
  const none = { hits: 0, misses: 0, size: 0 };
  const cache = engine?.cache.stats();
  return { loaded: engine !== undefined, ...counts, dates: cache?.dates ?? none, blocks: cache?.blocks ?? none, sentences: cache?.sentences ?? none };
}

const port = parentPort;
if (!port) throw new Error('analysisWorker.js runs as a worker thread (new Worker(file)), not as a script');
port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'analyse':
      port.postMessage(analyse(message));
      break;
    case 'stats':
      port.postMessage({ id: message.id, stats: stats() } satisfies FromWorker);
      break;
    case 'clear':
      engine?.cache.clear();
      break;
  }
});
