import * as vscode from 'vscode';
import { analysisSources, type TimelineItem, timelineItems, workspaceSources } from '../../../core';
import { COMMANDS } from '../../commands';
import { toRange } from '../../convert';
import { nameOf, revealInEditor } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';
import { StoryPanel } from './storyPanel';
import type { FromWebview, TimelineScope, ToTimeline } from './storyMessages';
import { timelineStrings } from './storyStrings';

/**
 * "Seed Reader: Show Timeline": the active seed's events (or every seed's) on a time axis. The page lays
 * them out and draws them (src/webview/timeline.ts); a click or Enter on an event reveals its clause.
 */
export class TimelinePanel extends StoryPanel {
  private scope: TimelineScope = 'seed';
  private items: readonly TimelineItem[] = [];
  private document: vscode.TextDocument | undefined;

  static readonly viewType = 'seedReader.timeline';

  /** The timeline in `panel`: a new one, or one VS Code restores after a reload. */
  constructor(context: FeatureContext, panel: vscode.WebviewPanel) {
    super(context, panel, vscode.l10n.t('Seed Timeline'), 'timeline.js');
    this.track(context.workspace.onDidChange(() => this.scope === 'all' && this.post()));
  }

  /** What the panel shows now, for tests: the scope and each item's date text. */
  get shown(): { scope: TimelineScope; dates: string[] } {
    return { scope: this.scope, dates: this.items.map(i => i.dateText) };
  }

  post(): void {
    const { active, workspace } = this.context;
    let heading: string;
    if (this.scope === 'all') {
      this.document = undefined;
      this.items = timelineItems(workspaceSources(workspace.current));
      heading = vscode.l10n.t('All seeds: {0} events', this.items.length);
    } else {
      this.document = active.document;
      const analysis = active.analysis;
      this.items = analysis ? timelineItems(analysisSources(analysis)) : [];
      heading = !this.document
        ? vscode.l10n.t('Open a seed to see its events on a timeline.')
        : !analysis
          ? vscode.l10n.t('Reading {0}…', nameOf(this.document))
          : this.items.length
            ? vscode.l10n.t('{0}: {1} events', nameOf(this.document), this.items.length)
            : vscode.l10n.t('{0} has no dated events.', nameOf(this.document));
    }
    const message: ToTimeline = { type: 'timeline', scope: this.scope, heading, items: this.items, strings: timelineStrings() };
    this.send(message);
  }

  protected async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      if (message.scope) this.scope = message.scope;
      this.post();
    } else if (message.type === 'scope') {
      this.scope = message.scope;
      this.post();
    } else if (message.type === 'reveal') {
      const item = this.items[message.id];
      if (!item) return;
      if (item.file) await vscode.commands.executeCommand(COMMANDS.openSeedAt, item.file, item.start, item.end);
      else if (this.document && !this.document.isClosed && item.end <= this.document.getText().length)
        await revealInEditor(this.document, toRange(this.document, item), false);
    } else if (message.type === 'export') {
      await this.exportSvg(message.svg, this.document ? `${nameOf(this.document).replace(/\.[^.]*$/, '')}-timeline` : 'timeline');
    }
  }
}
