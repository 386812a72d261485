import * as vscode from 'vscode';
import { isAnchored, locateAnchor, type Correction } from '../../../core';
import type { CorrectionsService } from '../../services/correctionsService';
import { toTreeItem } from '../views/seedTree';
import { correctionRows, type Placement } from './correctionRows';

/**
 * The Corrections view: every correction, newest first, with Delete in its context menu and inline. An
 * anchored correction is looked for in its seed's text as it is now (the open editor's, else the disk's)
 * and marked orphaned when it cannot be placed: it is shown, never guessed.
 */
export class CorrectionsTree implements vscode.TreeDataProvider<Correction>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Correction | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Placements by correction id, for the texts last looked at; cleared when a seed or the corrections change. */
  private placements = new Map<string, Placement>();

  constructor(private readonly corrections: CorrectionsService) {
    this.disposables.push(this.changed);
    this.disposables.push(corrections.onDidChange(() => this.refresh()));
    this.disposables.push(vscode.workspace.onDidSaveTextDocument(() => this.refresh()));
  }

  refresh(): void {
    this.placements = new Map();
    this.changed.fire();
  }

  async getChildren(element?: Correction): Promise<Correction[]> {
    if (element) return [];
    const all = this.corrections.all;
    await Promise.all(all.filter(c => isAnchored(c) && !this.placements.has(c.id)).map(async c => this.placements.set(c.id, await this.place(c))));
    return [...all].reverse();
  }

  getTreeItem(correction: Correction): vscode.TreeItem {
    const row = correctionRows([correction], c => this.placements.get(c.id) ?? 'unknown')[0];
    return toTreeItem(row);
  }

  /** What the rows of every correction are now: for tests. */
  rows(): ReturnType<typeof correctionRows> {
    return correctionRows(this.corrections.all, c => this.placements.get(c.id) ?? 'unknown');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async place(c: Correction): Promise<Placement> {
    if (!isAnchored(c)) return 'placed';
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return 'unknown';
    const uri = vscode.Uri.joinPath(folder, ...c.seed.split('/'));
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && !d.isClosed);
    let text = open?.getText();
    if (text === undefined) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return 'orphaned'; // the seed is gone (deleted or renamed): nothing to place it on
      }
    }
    return locateAnchor(text, c.anchor) ? 'placed' : 'orphaned';
  }
}
