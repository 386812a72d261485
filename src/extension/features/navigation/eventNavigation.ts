import * as vscode from 'vscode';
import type { ActiveSeed } from '../../services/activeSeed';
import { eventIndexAt } from '../../analysisLookup';
import type { AnalysisService } from '../../services/analysisService';
import { toOffset, toRange } from '../../convert';
import { editorOf, isSeed } from '../../services/seedDocuments';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { eventPicks, stepEvent } from './eventOrder';

/** The editor of the active seed and its Analysis, or a message saying why there is none. */
export async function seedEditor(active: ActiveSeed, service: AnalysisService) {
  const document = active.document;
  const editor = document && (editorOf(document) ?? (await vscode.window.showTextDocument(document)));
  const analysis = editor && isSeed(editor.document) ? await service.analysisOf(editor.document) : undefined;
  if (!editor || !analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: open a seed first.'));
    return undefined;
  }
  return { editor, analysis };
}

/** Puts the cursor at `range`'s start and shows it. */
function moveTo(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Go to Event… (a quick pick in timeline order that previews as you move and restores the view on
 * Escape) and Next / Previous Event, which step through the timeline from the event at the cursor and
 * wrap at the ends.
 */
export function registerEventNavigation({ extension: context, active, service }: FeatureContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.goToEvent, async () => {
      const found = await seedEditor(active, service);
      if (!found) return;
      const { editor, analysis } = found;
      if (analysis.events.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: this seed has no dated events.'));
        return;
      }
      const original = { selections: editor.selections, visible: editor.visibleRanges[0] };
      const items = eventPicks(analysis).map(pick => ({ ...pick, range: toRange(editor.document, pick.event) }));
      const pick = vscode.window.createQuickPick<(typeof items)[number]>();
      pick.title = vscode.l10n.t('Seed Reader: Go to Event');
      pick.placeholder = vscode.l10n.t('Events in timeline order');
      pick.matchOnDescription = true;
      pick.items = items;
      const current = eventIndexAt(analysis, toOffset(editor.document, editor.selection.active));
      if (current >= 0) pick.activeItems = [items[current]];
      let accepted = false;
      const listeners = [
        pick.onDidChangeActive(([item]) => item && editor.revealRange(item.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport)),
        pick.onDidAccept(() => {
          const [item] = pick.selectedItems;
          if (!item) return;
          accepted = true;
          moveTo(editor, item.range);
          pick.hide();
        }),
        pick.onDidHide(() => {
          if (!accepted) {
            editor.selections = original.selections;
            if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
          }
          listeners.forEach(l => l.dispose());
          pick.dispose();
        }),
      ];
      pick.show();
    }),
  );

  const step = (direction: 1 | -1) => async () => {
    const found = await seedEditor(active, service);
    if (!found) return;
    const { editor, analysis } = found;
    const n = analysis.events.length;
    if (n === 0) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: this seed has no dated events.'), 3000);
      return;
    }
    const current = eventIndexAt(analysis, toOffset(editor.document, editor.selection.active));
    const next = stepEvent(current, n, direction);
    if (next.wrapped) {
      vscode.window.setStatusBarMessage(next.wrapped === 'first' ? vscode.l10n.t('Wrapped to first event') : vscode.l10n.t('Wrapped to last event'), 3000);
    }
    moveTo(editor, toRange(editor.document, analysis.events[next.index]));
  };
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.nextEvent, step(1)));
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.previousEvent, step(-1)));
}
