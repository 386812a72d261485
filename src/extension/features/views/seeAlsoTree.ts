import * as vscode from 'vscode';
import { type Analysis, type SeeAlsoItem, seeAlsoResolver } from '../../../core';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { toRange } from '../../convert';
import { openSeed, revealInEditor } from '../../services/seedDocuments';
import { SeedTree, toTreeItem } from './seedTree';
import { type SeeAlsoNode, seeAlsoRoots, seeAlsoRow } from './treeRows';
import { COMMANDS } from '../../commands';

export type { SeeAlsoNode } from './treeRows';

/** The See Also view: the active seed's related headlines. A click opens the matching seed, if the workspace has one. */
export class SeeAlsoTree extends SeedTree<SeeAlsoNode> {
  protected roots(analysis: Analysis): SeeAlsoNode[] {
    return seeAlsoRoots(analysis);
  }

  getTreeItem(node: SeeAlsoNode): vscode.TreeItem {
    const treeItem = toTreeItem(seeAlsoRow(node));
    const document = this.active.document;
    if (document) {
      const { item } = node;
      treeItem.command = {
        command: COMMANDS.openSeeAlso,
        title: vscode.l10n.t('Open'),
        arguments: [document.uri.toString(), item.start, item.end, item.title],
      };
    }
    return treeItem;
  }
}

/**
 * seedReader.openSeeAlso opens the seed of the workspace whose title best matches the headline, as the
 * workspace index knows the titles (`seeAlsoResolver`, no file read); without one it shows the line.
 */
export function registerSeeAlsoCommands(context: vscode.ExtensionContext, workspace: WorkspaceIndexService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openSeeAlso, async (uri: unknown, start: unknown, end: unknown, title: unknown) => {
      if (typeof uri !== 'string' || typeof title !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return;
      let match = seeAlsoResolver(workspace.current)(title, uri);
      if (match.file === undefined) {
        // Perhaps a seed created a moment ago, not yet reported by the watchers: look for new files (5 s at most).
        await Promise.race([workspace.catchUp(), new Promise(resolve => setTimeout(resolve, 5_000))]);
        match = seeAlsoResolver(workspace.current)(title, uri);
      }
      if (match.file !== undefined) {
        await vscode.window.showTextDocument(vscode.Uri.parse(match.file), { preview: true });
        return;
      }
      const document = openSeed(uri);
      if (document && (end as number) <= document.getText().length) {
        await revealInEditor(document, toRange(document, { start: start as number, end: end as number }), true);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Reader: no seed in the workspace has this title'), 4000);
      }
    }),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.searchSeeAlso, async (node?: { item?: SeeAlsoItem }) => {
      const title = node?.item?.title;
      if (typeof title !== 'string') return;
      await vscode.commands.executeCommand('workbench.action.findInFiles', { query: title, triggerSearch: true, isRegex: false });
    }),
  );
}
