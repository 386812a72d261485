import * as vscode from 'vscode';
import { actorAt, dateAt, mentionAt } from '../../analysisLookup';
import { COMMANDS } from '../../commands';
import { toOffset } from '../../convert';
import type { AnalysisService } from '../../services/analysisService';
import { ENTITY_TYPES, MARK_TYPES, typeLabel } from './correctionDrafts';
import { MARK_COMMANDS } from './correctionCommands';
import type { PlaceArg } from './correctionSubject';

/**
 * Quick Fixes on a seed: on a name, relabel it as each other kind, rename, merge, split it off, or dismiss
 * it; on a date, dismiss it; on a selection that is not exactly a mention, mark it as a Person,
 * Organisation, Place, Other or Date. Each runs the command the cards and menus run.
 */
export class CorrectionQuickFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: AnalysisService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    _context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const analysis = await this.service.analysisOf(document);
    if (!analysis || token.isCancellationRequested) return [];
    const uri = document.uri.toString();
    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[]) => {
      const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      fix.command = { title, command, arguments: args };
      actions.push(fix);
    };
    const mention = mentionAt(analysis, start);
    const actor = actorAt(analysis, start);
    const at: PlaceArg = { uri, offset: start };
    if (!range.isEmpty && !(mention && mention.start === start && mention.end === end)) {
      const words = document.getText(range).trim();
      MARK_COMMANDS.forEach(([command, type]) => {
        if (MARK_TYPES.includes(type)) action(vscode.l10n.t('Seed Reader: mark “{0}” as {1}', words, typeLabel(type)), command, [{ uri, start, end }]);
      });
      return actions;
    }
    if (mention && actor) {
      for (const type of ENTITY_TYPES.filter(t => t !== actor.type)) {
        action(vscode.l10n.t('Seed Reader: relabel “{0}” as {1}', actor.name, typeLabel(type)), COMMANDS.relabelActor, [at, type]);
      }
      action(vscode.l10n.t('Seed Reader: rename “{0}”…', actor.name), COMMANDS.renameActor, [at]);
      action(vscode.l10n.t('Seed Reader: merge “{0}” into…', actor.name), COMMANDS.mergeActor, [at]);
      if (actor.mentions.length > 1) action(vscode.l10n.t('Seed Reader: this “{0}” is another actor', mention.text), COMMANDS.splitMention, [at]);
      action(vscode.l10n.t('Seed Reader: “{0}” is not a name here', mention.text), COMMANDS.dismissMention, [at, 'mention']);
      action(vscode.l10n.t('Seed Reader: “{0}” is not a name in this seed', mention.text), COMMANDS.dismissMention, [at, 'seed']);
      return actions;
    }
    const date = dateAt(analysis, start);
    if (date) action(vscode.l10n.t('Seed Reader: “{0}” is not a date here', date.text), COMMANDS.dismissMention, [at, 'mention']);
    return actions;
  }
}
