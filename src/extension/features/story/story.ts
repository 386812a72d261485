import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { ActorMapPanel } from './actorMapPanel';
import { StoryPanelSlot } from './storyPanelSlot';
import { TimelinePanel } from './timelinePanel';

/** What the story feature adds to the API: the open panels, for tests. */
export interface StoryViews {
  readonly timeline: () => TimelinePanel | undefined;
  readonly actorMap: () => ActorMapPanel | undefined;
}

/** "Show Timeline" and "Show Actor Map": one panel each, revealed again when already open, restored after a reload. */
export function registerStory(context: FeatureContext): { story: StoryViews } {
  const extension = context.extension.extensionUri;
  const timeline = new StoryPanelSlot(extension, TimelinePanel.viewType, panel => new TimelinePanel(context, panel));
  const actorMap = new StoryPanelSlot(extension, ActorMapPanel.viewType, panel => new ActorMapPanel(context, panel));
  // The second panel opens where the first is, rather than splitting the window again.
  const column = () => timeline.current?.column ?? actorMap.current?.column;
  context.extension.subscriptions.push(
    timeline,
    actorMap,
    vscode.commands.registerCommand(COMMANDS.showTimeline, () => timeline.show(column())),
    vscode.commands.registerCommand(COMMANDS.showActorMap, () => actorMap.show(column())),
  );
  return { story: { timeline: () => timeline.current, actorMap: () => actorMap.current } };
}
