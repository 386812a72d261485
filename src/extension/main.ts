import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { ActiveSeed } from './services/activeSeed';
import { registerActorNavigation } from './features/navigation/actorNavigation';
import { registerActorProviders } from './features/navigation/actorProviders';
import { AnalysisService } from './services/analysisService';
import { SeedSettings } from './services/settings';
import { type DecorationState, registerDecorations } from './features/decorations/decorations';
import { registerEventNavigation } from './features/navigation/eventNavigation';
import { registerHover } from './features/hover/hover';
import { registerRevealCommand } from './features/reveal/revealCommand';
import { registerSeedLanguage } from './features/seedLanguage/seedLanguage';
import { registerStatusBar, type StatusSummary } from './features/statusBar/statusBar';
import { registerSymbols } from './features/symbols/symbols';
import { registerViews, type SeedViews } from './features/views/views';

/** What activate() returns: the views' providers and the published analyses, for tests and other extensions. */
export interface SeedReaderApi extends SeedViews {
  /** The Analysis of an open seed at its current version, once computed. */
  analysisFor(uri: vscode.Uri | string): Analysis | undefined;
  /** What the highlighting shows: on or off, the ranges painted per kind, the legend. */
  readonly decorations: DecorationState;
  /** What the status bar summary shows, and the command a click on it runs. */
  readonly statusBar: StatusSummary;
  /** Test only: makes the analysis worker die as a crash would; the next analysis starts a new one. */
  restartWorkerForTests(): void;
}

/** Wires the features; it holds no logic of its own. Nothing here loads the model: the first analysis does. */
export function activate(context: vscode.ExtensionContext): SeedReaderApi {
  const output = vscode.window.createOutputChannel('Seed Reader');
  context.subscriptions.push(output);
  try {
    const settings = new SeedSettings();
    const service = new AnalysisService(settings, output);
    context.subscriptions.push(service);
    const active = new ActiveSeed(service);
    context.subscriptions.push(active);

    registerSeedLanguage(context, settings);
    registerRevealCommand(context);
    const decorations = registerDecorations(context, service, settings, active);
    registerHover(context, service, settings);
    registerSymbols(context, service);
    registerActorProviders(context, service);
    registerEventNavigation(context, active, service);
    registerActorNavigation(context, active, service);
    const statusBar = registerStatusBar(context, active, service, output);
    const views = registerViews(context, active, settings);

    // The first analysis (and the model load) happens after activate() returns.
    setTimeout(() => service.start(), 0);
    output.appendLine('Seed Reader activated.');
    return { ...views, analysisFor: uri => service.current(uri), decorations, statusBar, restartWorkerForTests: () => service.restartWorkerForTests() };
  } catch (error) {
    output.appendLine(`activation failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Seed Reader could not start; see the "Seed Reader" output.');
    throw error;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
