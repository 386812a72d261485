import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { statusView } from './statusText';

/** What the status bar item shows, read-only: for tests and other extensions (the API returned by activate()). */
export interface StatusSummary {
  /** "N actors · M events", or why the active seed is not analysed, while the item is shown; undefined while it is hidden. */
  readonly text: string | undefined;
  /** The item's tooltip while it is shown. */
  readonly tooltip: string | undefined;
  /**
   * The command a click runs: Go to Event for an analysed seed, Analyse This Large File for one above the
   * size limit, and showing the "Seed Reader" output for one that cannot be read.
   */
  readonly command: string;
}

/**
 * One item for the active seed, saying what statusView says. Hidden when no seed is active, and while the
 * first analysis runs.
 */
export function registerStatusBar({ extension: context, active, service, output }: FeatureContext): { statusBar: StatusSummary } {
  const item = vscode.window.createStatusBarItem('seedReader.summary', vscode.StatusBarAlignment.Right, 100);
  context.subscriptions.push(item);
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)));
  item.name = vscode.l10n.t('Seed Reader');
  let shown = false;
  let command: string = COMMANDS.goToEvent;
  const update = () => {
    const document = active.document;
    const view = document && vscode.window.activeTextEditor?.document === document ? statusView(active.analysis, service.heldBack(document.uri)) : undefined;
    if (!document || !view) {
      shown = false;
      item.hide();
      return;
    }
    item.text = view.text;
    item.tooltip = view.tooltip;
    // Analysing a large file needs to know which; the other commands take no arguments.
    item.command = { command: view.command, title: view.tooltip, arguments: view.command === COMMANDS.analyseAnyway ? [document.uri] : [] };
    command = view.command;
    shown = true;
    item.show();
  };
  context.subscriptions.push(active.onDidChange(update));
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return {
    statusBar: {
      get text() {
        return shown ? item.text : undefined;
      },
      get tooltip() {
        return shown ? (item.tooltip as string) : undefined;
      },
      get command() {
        return command;
      },
    },
  };
}
