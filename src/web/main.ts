// The browser entry (package.json "browser", dist/web/extension.js): what vscode.dev, github.dev and
// code-server's web-worker extension host run. No Node here: the model is read through workspace.fs from
// the extension's own URI, and the analysis runs on the host's thread in short slices (slicedEngine.ts).
import * as vscode from 'vscode';
import { NerTagger, type NerModelData } from '../core';
import { activateIn } from '../extension/activate';
import type { SeedReaderApi } from '../extension/api';
import type { Environment } from '../extension/services/engines';
import { SlicedEngine } from './slicedEngine';

export function activate(context: vscode.ExtensionContext): SeedReaderApi {
  const model = vscode.Uri.joinPath(context.extensionUri, 'models', 'ner-model.json');
  const engine = new SlicedEngine(async () => {
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(model))) as NerModelData;
    return NerTagger.fromModel(data);
  });
  const environment: Environment = {
    description: 'web extension host, analysis in time slices on its thread',
    analysisEngine: logs => engine.analysisEngine(logs),
    indexEngine: () => engine.indexEngine(),
  };
  return activateIn(context, environment);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
