/**
 * Questions to the workspace index that the features ask (which workspace actor a seed's actor is, which
 * other seeds mention it, where): plain data, no `vscode`, so the cards, pickers and views built from it
 * are unit-tested. Files are the index's keys (URI strings).
 */
import {
  type ActorLinks,
  finishSteps,
  indexedSeeds,
  linkActorsSteps,
  type SeedFacts,
  type TimelineEntry,
  type TimelineParts,
  type WorkspaceActor,
  workspaceActorIds,
  type WorkspaceIndex,
  workspaceTimelineSteps,
} from '../core';

/** The linked actors of one index value, computed once per value. */
export interface WorkspaceLookup {
  readonly index: WorkspaceIndex;
  /** In the most seeds first (`linkActors`). */
  readonly actors: readonly WorkspaceActor[];
  readonly byId: ReadonlyMap<string, WorkspaceActor>;
  /** file → the seed's own actor id → the workspace actor's id. */
  readonly ids: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** file → its facts. */
  readonly facts: ReadonlyMap<string, SeedFacts>;
}

const lookups = new WeakMap<WorkspaceIndex, WorkspaceLookup>();
const timelines = new WeakMap<WorkspaceIndex, readonly TimelineEntry[]>();

/** The lookup of `index`; the same object for the same index value. */
export function workspaceLookup(index: WorkspaceIndex): WorkspaceLookup {
  return lookups.get(index) ?? finishSteps(workspaceLookupSteps(index));
}

/** Every event of `index` in time order (`workspaceTimeline`), computed once per index value. */
export function timelineOf(index: WorkspaceIndex): readonly TimelineEntry[] {
  return timelines.get(index) ?? finishSteps(timelineSteps(index));
}

/**
 * What the views read of `index` (its lookup and timeline), made in steps that yield now and then, so the
 * workspace index service prepares them a slice at a time before it tells the views of a new index:
 * the views then find them made, and the extension host's thread is never held for long.
 */
export function* workspaceViewSteps(index: WorkspaceIndex): Generator<void, void> {
  if (!lookups.has(index)) yield* workspaceLookupSteps(index);
  if (!timelines.has(index)) yield* timelineSteps(index);
}

/** The links of the index linked last: the next index's linking starts from them and redoes only what changed. */
let lastLinks: ActorLinks | undefined;

function* workspaceLookupSteps(index: WorkspaceIndex): Generator<void, WorkspaceLookup> {
  const links = yield* linkActorsSteps(index, lastLinks);
  lastLinks = links;
  const { actors } = links;
  let ids: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;
  const lookup: WorkspaceLookup = {
    index,
    actors,
    byId: new Map(actors.map(a => [a.id, a])),
    // Made when first asked (a card, a reference search), not for every change of the index.
    get ids() {
      return (ids ??= workspaceActorIds(actors));
    },
    facts: new Map(indexedSeeds(index).map(s => [s.file, s.facts])),
  };
  lookups.set(index, lookup);
  return lookup;
}

/** The timeline made last: the next index's starts from it and redoes only the changed seeds. */
let lastTimeline: TimelineParts | undefined;

function* timelineSteps(index: WorkspaceIndex): Generator<void, readonly TimelineEntry[]> {
  const timeline = yield* workspaceTimelineSteps(index, lastTimeline);
  lastTimeline = timeline;
  timelines.set(index, timeline.entries);
  return timeline.entries;
}

/** One seed of a workspace actor: how many mentions, and where they are. */
export interface ActorSeed {
  readonly file: string;
  /** The seed's title ('' when it has none). */
  readonly title: string;
  readonly mentions: number;
  /** Every mention of the actor in the seed, `[start, end]` in text order. */
  readonly spans: readonly (readonly [number, number])[];
}

/** The workspace actor a seed's own actor is, or undefined when the seed is not indexed or does not have it. */
export function workspaceActorOf(lookup: WorkspaceLookup, file: string, localId: string): WorkspaceActor | undefined {
  const id = lookup.ids.get(file)?.get(localId);
  return id === undefined ? undefined : lookup.byId.get(id);
}

/** The seeds of a workspace actor with its mentions in each, most mentions first, then in file order. */
export function actorSeeds(lookup: WorkspaceLookup, actor: WorkspaceActor): ActorSeed[] {
  const seeds = actor.seeds.map(seed => {
    const facts = lookup.facts.get(seed.file);
    const locals = new Set(seed.actors);
    const spans = (facts?.actors ?? [])
      .filter(a => locals.has(a.id))
      .flatMap(a => a.mentions)
      .sort((a, b) => a[0] - b[0]);
    return { file: seed.file, title: facts?.title ?? '', mentions: seed.mentions, spans };
  });
  return seeds.sort((a, b) => b.mentions - a.mentions);
}

/** The other seeds that mention a seed's actor, most mentions first; [] when it is in no other. */
export function otherSeeds(lookup: WorkspaceLookup, file: string, localId: string): ActorSeed[] {
  const actor = workspaceActorOf(lookup, file, localId);
  return actor ? actorSeeds(lookup, actor).filter(s => s.file !== file) : [];
}

/** The last part of a file's path, for a label: "ws-02.txt". */
export function fileLabel(file: string): string {
  const path = file.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || file;
  } catch {
    return name || file;
  }
}
