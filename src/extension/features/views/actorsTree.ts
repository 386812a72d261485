import * as vscode from 'vscode';
import type { Analysis, Actor, Span } from '../../../core';
import { type Kind, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import { lineNumber } from '../../convert';
import { revealCommand, SeedTree } from './seedTree';

export type ActorNode =
  | { readonly kind: 'group'; readonly group: Kind; readonly actors: readonly Actor[] }
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'mention'; readonly actor: Actor; readonly mention: Span & { readonly text: string }; readonly index: number };

const GROUPS: readonly Kind[] = ['person', 'organisation', 'place', 'misc'];

/** The Actors view: actors grouped by kind with mention counts; an actor expands to its mentions. */
export class ActorsTree extends SeedTree<ActorNode> {
  protected roots(analysis: Analysis): ActorNode[] {
    return GROUPS.map(group => ({ kind: 'group' as const, group, actors: analysis.actors.filter(a => KIND_OF_TYPE[a.type] === group) }))
      .filter(node => node.actors.length > 0);
  }

  protected children(node: ActorNode): ActorNode[] {
    if (node.kind === 'group') return node.actors.map(actor => ({ kind: 'actor' as const, actor }));
    if (node.kind === 'actor') return node.actor.mentions.map((mention, index) => ({ kind: 'mention' as const, actor: node.actor, mention, index }));
    return [];
  }

  getParent(node: ActorNode): ActorNode | undefined {
    const analysis = this.active.analysis;
    if (!analysis || node.kind === 'group') return undefined;
    if (node.kind === 'mention') return { kind: 'actor', actor: node.actor };
    const group = KIND_OF_TYPE[node.actor.type];
    return { kind: 'group', group, actors: analysis.actors.filter(a => KIND_OF_TYPE[a.type] === group) };
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    const document = this.active.document;
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(KIND_INFO[node.group].plural, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}`;
      item.description = `${node.actors.length}`;
      item.iconPath = new vscode.ThemeIcon(KIND_INFO[node.group].icon);
      item.contextValue = 'actorGroup';
      return item;
    }
    if (node.kind === 'actor') {
      const item = new vscode.TreeItem(node.actor.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `actor:${node.actor.id}`;
      item.description = `×${node.actor.mentions.length}`;
      const extra = [...node.actor.roles, ...node.actor.aliases.map(a => `also “${a}”`)];
      item.tooltip = extra.length > 0 ? `${node.actor.name}: ${extra.join('; ')}` : node.actor.name;
      item.contextValue = 'actor';
      return item;
    }
    const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${node.actor.id}:${node.mention.start}`;
    item.contextValue = 'mention';
    if (document) {
      item.description = `line ${lineNumber(document, node.mention.start)}`;
      item.command = revealCommand(document, node.mention.start, node.mention.end);
    }
    return item;
  }
}
