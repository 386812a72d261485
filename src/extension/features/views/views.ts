import * as vscode from 'vscode';
import { ActorsTree } from './actorsTree';
import { EventsTree } from './eventsTree';
import { registerSeeAlsoCommands, SeeAlsoTree } from './seeAlsoTree';
import type { FeatureContext } from '../featureContext';

export interface SeedViews {
  readonly seeAlsoTree: SeeAlsoTree;
  readonly actorsTree: ActorsTree;
  readonly eventsTree: EventsTree;
}

/** The See Also, Actors and Events views of the "Seed Reader" activity-bar container. */
export function registerViews({ extension: context, active, settings }: FeatureContext): SeedViews {
  const seeAlsoTree = new SeeAlsoTree(active);
  context.subscriptions.push(seeAlsoTree);
  const actorsTree = new ActorsTree(active, () => settings.actorOrder);
  context.subscriptions.push(actorsTree);
  context.subscriptions.push(settings.onDidChange('actors.sortBy', () => actorsTree.refresh()));
  const eventsTree = new EventsTree(active);
  context.subscriptions.push(eventsTree);
  context.subscriptions.push(vscode.window.createTreeView('seedReader.seeAlso', { treeDataProvider: seeAlsoTree }));
  context.subscriptions.push(vscode.window.createTreeView('seedReader.actors', { treeDataProvider: actorsTree, showCollapseAll: true }));
  context.subscriptions.push(vscode.window.createTreeView('seedReader.events', { treeDataProvider: eventsTree }));
  registerSeeAlsoCommands(context, settings);
  return { seeAlsoTree, actorsTree, eventsTree };
}
