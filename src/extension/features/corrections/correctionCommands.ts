import * as vscode from 'vscode';
import type { EntityType, MentionType, NewCorrection } from '../../../core';
import { COMMANDS } from '../../commands';
import type { CorrectionsService } from '../../services/correctionsService';
import { workspaceLookup } from '../../workspaceLookup';
import type { FeatureContext } from '../featureContext';
import * as drafts from './correctionDrafts';
import { selectionOf, type Subject, subjectOf } from './correctionSubject';

/** The Mark as… commands and the kind each marks. */
export const MARK_COMMANDS: readonly (readonly [string, MentionType])[] = [
  [COMMANDS.markAsPerson, 'PERSON'],
  [COMMANDS.markAsOrganisation, 'ORG'],
  [COMMANDS.markAsPlace, 'PLACE'],
  [COMMANDS.markAsOther, 'MISC'],
  [COMMANDS.markAsDate, 'DATE'],
];

/**
 * The correction commands. Each takes its subject as its first argument (a card's or a Quick Fix's place,
 * a view's node, or none for the active editor's cursor) and, for tests and links, what it would otherwise
 * ask (the kind, the new name, the scope, the actor to merge into). Each resolves true when a correction was saved.
 */
export function registerCorrectionCommands({ extension: context, output, service, active, workspace, corrections }: FeatureContext): void {
  const save = async (correction: NewCorrection | undefined): Promise<boolean> => {
    if (!correction) return false;
    const saved = await corrections.add(correction);
    if (saved) vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: corrected: {0}', drafts.describeCorrection(correction)), 4000);
    return saved;
  };
  const subject = async (arg: unknown): Promise<Subject | undefined> => {
    const found = await subjectOf(arg, service, active);
    if (!found) void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: put the cursor on a highlighted name or date first.'));
    return found;
  };
  const names = (s: Subject) => (s.type === 'DATE' ? undefined : s);
  const register = (id: string, run: (...args: unknown[]) => Promise<boolean>) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) =>
        run(...args).catch((error: unknown) => {
          output.appendLine(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          return false;
        }),
      ),
    );

  register(COMMANDS.relabelActor, async (arg, given) => {
    const s = names((await subject(arg)) ?? { name: '', type: 'DATE' });
    if (!s) return false;
    const type = drafts.ENTITY_TYPES.includes(given as EntityType) ? (given as EntityType) : await pickType(s);
    return type !== undefined && type !== s.type && save(drafts.relabel(s.name, type));
  });
  register(COMMANDS.renameActor, async (arg, given) => {
    const s = names((await subject(arg)) ?? { name: '', type: 'DATE' });
    if (!s) return false;
    const to =
      typeof given === 'string'
        ? given
        : await vscode.window.showInputBox({ title: vscode.l10n.t('Rename “{0}”', s.name), value: s.name, prompt: vscode.l10n.t('The name it is known by') });
    return to !== undefined && save(drafts.rename(s.name, to));
  });
  register(COMMANDS.dismissMention, async (arg, given) => {
    const s = await subject(arg);
    if (!s) return false;
    const scope = drafts.DISMISS_SCOPES.includes(given as drafts.DismissScope) ? (given as drafts.DismissScope) : await pickScope(s);
    if (!scope) return false;
    const seed = s.document && corrections.seedPath(s.document.uri);
    if (s.span && s.document) return save(outsideFolder(drafts.dismiss(scope, s.document.getText(), s.span, seed)));
    if (scope === 'mention') return false;
    return save(drafts.dismissName(s.name, scope === 'seed' ? seed : undefined));
  });
  register(COMMANDS.mergeActor, async (arg, given) => {
    const s = names((await subject(arg)) ?? { name: '', type: 'DATE' });
    if (!s) return false;
    const into = typeof given === 'string' ? given : await pickMergeTarget(s, () => workspaceLookup(workspace.current).actors);
    return into !== undefined && save(drafts.merge(s.name, into));
  });
  register(COMMANDS.splitMention, async arg => {
    const s = names((await subject(arg)) ?? { name: '', type: 'DATE' });
    if (!s?.span || !s.document) return false;
    return save(outsideFolder(drafts.split(s.document.getText(), s.span, corrections.seedPath(s.document.uri))));
  });
  for (const [id, type] of MARK_COMMANDS) {
    register(id, async arg => {
      const at = selectionOf(arg);
      if (!at) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: select the words to mark in a seed first.'));
        return false;
      }
      return save(outsideFolder(drafts.mark(type, at.document.getText(), at.span, corrections.seedPath(at.document.uri))));
    });
  }
  register(COMMANDS.undoCorrection, () => undo(corrections));
  register(COMMANDS.deleteCorrection, async arg => {
    const id = typeof arg === 'object' && arg !== null && typeof (arg as { id?: unknown }).id === 'string' ? (arg as { id: string }).id : undefined;
    return id !== undefined && corrections.remove(id);
  });
}

async function undo(corrections: CorrectionsService): Promise<boolean> {
  const last = corrections.all.at(-1);
  if (!last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: there is no correction to undo.'));
    return false;
  }
  const removed = await corrections.remove();
  if (removed) vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: undone: {0}', drafts.describeCorrection(last)), 4000);
  return removed;
}

/** A correction tied to a seed needs the seed in the workspace folder; says so when it is not. */
function outsideFolder(correction: NewCorrection | undefined): NewCorrection | undefined {
  if (!correction) void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: only a seed inside the workspace folder can be corrected here.'));
  return correction;
}

async function pickType(s: Subject): Promise<EntityType | undefined> {
  const picks = drafts.ENTITY_TYPES.filter(t => t !== s.type).map(type => ({ label: drafts.typeLabel(type), type }));
  const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Relabel “{0}” as…', s.name) });
  return picked?.type;
}

async function pickScope(s: Subject): Promise<drafts.DismissScope | undefined> {
  const all = [
    { label: vscode.l10n.t('This mention'), scope: 'mention' as const },
    { label: vscode.l10n.t('Everywhere in this seed'), scope: 'seed' as const },
    { label: vscode.l10n.t('In every seed'), scope: 'everywhere' as const },
  ];
  const picks = all.filter(p => (p.scope === 'mention' ? s.span !== undefined : p.scope === 'seed' ? s.document !== undefined : true));
  const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('“{0}” is not a name: where?', s.name) });
  return picked?.scope;
}

async function pickMergeTarget(s: Subject, workspaceActors: () => readonly { name: string; type: EntityType }[]): Promise<string | undefined> {
  const targets = s.analysis ? drafts.mergeTargets(s.analysis, s.name) : workspaceActors().filter(a => a.name !== s.name);
  const picks = targets.map(t => ({ label: t.name, description: drafts.typeLabel(t.type) }));
  const picked = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Merge “{0}” into…', s.name),
    placeHolder: vscode.l10n.t('The actor it is another name of'),
    matchOnDescription: true,
  });
  return picked?.label;
}
