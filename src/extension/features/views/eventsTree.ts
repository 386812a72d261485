import * as vscode from 'vscode';
import { type Analysis, type TimelineEntry, workspaceTimeline } from '../../../core';
import { COMMANDS } from '../../commands';
import { lineNumber } from '../../convert';
import type { ActiveSeed } from '../../services/activeSeed';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { timelineRow } from '../workspace/workspaceRows';
import { revealCommand, SeedTree, toTreeItem } from './seedTree';
import { type EventNode, eventRoots, eventRow, type TreeRow } from './treeRows';

export type { EventNode } from './treeRows';

/** An event of the workspace timeline, listed when the view shows all seeds. */
export interface TimelineNode {
  readonly entry: TimelineEntry;
}

/** Whose events the view lists: the active seed's, or every seed's on one timeline. */
export type EventsScope = 'seed' | 'all';

/**
 * The Events view: the active seed's events in timeline order, "date — summary"; a click shows the
 * sentence. Its title bar switches to every seed's events on one timeline (`workspaceTimeline`), each
 * row naming its seed; a click there opens that seed at the event.
 */
export class EventsTree extends SeedTree<EventNode | TimelineNode> {
  private scopeValue: EventsScope = 'seed';
  private readonly workspaceSubscription: vscode.Disposable;

  constructor(
    active: ActiveSeed,
    private readonly workspace: WorkspaceIndexService,
  ) {
    super(active);
    this.workspaceSubscription = workspace.onDidChange(() => {
      if (this.scopeValue === 'all') this.refresh();
    });
  }

  get scope(): EventsScope {
    return this.scopeValue;
  }

  /** Lists the events of the active seed or of all seeds; the context key `seedReader.eventsScope` picks the title bar's button. */
  async setScope(scope: EventsScope): Promise<void> {
    this.scopeValue = scope;
    await vscode.commands.executeCommand('setContext', 'seedReader.eventsScope', scope);
    this.refresh();
  }

  getChildren(element?: EventNode | TimelineNode): (EventNode | TimelineNode)[] {
    if (this.scopeValue === 'seed') return super.getChildren(element);
    return element === undefined ? workspaceTimeline(this.workspace.current).map(entry => ({ entry })) : [];
  }

  protected roots(analysis: Analysis): EventNode[] {
    return eventRoots(analysis);
  }

  getTreeItem(node: EventNode | TimelineNode): vscode.TreeItem {
    if ('entry' in node) {
      const { entry } = node;
      const item = withTooltip(timelineRow(entry));
      item.command = { command: COMMANDS.openSeedAt, title: vscode.l10n.t('Open'), arguments: [entry.file, entry.start, entry.end] };
      return item;
    }
    const row = eventRow(node);
    const item = withTooltip(row);
    const document = this.active.document;
    if (document) {
      item.command = revealCommand(document, node.event.start, node.event.end);
      item.accessibilityInformation = { label: vscode.l10n.t('{0}, line {1}', row.label, lineNumber(document, node.event.start)) };
    }
    return item;
  }

  dispose(): void {
    this.workspaceSubscription.dispose();
    super.dispose();
  }
}

/** The row's item, its tooltip as text inside markdown, so the sentence renders as written. */
function withTooltip(row: TreeRow): vscode.TreeItem {
  const item = toTreeItem(row);
  item.tooltip = new vscode.MarkdownString().appendText(row.tooltip ?? '');
  return item;
}
