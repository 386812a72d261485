import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { SeedReaderApi } from './api';
import type { FeatureContext } from './features/featureContext';
import { FEATURES } from './features';
import { ActiveSeed } from './services/activeSeed';
import { AnalysisService } from './services/analysisService';
import { CorrectionsService } from './services/correctionsService';
import type { Environment } from './services/engines';
import { SeedSettings } from './services/settings';
import { WorkspaceIndexService } from './services/workspaceIndexService';

export type { SeedReaderApi } from './api';

/** What the features return, merged: the compiler checks below that with analysisFor it makes the whole API. */
type FeatureParts = UnionToIntersection<Exclude<ReturnType<(typeof FEATURES)[number]>, void>>;
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/**
 * Wires the services and runs the features, for both builds (main.ts on Node, src/web/main.ts in a
 * browser): only `environment` differs. It holds no logic of its own. Nothing here loads the model: the first analysis does.
 */
export function activateIn(context: vscode.ExtensionContext, environment: Environment): SeedReaderApi {
  // The pure modules translate through @vscode/l10n: they read the bundle VS Code loaded for the display
  // language, as vscode.l10n.t does (none for English, whose words are the messages themselves).
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const output = vscode.window.createOutputChannel('Seed Reader');
  context.subscriptions.push(output);
  try {
    const settings = new SeedSettings();
    const corrections = new CorrectionsService(output);
    context.subscriptions.push(corrections);
    const service = new AnalysisService(settings, output, environment, corrections);
    context.subscriptions.push(service);
    const active = new ActiveSeed(service);
    context.subscriptions.push(active);
    const workspace = new WorkspaceIndexService(context, settings, output, environment, corrections);
    context.subscriptions.push(workspace);
    const features: FeatureContext = { extension: context, output, settings, service, active, workspace, corrections };
    const parts = FEATURES.map(feature => feature(features));

    // The first analysis (and the model load) happens after activate() returns, once the corrections are read
    // (a read never fails: a missing or bad file is no corrections); the workspace's seeds are indexed after
    // that, by their own engine.
    const started = corrections.load();
    setTimeout(() => void started.then(() => service.start()), 0);
    setTimeout(() => void started.then(() => workspace.start()), 0);
    output.appendLine(`Seed Reader activated (${environment.description}).`);
    const exposed: FeatureParts = Object.assign({}, ...parts);
    const api: SeedReaderApi = { ...exposed, analysisFor: uri => service.current(uri), workspace, corrections };
    return api;
  } catch (error) {
    output.appendLine(`activation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader could not start; see the "Seed Reader" output.'));
    throw error;
  }
}
