import * as vscode from 'vscode';
import type { Analysis, TimelineEntry } from '../../../core';
import { COMMANDS } from '../../commands';
import { lineNumber } from '../../convert';
import type { ActiveSeed } from '../../services/activeSeed';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { timelineOf } from '../../workspaceLookup';
import { moreRow, page, PAGE_ROWS, timelineRow } from '../workspace/workspaceRows';
import { revealCommand, SeedTree, toTreeItem } from './seedTree';
import { type EventNode, eventRoots, eventRow, type TreeRow } from './treeRows';

export type { EventNode } from './treeRows';

/** An event of the workspace timeline, listed when the view shows all seeds. */
export interface TimelineNode {
  readonly entry: TimelineEntry;
}

/** The last row of a page of the workspace timeline: the events from `more` on. */
export interface TimelineMoreNode {
  readonly more: number;
}

type Node = EventNode | TimelineNode | TimelineMoreNode;

/** Whose events the view lists: the active seed's, or every seed's on one timeline. */
export type EventsScope = 'seed' | 'all';

/**
 * The Events view: the active seed's events in timeline order, "date — summary"; a click shows the
 * sentence. Its title bar switches to every seed's events on one timeline (`workspaceTimeline`), each
 * row naming its seed; a click there opens that seed at the event.
 */
export class EventsTree extends SeedTree<Node> {
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

  getChildren(element?: Node): Node[] {
    if (this.scopeValue === 'seed') return super.getChildren(element);
    if (element !== undefined && !('more' in element)) return [];
    // A page at a time: a large folder's timeline has tens of thousands of events.
    const timeline = timelineOf(this.workspace.current);
    const from = element === undefined ? 0 : element.more;
    const { rows, more } = page(timeline, from);
    const nodes: Node[] = rows.map(entry => ({ entry }));
    return more ? [...nodes, { more: from + PAGE_ROWS }] : nodes;
  }

  protected roots(analysis: Analysis): EventNode[] {
    return eventRoots(analysis);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('more' in node) return toTreeItem(moreRow(`timeline:more:${node.more}`, timelineOf(this.workspace.current).length - node.more));
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
