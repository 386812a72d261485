import * as vscode from 'vscode';
import { type Analysis, bestTitleMatch, type SeeAlsoItem } from '../../../core';
import type { SeedSettings } from '../../services/settings';
import { toRange } from '../../convert';
import { openSeed, revealInEditor, SEED_LANGUAGE } from '../../services/seedDocuments';
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
 * Where the workspace's seeds are, for finding the seed a see-also item names. findFiles matches a glob
 * against paths inside a workspace folder, so `**\/seeds/**\/*.txt` finds nothing when the folder opened
 * is itself a `seeds` folder (or lies in one): there every .txt file is a seed.
 */
function seedFilePatterns(settings: SeedSettings): vscode.GlobPattern[] {
  const inSeeds = (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.path.split('/').includes('seeds'));
  return ['**/seeds/**/*.txt', ...settings.filePatternGlobs, ...inSeeds.map(folder => new vscode.RelativePattern(folder, '**/*.txt'))];
}
const MAX_CANDIDATES = 2000;

/** The first line of each seed file in the workspace (but `exclude`), read on demand. */
async function workspaceSeedTitles(settings: SeedSettings, exclude: string): Promise<{ uri: vscode.Uri; title: string }[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const glob of seedFilePatterns(settings)) {
    for (const uri of await vscode.workspace.findFiles(glob, undefined, MAX_CANDIDATES)) seen.set(uri.toString(), uri);
  }
  for (const d of vscode.workspace.textDocuments) if (d.languageId === SEED_LANGUAGE) seen.set(d.uri.toString(), d.uri);
  seen.delete(exclude);
  const titles: { uri: vscode.Uri; title: string }[] = [];
  for (const uri of seen.values()) {
    try {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const title = text
        .split(/\r?\n/)
        .find(line => line.trim() !== '')
        ?.trim();
      if (title) titles.push({ uri, title });
    } catch {
      // An unreadable file is simply not a candidate.
    }
  }
  return titles;
}

export function registerSeeAlsoCommands(context: vscode.ExtensionContext, settings: SeedSettings): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openSeeAlso, async (uri: unknown, start: unknown, end: unknown, title: unknown) => {
      if (typeof uri !== 'string' || typeof title !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return;
      const match = bestTitleMatch(title, await workspaceSeedTitles(settings, uri));
      if (match) {
        await vscode.window.showTextDocument(match.uri, { preview: true });
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
