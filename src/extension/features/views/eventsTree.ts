import * as vscode from 'vscode';
import type { Analysis, SeedEvent } from '../../../core';
import { eventLabel } from '../../analysisLookup';
import { lineNumber } from '../../convert';
import { revealCommand, SeedTree } from './seedTree';

export interface EventNode {
  readonly event: SeedEvent;
  readonly index: number;
}

/** The Events view: the active seed's events in timeline order, "date — summary"; a click shows the sentence. */
export class EventsTree extends SeedTree<EventNode> {
  protected roots(analysis: Analysis): EventNode[] {
    return analysis.events.map((event, index) => ({ event, index }));
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem({ event, index }: EventNode): vscode.TreeItem {
    const document = this.active.document;
    const item = new vscode.TreeItem(eventLabel(event), vscode.TreeItemCollapsibleState.None);
    item.id = `event:${index}:${event.start}`;
    item.iconPath = new vscode.ThemeIcon('calendar');
    item.description = event.date.value;
    item.tooltip = new vscode.MarkdownString().appendText(`${event.date.text} (${event.date.value})\n\n${event.text}`);
    item.contextValue = 'event';
    if (document) {
      item.command = revealCommand(document, event.start, event.end);
      item.accessibilityInformation = { label: `${eventLabel(event)}, line ${lineNumber(document, event.start)}` };
    }
    return item;
  }
}
