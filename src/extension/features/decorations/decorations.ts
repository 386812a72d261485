import * as vscode from 'vscode';
import type { Analysis } from '../../../core';
import type { Kind } from '../../analysisLookup';
import type { SeedSettings } from '../../services/settings';
import { toRange } from '../../convert';
import { isSeed } from '../../services/seedDocuments';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { KINDS, kindColors, type LegendEntry, legendEntries, spansByKind } from './legend';

/** What the highlighting shows, read-only: for tests and other extensions (the API returned by activate()). */
export interface DecorationState {
  /** False while Toggle Highlighting has turned all highlighting off. */
  readonly enabled: boolean;
  /** The ranges last set on the editors of `document`, per kind (empty when a kind is not shown); undefined if never painted. */
  painted(document: vscode.TextDocument): ReadonlyMap<Kind, readonly vscode.Range[]> | undefined;
  /** The entries Show Highlighting Legend lists for the active seed. */
  legend(): LegendEntry[];
}

/**
 * Tints mentions by kind (subtle background, underline), marks dates in the overview ruler, and dims
 * repeated title lines. One decoration type per kind, created once; editors update at once on switch
 * and whenever their seed's Analysis is republished (the service debounces typing).
 */
export function registerDecorations({ extension: context, service, settings, active }: FeatureContext): { decorations: DecorationState } {
  const types = new Map<Kind, vscode.TextEditorDecorationType>();
  for (const kind of KINDS) {
    const colors = kindColors(kind);
    const type = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(colors.background),
      borderColor: new vscode.ThemeColor(colors.underline),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      overviewRulerColor: kind === 'date' ? new vscode.ThemeColor('seedReader.dateOverviewRuler') : undefined,
      overviewRulerLane: kind === 'date' ? vscode.OverviewRulerLane.Center : undefined,
    });
    context.subscriptions.push(type);
    types.set(kind, type);
  }
  const repeatType = vscode.window.createTextEditorDecorationType({ opacity: '0.6', fontStyle: 'italic' });
  context.subscriptions.push(repeatType);

  let enabled = true;
  const painted = new WeakMap<vscode.TextDocument, Map<Kind, vscode.Range[]>>();
  const paint = (editor: vscode.TextEditor) => {
    if (!isSeed(editor.document)) return;
    const analysis = service.current(editor.document.uri);
    const spans = analysis && enabled ? spansByKind(analysis) : undefined;
    const ranges = new Map<Kind, vscode.Range[]>();
    for (const kind of KINDS) {
      const show = spans && settings.decorate(kind) ? (spans.get(kind) ?? []) : [];
      ranges.set(
        kind,
        show.map(s => toRange(editor.document, s)),
      );
      editor.setDecorations(types.get(kind)!, ranges.get(kind)!);
    }
    painted.set(editor.document, ranges);
    editor.setDecorations(repeatType, analysis ? analysis.structure.titleRepeats.map(s => toRange(editor.document, s)) : []);
  };
  const paintAll = () => vscode.window.visibleTextEditors.forEach(paint);

  context.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(paintAll));
  context.subscriptions.push(
    service.onDidChange(uri => vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === uri.toString()).forEach(paint)),
  );
  context.subscriptions.push(settings.onDidChange('decorate', paintAll));
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.toggleDecorations, () => {
      enabled = !enabled;
      paintAll();
      vscode.window.setStatusBarMessage(enabled ? vscode.l10n.t('Seed Reader: highlighting on') : vscode.l10n.t('Seed Reader: highlighting off'), 3000);
    }),
  );
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showLegend, () => showLegend(settings, active.analysis)));
  paintAll();
  return {
    decorations: {
      get enabled() {
        return enabled;
      },
      painted: document => painted.get(document),
      legend: () => legendEntries(kind => settings.decorate(kind), active.analysis),
    },
  };
}

/** A quick pick naming each kind, its colours and whether it is shown; picking a kind opens its setting. */
async function showLegend(settings: SeedSettings, analysis: Analysis | undefined): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    legendEntries(kind => settings.decorate(kind), analysis),
    { title: vscode.l10n.t('Seed Reader: Legend'), placeHolder: vscode.l10n.t('Pick a kind to change whether it is highlighted') },
  );
  if (picked) await vscode.commands.executeCommand('workbench.action.openSettings', `seedReader.decorate.${picked.entity}`);
}
