import * as vscode from 'vscode';
import { type ActorGraph, actorGraph, type EntityType } from '../../../core';
import { toRange } from '../../convert';
import { nameOf, revealInEditor } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';
import { StoryPanel } from './storyPanel';
import { type FromWebview, KINDS, type ToActorMap } from './storyMessages';
import { actorMapStrings } from './storyStrings';

/** How many actors the map shows at first. */
export const DEFAULT_CAP = 25;

/**
 * "Seed Reader: Show Actor Map": the active seed's actors as a force-laid graph (src/webview/actorMap.ts),
 * at most `cap` nodes of the kinds chosen; a click on a node lists its mentions, a click on one reveals it.
 */
export class ActorMapPanel extends StoryPanel {
  private kinds: readonly EntityType[] = KINDS;
  private cap = DEFAULT_CAP;
  private graph: ActorGraph = { nodes: [], edges: [], hidden: 0 };
  private document: vscode.TextDocument | undefined;

  static readonly viewType = 'seedReader.actorMap';

  /** The actor map in `panel`: a new one, or one VS Code restores after a reload. */
  constructor(context: FeatureContext, panel: vscode.WebviewPanel) {
    super(context, panel, vscode.l10n.t('Actor Map'), 'actorMap.js');
  }

  /** What the panel shows now, for tests: each node's name and mention count. */
  get shown(): { kinds: readonly EntityType[]; cap: number; nodes: [string, number][] } {
    return { kinds: this.kinds, cap: this.cap, nodes: this.graph.nodes.map(n => [n.name, n.mentions.length]) };
  }

  post(): void {
    const { active } = this.context;
    this.document = active.document;
    const analysis = active.analysis;
    this.graph = analysis ? actorGraph(analysis, { cap: this.cap, kinds: this.kinds }) : { nodes: [], edges: [], hidden: 0 };
    const heading = !this.document
      ? vscode.l10n.t('Open a seed to see its actors.')
      : !analysis
        ? vscode.l10n.t('Reading {0}…', nameOf(this.document))
        : this.graph.hidden
          ? vscode.l10n.t('{0}: {1} actors, {2} more not shown', nameOf(this.document), this.graph.nodes.length, this.graph.hidden)
          : vscode.l10n.t('{0}: {1} actors', nameOf(this.document), this.graph.nodes.length);
    const message: ToActorMap = { type: 'actorMap', heading, graph: this.graph, kinds: this.kinds, cap: this.cap, strings: actorMapStrings() };
    this.send(message);
  }

  protected async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready' || message.type === 'filter') {
      if (message.kinds) this.kinds = message.kinds;
      if (message.cap) this.cap = message.cap;
      this.post();
    } else if (message.type === 'reveal') {
      const mention = this.graph.nodes[message.id]?.mentions[message.mention ?? 0];
      if (mention && this.document && !this.document.isClosed && mention.end <= this.document.getText().length)
        await revealInEditor(this.document, toRange(this.document, mention), true);
    } else if (message.type === 'export') {
      await this.exportSvg(message.svg, this.document ? `${nameOf(this.document).replace(/\.[^.]*$/, '')}-actors` : 'actors');
    }
  }
}
