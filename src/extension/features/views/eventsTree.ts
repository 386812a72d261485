import * as vscode from 'vscode';
import type { Analysis } from '../../../core';
import { lineNumber } from '../../convert';
import { revealCommand, SeedTree, toTreeItem } from './seedTree';
import { type EventNode, eventRoots, eventRow } from './treeRows';

export type { EventNode } from './treeRows';

/** The Events view: the active seed's events in timeline order, "date — summary"; a click shows the sentence. */
export class EventsTree extends SeedTree<EventNode> {
  protected roots(analysis: Analysis): EventNode[] {
    return eventRoots(analysis);
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const row = eventRow(node);
    const item = toTreeItem(row);
    // As text inside markdown, so the sentence renders as written.
    item.tooltip = new vscode.MarkdownString().appendText(row.tooltip ?? '');
    const document = this.active.document;
    if (document) {
      item.command = revealCommand(document, node.event.start, node.event.end);
      item.accessibilityInformation = { label: vscode.l10n.t('{0}, line {1}', row.label, lineNumber(document, node.event.start)) };
    }
    return item;
  }
}
