import * as vscode from 'vscode';
import { hashOf } from '../../../core';
import { COMMANDS } from '../../commands';
import { toRange } from '../../convert';
import { revealInEditor } from '../../services/seedDocuments';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { actorSeeds, workspaceLookup } from '../../workspaceLookup';
import type { FeatureContext } from '../featureContext';
import { actorSeedPicks } from './workspaceRows';
import { registerWorkspaceProviders } from './workspaceProviders';
import { WorkspaceTree } from './workspaceTree';

/**
 * References and symbols across seeds (workspaceProviders.ts), the Workspace view, and the workspace index's commands: seedReader.rebuildWorkspaceIndex analyses every seed again;
 * seedReader.openSeedAt(uri, start, end) opens an indexed seed at a span (card links, pickers, views);
 * seedReader.listActorSeeds(actorId) picks one of the seeds a workspace actor is in.
 */
export function registerWorkspace(features: FeatureContext): { readonly workspaceTree: WorkspaceTree } {
  const { extension: context, workspace } = features;
  const lines = registerWorkspaceProviders(features);
  const workspaceTree = new WorkspaceTree(workspace, lines);
  context.subscriptions.push(workspaceTree, vscode.window.createTreeView('seedReader.workspace', { treeDataProvider: workspaceTree, showCollapseAll: true }));
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.rebuildWorkspaceIndex, async () => {
      const run = await workspace.rebuild(false);
      if (run) void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: {0} seeds indexed in {1} ms.', workspace.current.files.length, run.ms));
    }),
    vscode.commands.registerCommand(COMMANDS.openSeedAt, (...args: unknown[]) => openSeedAt(workspace, args)),
    vscode.commands.registerCommand(COMMANDS.listActorSeeds, async (...args: unknown[]) => {
      const lookup = workspaceLookup(workspace.current);
      const actor = typeof args[0] === 'string' ? lookup.byId.get(args[0]) : undefined;
      if (args.length !== 1 || !actor) return false;
      const picked = await vscode.window.showQuickPick(actorSeedPicks(actorSeeds(lookup, actor)), {
        title: vscode.l10n.t('Seeds that mention {0}', actor.name),
        placeHolder: vscode.l10n.t('Pick a seed to open at its first mention'),
        matchOnDescription: true,
      });
      return picked ? openSeedAt(workspace, [picked.file, picked.start, picked.end]) : false;
    }),
  );
  return { workspaceTree };
}

/**
 * Opens an indexed seed at `[uri, start, end]`. Links come from cards over untrusted text, so only a file
 * the workspace index holds, and offsets within its text, are accepted; anything else is refused.
 */
async function openSeedAt(workspace: WorkspaceIndexService, args: unknown[]): Promise<boolean> {
  const [uri, start, end] = args;
  const valid =
    args.length === 3 && typeof uri === 'string' && hashOf(workspace.current, uri) !== undefined && Number.isSafeInteger(start) && Number.isSafeInteger(end);
  try {
    const document = valid ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : undefined;
    const [s, e] = [start as number, end as number];
    if (document && 0 <= s && s <= e && e <= document.getText().length) {
      await revealInEditor(document, toRange(document, { start: s, end: e }), false);
      return true;
    }
  } catch {
    // An unreadable file is refused like a bad link.
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: that link does not point into a seed of the workspace.'));
  return false;
}
