import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';

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
 * One item for the active seed: "N actors · M events" (a click runs Go to Event); or, in one line, why it
 * is not analysed: a text it will not read (empty, binary, not UTF-8), or a size above the limit (a click
 * agrees to analyse it). Hidden when no seed is active, and while the first analysis runs.
 */
export function registerStatusBar({ extension: context, active, service, output }: FeatureContext): { statusBar: StatusSummary } {
  const item = vscode.window.createStatusBarItem('seedReader.summary', vscode.StatusBarAlignment.Right, 100);
  context.subscriptions.push(item);
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)));
  item.name = 'Seed Reader';
  let shown = false;
  let command: string = COMMANDS.goToEvent;
  const show = (text: string, tooltip: string, id: string, args: unknown[] = []) => {
    item.text = text;
    item.tooltip = tooltip;
    item.command = { command: id, title: tooltip, arguments: args };
    command = id;
    shown = true;
    item.show();
  };
  const update = () => {
    const document = active.document;
    const analysis = active.analysis;
    const held = document && service.heldBack(document.uri);
    if (!document || vscode.window.activeTextEditor?.document !== document || (!analysis && !held)) {
      shown = false;
      item.hide();
    } else if (held) {
      show(`Seed Reader: not analysed — ${held}`,
        'Seed Reader: this seed is above seedReader.maxFileSizeMB. Click to analyse it anyway.', COMMANDS.analyseAnyway, [document.uri]);
    } else if (analysis?.problem) {
      // The reason without its detail in brackets; the tooltip has it all.
      show(`Seed Reader: not analysed — ${analysis.problem.replace(/\s*\(.*\)$/, '')}`,
        `Seed Reader did not analyse this file: ${analysis.problem}. Click to show the "Seed Reader" output.`, COMMANDS.showOutput);
    } else if (analysis) {
      show(`${count(analysis.actors.length, 'actor')} · ${count(analysis.events.length, 'event')}`, 'Seed Reader: Go to Event…', COMMANDS.goToEvent);
    }
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
        return shown ? item.tooltip as string : undefined;
      },
      get command() {
        return command;
      },
    },
  };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
