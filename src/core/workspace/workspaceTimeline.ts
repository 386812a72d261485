import { sortDay } from '../events/sortKey';
import { indexedSeeds, type WorkspaceIndex } from './workspaceIndex';
import type { SeedEventFacts, SeedFacts } from './seedFacts';
import { finishSteps } from './steps';

/** One event of the workspace timeline. */
export interface TimelineEntry {
  readonly file: string;
  /** The event's place among its seed's events (`SeedFacts.events`). */
  readonly event: number;
  readonly date: { readonly text: string; readonly value: string };
  /** The clause, and its offsets in the seed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  /**
   * Whether the value names a year (stated, or from the seed's dateline or reference day): only then can
   * the event be placed among other seeds' events.
   */
  readonly yearKnown: boolean;
}

/**
 * Every event of every seed, in time order. Events whose value names a year come first, by day; a seed's
 * own order (which knows that "late October" follows "15 October") is kept among them, and equal days keep
 * file order. Events without a year ('XXXX-01-15', 'XXXX-WXX-1') cannot be placed against other seeds:
 * they follow, seed by seed in file order, each seed's in its own order, with `yearKnown: false`.
 */
export function workspaceTimeline(index: WorkspaceIndex): TimelineEntry[] {
  return [...finishSteps(workspaceTimelineSteps(index)).entries];
}

/** The timeline of an index, and what the next index's timeline reuses. Opaque but for `entries`. */
export interface TimelineParts {
  /** `workspaceTimeline(index)`. */
  readonly entries: readonly TimelineEntry[];
}

interface TimelineState extends TimelineParts {
  readonly seeds: ReadonlyMap<string, SeedTimeline>;
  /** The events with a year, in time order. */
  readonly placed: readonly Placed[];
}

/** One seed's events: those with a year with the day they sort by, in its own order; and the others. */
interface SeedTimeline {
  readonly facts: SeedFacts;
  readonly placed: readonly Placed[];
  readonly unplaced: readonly TimelineEntry[];
}

interface Placed {
  readonly entry: TimelineEntry;
  /** The latest day of the seed's events up to this one: a seed's own order is kept. */
  readonly day: number;
}

/**
 * `workspaceTimeline` in steps: the generator yields every few thousand events and returns the timeline.
 * Given the timeline of a previous index (`previous`), the events of the seeds that did not change keep
 * their order and only the changed seeds' events are taken out and put in again: the same result.
 */
export function* workspaceTimelineSteps(index: WorkspaceIndex, previous?: TimelineParts): Generator<void, TimelineParts> {
  const before = previous as TimelineState | undefined;
  const seeds = new Map<string, SeedTimeline>();
  const changed = new Set<string>();
  let step = 0;
  for (const { file, facts } of indexedSeeds(index)) {
    const known = before?.seeds.get(file);
    if (known && known.facts === facts) {
      seeds.set(file, known);
      continue;
    }
    seeds.set(file, seedTimeline(file, facts));
    changed.add(file);
    step += facts.events.length;
    if (step >= STEP) {
      step = 0;
      yield;
    }
  }
  if (before) for (const file of before.seeds.keys()) if (!seeds.has(file)) changed.add(file);
  let placed: Placed[];
  if (before && changed.size <= Math.max(8, seeds.size / 8)) {
    placed = before.placed.filter(p => !changed.has(p.entry.file));
    for (const file of changed) for (const p of seeds.get(file)?.placed ?? []) placed.splice(insertionPoint(placed, p), 0, p);
  } else {
    placed = [];
    for (const seed of seeds.values()) for (const p of seed.placed) placed.push(p);
    yield;
    placed.sort(comparePlaced);
  }
  yield;
  const entries = placed.map(p => p.entry);
  for (const seed of seeds.values()) for (const entry of seed.unplaced) entries.push(entry);
  const state: TimelineState = { entries, seeds, placed };
  return state;
}

/** Events handled between two yields of `workspaceTimelineSteps`. */
const STEP = 4000;

function seedTimeline(file: string, facts: SeedFacts): SeedTimeline {
  const placed: Placed[] = [];
  const unplaced: TimelineEntry[] = [];
  let last = -Infinity;
  facts.events.forEach((e, i) => {
    const day = sortDay(e.date.value);
    const known = Number.isFinite(day);
    const entry = toEntry(file, i, e, known);
    if (!known) unplaced.push(entry);
    else {
      last = Math.max(last, day);
      placed.push({ entry, day: last });
    }
  });
  return { facts, placed, unplaced };
}

/** By day, then in file order, then in the seed's own order. */
function comparePlaced(a: Placed, b: Placed): number {
  if (a.day !== b.day) return a.day - b.day;
  const [fa, fb] = [a.entry.file, b.entry.file];
  return fa < fb ? -1 : fa > fb ? 1 : a.entry.event - b.entry.event;
}

/** Where `p` goes in `placed` (sorted by `comparePlaced`). */
function insertionPoint(placed: readonly Placed[], p: Placed): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePlaced(placed[mid], p) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toEntry(file: string, event: number, e: SeedEventFacts, yearKnown: boolean): TimelineEntry {
  return { file, event, date: e.date, text: e.text, start: e.start, end: e.end, summary: e.summary, yearKnown };
}
