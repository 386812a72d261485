import * as vscode from 'vscode';
import type { ActiveSeed } from '../../services/activeSeed';
import { ActorsTree } from './actorsTree';
import type { SeedSettings } from '../../services/settings';
import { EventsTree } from './eventsTree';
import { registerSeeAlsoCommands, SeeAlsoTree } from './seeAlsoTree';

export interface SeedViews {
  readonly seeAlsoTree: SeeAlsoTree;
  readonly actorsTree: ActorsTree;
  readonly eventsTree: EventsTree;
}

/** The See Also, Actors and Events views of the "Seed Reader" activity-bar container. */
export function registerViews(context: vscode.ExtensionContext, active: ActiveSeed, settings: SeedSettings): SeedViews {
  const seeAlsoTree = new SeeAlsoTree(active);
  context.subscriptions.push(seeAlsoTree);
  const actorsTree = new ActorsTree(active);
  context.subscriptions.push(actorsTree);
  const eventsTree = new EventsTree(active);
  context.subscriptions.push(eventsTree);
  context.subscriptions.push(vscode.window.createTreeView('seedReader.seeAlso', { treeDataProvider: seeAlsoTree }));
  context.subscriptions.push(vscode.window.createTreeView('seedReader.actors', { treeDataProvider: actorsTree, showCollapseAll: true }));
  context.subscriptions.push(vscode.window.createTreeView('seedReader.events', { treeDataProvider: eventsTree }));
  registerSeeAlsoCommands(context, settings);
  return { seeAlsoTree, actorsTree, eventsTree };
}
