import {
  contentHash,
  emptyIndex,
  type EntityType,
  type SeedActorFacts,
  type SeedEventFacts,
  type SeedFacts,
  updateIndex,
  type WorkspaceIndex,
} from '../../../src/core';

/** A seed's actor for a hand-built index: `mentions` mentions at made-up offsets. */
export function actorFacts(id: string, type: EntityType, name: string, aliases: string[] = [], mentions = 1): SeedActorFacts {
  return { id, type, name, aliases, mentions: Array.from({ length: mentions }, (_, i) => [i * 10, i * 10 + 5] as const) };
}

/** A seed's event for a hand-built index. */
export function eventFacts(dateText: string, value: string, text: string, actors: string[] = []): SeedEventFacts {
  return { start: 0, end: text.length, text, summary: text, date: { text: dateText, value }, actors };
}

/** A seed's facts with a title and actors, no events unless given. */
export function seedFactsOf(title: string, actors: SeedActorFacts[], more: Partial<SeedFacts> = {}): SeedFacts {
  return { title, reference: { source: 'none' }, actors, events: [], seeAlso: [], ...more };
}

/** The index of these seeds (file → facts), each keyed by a hash of its file name and facts. */
export function indexOfSeeds(seeds: Record<string, SeedFacts>, engine = 'test'): WorkspaceIndex {
  const set = Object.entries(seeds).map(([file, facts]) => ({ file, hash: contentHash(file + JSON.stringify(facts)), facts }));
  return updateIndex(emptyIndex(engine), { set });
}
