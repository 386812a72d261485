/**
 * The webviews' door into the core: only what a story page runs itself (the timeline's layout), so its
 * bundle carries none of the analyser. The extension still enters through `index.ts`.
 */
export { layoutTimeline, type PlacedItem, type TimelineLayout, type TimelineScale } from './story/timelineLayout';
export type { Certainty, TimelineItem } from './story/timelineItems';
export type { ActorNode } from './story/actorGraph';
export type { EntityType } from './model';
