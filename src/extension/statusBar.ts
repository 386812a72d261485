import * as vscode from 'vscode';
import type { ActiveSeed } from './activeSeed';

/** What the status bar item shows, read-only: for tests and other extensions (the API returned by activate()). */
export interface StatusSummary {
  /** "N actors · M events" while the item is shown, undefined while it is hidden. */
  readonly text: string | undefined;
  /** The command a click runs. */
  readonly command: string;
}

/** "N actors · M events" for the active seed; a click runs Go to Event. Hidden when no seed is active. */
export function registerStatusBar(context: vscode.ExtensionContext, active: ActiveSeed): StatusSummary {
  const item = vscode.window.createStatusBarItem('seedReader.summary', vscode.StatusBarAlignment.Right, 100);
  context.subscriptions.push(item);
  item.name = 'Seed Reader';
  const command = 'seedReader.goToEvent';
  item.command = command;
  item.tooltip = 'Seed Reader: Go to Event…';
  let shown = false;
  const update = () => {
    const analysis = active.analysis;
    const visible = analysis && vscode.window.activeTextEditor?.document === active.document;
    if (!analysis || !visible) {
      shown = false;
      item.hide();
      return;
    }
    item.text = `${count(analysis.actors.length, 'actor')} · ${count(analysis.events.length, 'event')}`;
    shown = true;
    item.show();
  };
  context.subscriptions.push(active.onDidChange(update));
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return {
    get text() {
      return shown ? item.text : undefined;
    },
    command,
  };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
