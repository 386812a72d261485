import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { lineAndColumn } from '../../textLines';
import { workspaceLookup } from '../../workspaceLookup';
import { toTreeItem } from '../views/seedTree';
import type { SeedLines } from './workspaceProviders';
import { type WorkspaceNode, workspaceChildren, workspaceRoots, workspaceRow } from './workspaceRows';

/**
 * The Workspace view: the actors of every seed by kind, in the most seeds first; an actor expands to its
 * seeds, a seed to the actor's mentions there. A seed or a mention opens the seed at that place. It
 * follows the workspace index, not the active editor.
 */
export class WorkspaceTree implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WorkspaceNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: WorkspaceIndexService,
    private readonly lines: SeedLines,
  ) {
    this.subscription = workspace.onDidChange(() => this.changed.fire());
  }

  getChildren(element?: WorkspaceNode): WorkspaceNode[] {
    const lookup = workspaceLookup(this.workspace.current);
    return element === undefined ? workspaceRoots(lookup) : workspaceChildren(lookup, element);
  }

  async getTreeItem(node: WorkspaceNode): Promise<vscode.TreeItem> {
    const item = toTreeItem(workspaceRow(node));
    if (node.kind === 'seed' || node.kind === 'mention') {
      const [start, end] = node.seed.spans[node.kind === 'mention' ? node.index : 0] ?? [0, 0];
      item.command = { command: COMMANDS.openSeedAt, title: vscode.l10n.t('Open'), arguments: [node.seed.file, start, end] };
      const starts = node.kind === 'mention' ? await this.lines.of(node.seed.file) : undefined;
      if (starts) item.description = vscode.l10n.t('line {0}', lineAndColumn(starts, start)[0] + 1);
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
