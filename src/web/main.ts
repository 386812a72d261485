// The browser entry (package.json "browser", dist/web/extension.js): what vscode.dev, github.dev and
// code-server's web-worker extension host run. No Node here: the model and the worker's script are read
// through workspace.fs from the extension's own URI. The analysis runs in a Web Worker
// (dist/web/analysisWorker.js, started from a blob of its script) when the host allows one, otherwise on
// the host's thread in short slices (slicedEngine.ts); the output says which, and why (analysisHost.ts).
import * as vscode from 'vscode';
import { NerTagger, type NerModelData } from '../core';
import { activateIn } from '../extension/activate';
import type { SeedReaderApi } from '../extension/api';
import type { AnalysisEngine, EngineLogs, Environment, IndexEngine } from '../extension/services/engines';
import { SeedSettings } from '../extension/services/settings';
import { chooseAnalysisHost, deferredEngines, type Engines } from './analysisHost';
import { SlicedEngine } from './slicedEngine';
import { WorkerEngine } from './workerEngine';
import type { WorkerLike } from './workerProtocol';

export function activate(context: vscode.ExtensionContext): SeedReaderApi {
  const modelUri = vscode.Uri.joinPath(context.extensionUri, 'models', 'ner-model.json');
  const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const sliced = new SlicedEngine(async () => NerTagger.fromModel(JSON.parse(await readText(modelUri)) as NerModelData));
  const slicedEngines: Engines = { analysis: logs => sliced.analysisEngine(logs), index: () => sliced.indexEngine() };
  let log: (line: string) => void = () => undefined;

  const choose = async (): Promise<Engines> => {
    const host = new SeedSettings().webAnalysisWorker
      ? await chooseAnalysisHost(workerMaker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js')))
      : ({ kind: 'slices', reason: 'the setting seedReader.web.analysisWorker is off' } as const);
    if (host.kind === 'slices') {
      log(`analysis in time slices on the extension host's thread (${host.reason})`);
      return slicedEngines;
    }
    let json: string;
    try {
      json = await readText(modelUri);
    } catch (error) {
      host.worker.terminate();
      log(`analysis in time slices on the extension host's thread (the model could not be read for the Web Worker: ${String(error)})`);
      return slicedEngines;
    }
    let failed = false;
    const engine = new WorkerEngine(host.worker, json, reason => {
      failed = true;
      log(`analysis moved to time slices on the extension host's thread (${reason})`);
    });
    log('analysis in a Web Worker');
    return {
      analysis: (logs: EngineLogs): AnalysisEngine => {
        const inWorker = engine.analysisEngine(logs);
        const inSlices = sliced.analysisEngine(logs);
        const current = () => (failed ? inSlices : inWorker);
        return {
          analyze: (key, version, text, options) => current().analyze(key, version, text, options),
          forget: key => current().forget(key),
          clear: () => current().clear(),
          dispose: async () => void (await Promise.all([inWorker.dispose(), inSlices.dispose()])),
        };
      },
      index: (): IndexEngine => {
        const inWorker = engine.indexEngine();
        const inSlices = sliced.indexEngine();
        return {
          facts: (text, ref) => (failed ? inSlices : inWorker).facts(text, ref),
          stop: () => (failed ? inSlices : inWorker).stop(),
          dispose: async () => void (await Promise.all([inWorker.dispose(), inSlices.dispose()])),
        };
      },
    };
  };
  // After activateIn has made the engines (and so given `log` its channel): the choice may log at once.
  const engines = deferredEngines(Promise.resolve().then(choose));
  const environment: Environment = {
    description: 'web extension host',
    analysisEngine: logs => {
      log = line => logs.onLog?.(line);
      return engines.analysis(logs);
    },
    indexEngine: logs => engines.index(logs),
  };
  return activateIn(context, environment);
}

/**
 * How to start the analysis worker, or undefined when this host has no `Worker`. The script is read through
 * the extension's URI and started from a blob: a web extension's own URL may be of another origin than the
 * host's, or a `vscode-remote:` one that the host cannot give a worker.
 */
function workerMaker(script: vscode.Uri): (() => Promise<WorkerLike>) | undefined {
  const Worker = (globalThis as { Worker?: new (url: string, options?: { name?: string }) => WorkerLike }).Worker;
  if (typeof Worker !== 'function') return undefined;
  return async () => {
    const url = URL.createObjectURL(new Blob([await vscode.workspace.fs.readFile(script)], { type: 'text/javascript' }));
    return new Worker(url, { name: 'Seed Reader analysis' });
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
