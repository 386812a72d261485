import { sortDay } from '../events/sortKey';
import { indexedSeeds, type WorkspaceIndex } from './workspaceIndex';
import type { SeedEventFacts } from './seedFacts';

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
  const placed: { entry: TimelineEntry; day: number; order: number }[] = [];
  const unplaced: TimelineEntry[] = [];
  for (const { file, facts } of indexedSeeds(index)) {
    let last = -Infinity;
    facts.events.forEach((e, i) => {
      const day = sortDay(e.date.value);
      const known = Number.isFinite(day);
      const entry = toEntry(file, i, e, known);
      if (!known) unplaced.push(entry);
      else {
        last = Math.max(last, day);
        placed.push({ entry, day: last, order: placed.length });
      }
    });
  }
  placed.sort((a, b) => a.day - b.day || a.order - b.order);
  return [...placed.map(p => p.entry), ...unplaced];
}

function toEntry(file: string, event: number, e: SeedEventFacts, yearKnown: boolean): TimelineEntry {
  return { file, event, date: e.date, text: e.text, start: e.start, end: e.end, summary: e.summary, yearKnown };
}
