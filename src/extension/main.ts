// The Node entry (package.json "main", dist/extension.js): the analysis and the workspace index run in
// worker threads, the bundles dist/analysisWorker.js and dist/indexWorker.js beside this one.
import * as path from 'path';
import type * as vscode from 'vscode';
import { AnalysisClient } from '../node/analysisClient';
import { IndexClient } from '../node/indexClient';
import { activateIn } from './activate';
import type { SeedReaderApi } from './api';
import type { Environment } from './services/engines';

export type { SeedReaderApi } from './api';

export function activate(context: vscode.ExtensionContext): SeedReaderApi {
  // The bundle's layout, for the product and the tests alike: the workers sit beside dist/extension.js.
  const dist = path.join(context.extensionPath, 'dist');
  const environment: Environment = {
    description: 'Node extension host, analysis in worker threads',
    analysisEngine: logs => new AnalysisClient(path.join(dist, 'analysisWorker.js'), logs),
    indexEngine: logs => new IndexClient(path.join(dist, 'indexWorker.js'), logs),
  };
  return activateIn(context, environment);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
