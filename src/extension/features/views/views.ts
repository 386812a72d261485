import * as vscode from 'vscode';
import { ActorsTree } from './actorsTree';
import { EventsTree } from './eventsTree';
import { registerSeeAlsoCommands, SeeAlsoTree } from './seeAlsoTree';
import { seeAlsoDescription } from './treeRows';
import type { FeatureContext } from '../featureContext';
import { COMMANDS } from '../../commands';

export interface SeedViews {
  readonly seeAlsoTree: SeeAlsoTree;
  readonly actorsTree: ActorsTree;
  readonly eventsTree: EventsTree;
}

/**
 * The Actors, Events and See Also views of the "Seed Reader" activity-bar container. See Also starts
 * collapsed (package.json), its description saying how many headlines it holds.
 */
export function registerViews({ extension: context, active, settings, workspace }: FeatureContext): SeedViews {
  const seeAlsoTree = new SeeAlsoTree(active);
  context.subscriptions.push(seeAlsoTree);
  const actorsTree = new ActorsTree(active, () => settings.actorOrder);
  context.subscriptions.push(actorsTree);
  context.subscriptions.push(settings.onDidChange('actors.sortBy', () => actorsTree.refresh()));
  const eventsTree = new EventsTree(active, workspace);
  context.subscriptions.push(eventsTree);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showAllSeedsEvents, () => eventsTree.setScope('all')),
    vscode.commands.registerCommand(COMMANDS.showThisSeedEvents, () => eventsTree.setScope('seed')),
  );
  const seeAlsoView = vscode.window.createTreeView('seedReader.seeAlso', { treeDataProvider: seeAlsoTree });
  context.subscriptions.push(seeAlsoView);
  const describeSeeAlso = () => (seeAlsoView.description = seeAlsoDescription(active.analysis));
  context.subscriptions.push(active.onDidChange(describeSeeAlso));
  describeSeeAlso();
  context.subscriptions.push(vscode.window.createTreeView('seedReader.actors', { treeDataProvider: actorsTree, showCollapseAll: true }));
  context.subscriptions.push(vscode.window.createTreeView('seedReader.events', { treeDataProvider: eventsTree }));
  registerSeeAlsoCommands(context, workspace);
  return { seeAlsoTree, actorsTree, eventsTree };
}
