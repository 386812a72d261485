import * as vscode from 'vscode';
import type { ActiveSeed } from './activeSeed';

/** "N actors · M events" for the active seed; a click runs Go to Event. Hidden when no seed is active. */
export function registerStatusBar(context: vscode.ExtensionContext, active: ActiveSeed): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('seedReader.summary', vscode.StatusBarAlignment.Right, 100);
  context.subscriptions.push(item);
  item.name = 'Seed Reader';
  item.command = 'seedReader.goToEvent';
  item.tooltip = 'Seed Reader: Go to Event…';
  const update = () => {
    const analysis = active.analysis;
    const shown = analysis && vscode.window.activeTextEditor?.document === active.document;
    if (!analysis || !shown) {
      item.hide();
      return;
    }
    item.text = `${count(analysis.actors.length, 'actor')} · ${count(analysis.events.length, 'event')}`;
    item.show();
  };
  context.subscriptions.push(active.onDidChange(update));
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return item;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
