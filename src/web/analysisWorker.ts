/**
 * The browser build's analysis Web Worker (dist/web/analysisWorker.js), started by the extension host when
 * it allows one (see `analysisHost.ts`). It runs the same engine as the host's fallback (`SlicedEngine`):
 * the editors' analyses first, the newest version only, the index's texts after them; its slices only let
 * a newer request in, since nothing here waits for this thread. No `vscode` and no Node module here.
 */
import { NerTagger, type Analysis, type NerModelData } from '../core';
import type { TextFacts } from '../extension/services/engines';
import { SlicedEngine } from './slicedEngine';
import type { FromWorker, ToWorker } from './workerProtocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { readonly data: ToWorker }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);
let modelJson: (json: string) => void = () => undefined;
const model = new Promise<string>(resolve => (modelJson = resolve));
const engine = new SlicedEngine(async () => NerTagger.fromModel(JSON.parse(await model) as NerModelData), { budgetMs: 50 });
const editors = engine.analysisEngine({
  onLog: line => post({ type: 'log', line: `Web Worker: ${line}` }),
  onTiming: timing => post({ type: 'timing', timing }),
});
const index = engine.indexEngine();

const answer = (id: number, work: Promise<Analysis | TextFacts | undefined>) =>
  work.then(
    value => post({ type: 'done', id, value }),
    (error: unknown) => post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
  );

scope.onmessage = ({ data }) => {
  switch (data.type) {
    case 'model':
      return modelJson(data.json);
    case 'analyze':
      return void answer(data.id, editors.analyze(data.key, data.version, data.text, data.request));
    case 'facts':
      return void answer(data.id, index.facts(data.text, data.ref));
    case 'forget':
      return editors.forget(data.key);
    case 'clear':
      return editors.clear();
  }
};
post({ type: 'ready' });
