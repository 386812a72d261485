import * as vscode from 'vscode';
import type { Analysis } from '../../../core';
import { lineNumber } from '../../convert';
import { revealCommand, SeedTree, toTreeItem } from './seedTree';
import type { ActiveSeed } from '../../services/activeSeed';
import { type ActorNode, type ActorOrder, actorChildren, actorParent, actorRoots, actorRow } from './treeRows';

export type { ActorNode } from './treeRows';

/** The Actors view: actors grouped by kind with mention counts; an actor expands to its mentions. */
export class ActorsTree extends SeedTree<ActorNode> {
  /** `order` reads the setting each time the tree is drawn. */
  constructor(
    active: ActiveSeed,
    private readonly order: () => ActorOrder,
  ) {
    super(active);
  }

  protected roots(analysis: Analysis): ActorNode[] {
    return actorRoots(analysis, this.order());
  }

  protected children(node: ActorNode): ActorNode[] {
    return actorChildren(node);
  }

  getParent(node: ActorNode): ActorNode | undefined {
    const analysis = this.active.analysis;
    return analysis && actorParent(analysis, node, this.order());
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    const item = toTreeItem(actorRow(node));
    const document = this.active.document;
    if (node.kind === 'mention' && document) {
      item.description = vscode.l10n.t('line {0}', lineNumber(document, node.mention.start));
      item.command = revealCommand(document, node.mention.start, node.mention.end);
    }
    return item;
  }
}
