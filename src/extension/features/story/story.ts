import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';
import { ActorMapPanel } from './actorMapPanel';
import { TimelinePanel } from './timelinePanel';

/** What the story feature adds to the API: the open panels, for tests. */
export interface StoryViews {
  readonly timeline: () => TimelinePanel | undefined;
  readonly actorMap: () => ActorMapPanel | undefined;
}

/** "Show Timeline" and "Show Actor Map": one panel each, revealed again when already open. */
export function registerStory(context: FeatureContext): { story: StoryViews } {
  let timeline: TimelinePanel | undefined;
  let actorMap: ActorMapPanel | undefined;
  // The second panel opens where the first is, rather than splitting the window again.
  const column = () => timeline?.column ?? actorMap?.column;
  context.extension.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showTimeline, () => {
      if (!timeline || timeline.disposed) timeline = new TimelinePanel(context, column());
      else timeline.reveal();
    }),
    vscode.commands.registerCommand(COMMANDS.showActorMap, () => {
      if (!actorMap || actorMap.disposed) actorMap = new ActorMapPanel(context, column());
      else actorMap.reveal();
    }),
    { dispose: () => (timeline?.dispose(), actorMap?.dispose()) },
  );
  return { story: { timeline: () => (timeline?.disposed ? undefined : timeline), actorMap: () => (actorMap?.disposed ? undefined : actorMap) } };
}
