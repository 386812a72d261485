import * as vscode from 'vscode';
import type { Analysis } from '../../../core';
import type { ActiveSeed } from '../../services/activeSeed';
import { COMMANDS } from '../../commands';
import type { TreeRow } from './treeRows';

/**
 * What the three views share: they show the active seed's Analysis and refresh when it changes. An
 * empty root makes VS Code show the view's welcome content (no seed open).
 */
export abstract class SeedTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(protected readonly active: ActiveSeed) {
    this.subscription = active.onDidChange(() => this.changed.fire());
  }

  getChildren(element?: T): T[] {
    const document = this.active.document;
    const analysis = this.active.analysis;
    if (!document || !analysis) return [];
    return element === undefined ? this.roots(analysis, document) : this.children(element, analysis, document);
  }

  /** Draws the tree again (a setting it reads changed). */
  refresh(): void {
    this.changed.fire();
  }

  abstract getTreeItem(element: T): vscode.TreeItem;
  /** A flat list has no parents; a nested tree says where each node sits, so reveal() works. */
  getParent(_element: T): T | undefined {
    return undefined;
  }

  protected abstract roots(analysis: Analysis, document: vscode.TextDocument): T[];
  protected children(_element: T, _analysis: Analysis, _document: vscode.TextDocument): T[] {
    return [];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

const EXPAND = {
  expanded: vscode.TreeItemCollapsibleState.Expanded,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  none: vscode.TreeItemCollapsibleState.None,
} as const;

/** The TreeItem of a row; the tree then adds what needs the document. */
export function toTreeItem(row: TreeRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, EXPAND[row.expand]);
  item.id = row.id;
  item.contextValue = row.contextValue;
  if (row.description !== undefined) item.description = row.description;
  if (row.tooltip !== undefined) item.tooltip = row.tooltip;
  if (row.icon !== undefined) item.iconPath = new vscode.ThemeIcon(row.icon);
  return item;
}

/** The click command of an item that shows a span of the seed. */
export function revealCommand(document: vscode.TextDocument, start: number, end: number): vscode.Command {
  return { command: COMMANDS.revealRange, title: vscode.l10n.t('Show in Editor'), arguments: [document.uri.toString(), start, end] };
}
