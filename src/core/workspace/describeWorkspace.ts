import type { ReferenceDate } from '../model';
import { linkActors, workspaceActorIds, type WorkspaceActor } from './linkActors';
import { indexedSeeds, type WorkspaceIndex } from './workspaceIndex';
import { workspaceTimeline, type TimelineEntry } from './workspaceTimeline';

/** One seed of the workspace, its actors as workspace actors. */
export interface WorkspaceSeed {
  readonly file: string;
  readonly title: string;
  readonly reference: { readonly value?: string; readonly source: ReferenceDate['source'] };
  /** Ids of its workspace actors, in order of first mention in the seed. */
  readonly actors: readonly string[];
  /** How many dated events it has. */
  readonly events: number;
}

/** The whole workspace at once: what `node dist/cli.js index` prints. */
export interface WorkspaceView {
  readonly seeds: readonly WorkspaceSeed[];
  readonly actors: readonly WorkspaceActor[];
  readonly timeline: readonly TimelineEntry[];
}

/** The seeds (file order), the linked actors (`linkActors`) and the timeline (`workspaceTimeline`) of an index. */
export function describeWorkspace(index: WorkspaceIndex): WorkspaceView {
  const actors = linkActors(index);
  const ids = workspaceActorIds(actors);
  const seeds = indexedSeeds(index).map(({ file, facts }) => {
    const local = ids.get(file);
    return {
      file,
      title: facts.title,
      reference: facts.reference,
      actors: [...new Set(facts.actors.map(a => local!.get(a.id)!))],
      events: facts.events.length,
    };
  });
  return { seeds, actors, timeline: workspaceTimeline(index) };
}
