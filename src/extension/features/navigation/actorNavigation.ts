import * as vscode from 'vscode';
import { toRange } from '../../convert';
import { seedEditor } from './eventNavigation';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { actorPicks } from './actorPicks';

/** Go to Actor…: pick an actor, then one of its mentions (previewed as you move; Escape restores the view). */
export function registerActorNavigation({ extension: context, active, service }: FeatureContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.goToActor, async () => {
      const found = await seedEditor(active, service);
      if (!found) return;
      const { editor, analysis } = found;
      const actor = await vscode.window.showQuickPick(actorPicks(analysis), {
        title: vscode.l10n.t('Seed Reader: Go to Actor'),
        placeHolder: vscode.l10n.t('Actors in order of first mention'),
        matchOnDescription: true,
      });
      if (!actor) return;
      const document = editor.document;
      const original = { selections: editor.selections, visible: editor.visibleRanges[0] };
      const mentions = actor.actor.mentions.map(m => {
        const range = toRange(document, m);
        return { label: m.text, description: vscode.l10n.t('line {0}', range.start.line + 1), detail: document.lineAt(range.start.line).text.trim(), range };
      });
      const mention = await vscode.window.showQuickPick(mentions, {
        title: vscode.l10n.t('Seed Reader: Mentions of {0}', actor.actor.name),
        onDidSelectItem: item => editor.revealRange((item as (typeof mentions)[number]).range, vscode.TextEditorRevealType.InCenterIfOutsideViewport),
      });
      if (!mention) {
        editor.selections = original.selections;
        if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
        return;
      }
      editor.selection = new vscode.Selection(mention.range.start, mention.range.end);
      editor.revealRange(mention.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
