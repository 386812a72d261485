import type { TimelineItem } from './timelineItems';

/**
 * The time axis as a linear map from days (since 1970-01-01) to pixels: day `from` at `x0`, day `to` at
 * `x1`. The page builds its d3 time scale (ticks, zoom) from it, so marks and axis agree.
 */
export interface TimelineScale {
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
}

/** An item placed: its left edge and width in pixels, its lane, and its colour slot. */
export interface PlacedItem {
  readonly id: number;
  readonly x: number;
  readonly width: number;
  /** Top of its row, in pixels. */
  readonly y: number;
  /** Index into `TimelineLayout.actors` of its first actor's colour, or -1 ("no actor or not among the first"). */
  readonly colour: number;
}

/** A seed's band of lanes (all seeds), or the one band of the active seed ('' label). */
export interface TimelineGroup {
  readonly label: string;
  readonly y: number;
}

/** Everything the timeline view draws, in pixels; the view adds only words and colours. */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly scale: TimelineScale;
  /** Whether any item states its year: if not, ticks show no year. */
  readonly showYears: boolean;
  readonly groups: readonly TimelineGroup[];
  readonly items: readonly PlacedItem[];
  /** The actors that colour items (most events first), at most `COLOURS`. */
  readonly actors: readonly string[];
}

/** Colour slots: the rest of the actors share one neutral colour. */
export const COLOURS = 8;
export const LANE_HEIGHT = 26;
export const GROUP_HEADER = 20;
export const MAX_LANES = 8;
const MARGIN = 24;
const AXIS_HEIGHT = 34;
const CHAR_WIDTH = 7;
const MIN_WIDTH = 10;

/**
 * Places items on a time axis `width` pixels wide. Within each seed (group) an item takes the first lane
 * where its mark and its date's label do not overlap the one before; past `MAX_LANES` lanes it joins the
 * lane that frees up first. A single day is at least `MIN_WIDTH` pixels wide, so it can be clicked; the
 * axis ends short of the right edge by the longest label (at most a quarter of the width).
 */
export function layoutTimeline(items: readonly TimelineItem[], width: number): TimelineLayout {
  const actors = colourActors(items);
  const slot = new Map(actors.map((name, i) => [name, i]));
  const from = items.length ? Math.min(...items.map(i => i.from)) : 0;
  const to = items.length ? Math.max(...items.map(i => i.to)) : 1;
  const span = Math.max(to - from, 1);
  // Room on the right for the last items' labels, so no date is cut off at the edge.
  const labels = Math.min(Math.max(0, ...items.map(i => i.dateText.length * CHAR_WIDTH + 10)), Math.round(width / 4));
  const usable = Math.max(width - 2 * MARGIN - labels, 100);
  const xOf = (day: number) => MARGIN + ((day - from) / span) * usable;
  const placed: PlacedItem[] = [];
  const groups: TimelineGroup[] = [];
  const allSeeds = items.some(i => i.file !== '');
  let y = 8;
  for (const group of groupsOf(items)) {
    if (allSeeds) {
      groups.push({ label: group[0].file, y });
      y += GROUP_HEADER;
    } else groups.push({ label: '', y });
    const laneEnds: number[] = [];
    for (const item of [...group].sort((a, b) => a.from - b.from || a.id - b.id)) {
      const x = round(xOf(item.from));
      const w = Math.max(round(xOf(item.to) - xOf(item.from)), MIN_WIDTH);
      const right = x + w + 6 + item.dateText.length * CHAR_WIDTH;
      let lane = laneEnds.findIndex(end => end <= x);
      if (lane < 0 && laneEnds.length < MAX_LANES) lane = laneEnds.length;
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = right + 4;
      placed.push({ id: item.id, x, width: w, y: y + lane * LANE_HEIGHT, colour: slot.get(item.actors[0] ?? '') ?? -1 });
    }
    y += Math.max(laneEnds.length, 1) * LANE_HEIGHT;
  }
  placed.sort((a, b) => a.id - b.id);
  const axisY = y + 4;
  return {
    width,
    height: axisY + AXIS_HEIGHT,
    axisY,
    scale: { from, to: from + span, x0: MARGIN, x1: round(MARGIN + usable) },
    showYears: items.some(i => i.yearKnown),
    groups,
    items: placed,
    actors,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Consecutive items of one file. */
function groupsOf(items: readonly TimelineItem[]): TimelineItem[][] {
  const groups: TimelineItem[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0].file === item.file) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** The actors in most events (ties: first seen), at most COLOURS. */
function colourActors(items: readonly TimelineItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const name of new Set(item.actors)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count], order) => ({ name, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, COLOURS)
    .map(a => a.name);
}
