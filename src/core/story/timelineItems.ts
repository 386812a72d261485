import { dayNumberOf, readDigits } from '../dates/calendar';
import type { Analysis } from '../model';
import { indexedSeeds, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { workspaceTimeline } from '../workspace/workspaceTimeline';

/** One event as the timeline reads it, from an Analysis or from the workspace index. */
export interface TimelineSource {
  /** The seed's path in the workspace; '' for the active seed alone. */
  readonly file: string;
  /** The clause's offsets in its seed. */
  readonly start: number;
  readonly end: number;
  readonly clause: string;
  readonly summary: string;
  readonly date: {
    readonly text: string;
    readonly value: string;
    /** "late October" → 'END'. */
    readonly mod?: 'START' | 'MID' | 'END';
    /** The last day of a range such as "13-14 February". */
    readonly endDay?: number;
  };
  /** Names of the actors in the clause, in text order. */
  readonly actors: readonly string[];
}

/**
 * How sure the timeline is of an item's place:
 * - 'exact': a day (or a stated range) with its year;
 * - 'approximate': a month, a season, a week or a year, or a day with "early/mid/late": drawn as a range;
 * - 'yearless': a day whose year the text does not state; the year is counted from the events around it;
 * - 'undated': no day at all ("9:00 GMT", "next week"): drawn between its neighbours in time order.
 */
export type Certainty = 'exact' | 'approximate' | 'yearless' | 'undated';

/** One event on the timeline: a span of days and how sure that span is. */
export interface TimelineItem {
  /** Its place in the list, which is time order. */
  readonly id: number;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly dateText: string;
  readonly value: string;
  readonly clause: string;
  readonly summary: string;
  readonly actors: readonly string[];
  /** First day (days since 1970-01-01) and the day after the last: a single day spans one. */
  readonly from: number;
  readonly to: number;
  readonly certainty: Certainty;
  /** Whether the value states a year; else the year is counted ("year not stated"). */
  readonly yearKnown: boolean;
}

/** The year a seed's year-less dates are counted from when nothing in it states one. */
export const NOMINAL_YEAR = 2000;

/** The active seed's events as timeline sources, in the Analysis's time order. */
export function analysisSources(analysis: Analysis): TimelineSource[] {
  const names = new Map(analysis.actors.map(a => [a.id, a.name]));
  const dates = new Map(analysis.dates.map(d => [d.start, d]));
  return analysis.events.map(e => {
    const d = dates.get(e.date.start);
    return {
      file: '',
      start: e.start,
      end: e.end,
      clause: e.text,
      summary: e.summary,
      date: { text: e.date.text, value: e.date.value, mod: d?.mod, endDay: d?.stated.endDay },
      actors: e.actors.map(id => names.get(id) ?? id),
    };
  });
}

/**
 * Every seed's events as timeline sources, seed by seed (each in its own time order) in the order of
 * `workspaceTimeline`'s first event of each seed. The index keeps no modifier nor range end: they are read
 * back from the date's text ("late October", "13-14 February").
 */
export function workspaceSources(index: WorkspaceIndex): TimelineSource[] {
  const bySeed = new Map<string, TimelineSource[]>();
  const factsByFile = new Map(indexedSeeds(index).map(s => [s.file, s.facts]));
  for (const entry of workspaceTimeline(index)) {
    const facts = factsByFile.get(entry.file);
    const fact = facts?.events[entry.event];
    if (!facts || !fact) continue;
    const names = new Map(facts.actors.map(a => [a.id, a.name]));
    const list = bySeed.get(entry.file) ?? [];
    bySeed.set(entry.file, list);
    list[entry.event] = {
      file: entry.file,
      start: entry.start,
      end: entry.end,
      clause: entry.text,
      summary: entry.summary,
      date: { text: entry.date.text, value: entry.date.value, ...textModifiers(entry.date.text) },
      actors: fact.actors.map(id => names.get(id) ?? id),
    };
  }
  return [...bySeed.values()].flatMap(list => list.filter(s => s !== undefined));
}

/** "late October" → END, "13-14 February" → endDay 14, read from a date's own words. */
export function textModifiers(text: string): { mod?: 'START' | 'MID' | 'END'; endDay?: number } {
  const lower = text.toLowerCase();
  const mod = /\b(early|beginning of)\b/.test(lower) ? 'START' : /\bmid\b/.test(lower) ? 'MID' : /\b(late|end of)\b/.test(lower) ? 'END' : undefined;
  const range = /\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\b/.exec(text);
  const result: { mod?: 'START' | 'MID' | 'END'; endDay?: number } = {};
  if (mod) result.mod = mod;
  if (range) result.endDay = Number(range[2]);
  return result;
}

interface Span {
  from: number;
  to: number;
  certainty: Certainty;
  yearKnown: boolean;
}

/**
 * The sources as timeline items, each seed's in its given (time) order. A year-less day takes the year of
 * the event before it in its seed, one more when its month and day come before that event's (the seed
 * says "late October … 15 January": January of the next year); the first takes the year of the first
 * event that states one, else `NOMINAL_YEAR`. An undated event sits halfway between its dated neighbours.
 */
export function timelineItems(sources: readonly TimelineSource[]): TimelineItem[] {
  const spans: (Span | undefined)[] = new Array(sources.length);
  let i = 0;
  while (i < sources.length) {
    let j = i;
    while (j < sources.length && sources[j].file === sources[i].file) j++;
    placeSeed(sources, i, j, spans);
    i = j;
  }
  return sources.map((s, k) => {
    const span = spans[k]!;
    return {
      id: k,
      file: s.file,
      start: s.start,
      end: s.end,
      dateText: s.date.text,
      value: s.date.value,
      clause: s.clause,
      summary: s.summary,
      actors: s.actors,
      from: span.from,
      to: span.to,
      certainty: span.certainty,
      yearKnown: span.yearKnown,
    };
  });
}

/** Places the events sources[from, to) of one seed into `spans`. */
function placeSeed(sources: readonly TimelineSource[], from: number, to: number, spans: (Span | undefined)[]): void {
  const firstYear = sources
    .slice(from, to)
    .map(s => readDigits(s.date.value, 0, 4))
    .find(y => y >= 0);
  let year = firstYear ?? NOMINAL_YEAR;
  let lastMonthDay = -1;
  for (let k = from; k < to; k++) {
    const { value, mod, endDay } = sources[k].date;
    const stated = readDigits(value, 0, 4);
    const month = value[4] === '-' ? readDigits(value, 5, 2) : -1;
    const day = month >= 0 && value[7] === '-' ? readDigits(value, 8, 2) : -1;
    if (stated >= 0) year = stated;
    else if (month >= 0 && month * 100 + Math.max(day, 0) < lastMonthDay) year++;
    if (month >= 0) lastMonthDay = month * 100 + Math.max(day, 0);
    spans[k] = spanOf(value, stated >= 0 ? stated : year, stated >= 0, month, day, mod, endDay);
  }
  fillUndated(spans, from, to);
}

function spanOf(
  value: string,
  year: number,
  yearKnown: boolean,
  month: number,
  day: number,
  mod: TimelineSource['date']['mod'],
  endDay?: number,
): Span | undefined {
  const sure: Certainty = yearKnown ? 'exact' : 'yearless';
  if (day >= 1) {
    const first = dayNumberOf(year, month, day);
    const last = endDay !== undefined && endDay > day && endDay <= 31 ? dayNumberOf(year, month, endDay) : first;
    return { from: first, to: last + 1, certainty: mod ? 'approximate' : sure, yearKnown };
  }
  if (month >= 1 && month <= 12 && value.length === 7) {
    const first = dayNumberOf(year, month, 1);
    return { ...within(first, dayNumberOf(year, month + 1, 1), mod), certainty: 'approximate', yearKnown };
  }
  if (yearKnown && value[4] === '-' && value[5] === 'W') {
    const week = readDigits(value, 6, 2) >= 0 ? readDigits(value, 6, 2) : readDigits(value, 6, 1);
    if (week < 0) return undefined;
    const jan4 = dayNumberOf(year, 1, 4);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + 7 * (week - 1);
    return { from: monday, to: monday + 7, certainty: 'approximate', yearKnown };
  }
  if (yearKnown && value.length === 4) {
    return { ...within(dayNumberOf(year, 1, 1), dayNumberOf(year + 1, 1, 1), mod), certainty: 'approximate', yearKnown };
  }
  return undefined;
}

/** The part of [from, to) that "early", "mid" or "late" names: its first, middle or last third. */
function within(from: number, to: number, mod: TimelineSource['date']['mod']): { from: number; to: number } {
  const third = Math.round((to - from) / 3);
  if (mod === 'START') return { from, to: from + third };
  if (mod === 'MID') return { from: from + third, to: to - third };
  if (mod === 'END') return { from: to - third, to };
  return { from, to };
}

/** Gives each undated event of spans[from, to) one day halfway between its dated neighbours. */
function fillUndated(spans: (Span | undefined)[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    if (spans[k]) continue;
    let before = k - 1;
    while (before >= from && !spans[before]) before--;
    let after = k + 1;
    while (after < to && !spans[after]) after++;
    const left = before >= from ? spans[before]!.to : undefined;
    const right = after < to ? spans[after]!.from : undefined;
    const yearKnown = (before >= from && spans[before]!.yearKnown) || (after < to && spans[after]!.yearKnown);
    let day: number;
    if (left !== undefined && right !== undefined) day = Math.floor((left + right - 1) / 2);
    else if (left !== undefined) day = left;
    else if (right !== undefined) day = right - 2;
    else day = dayNumberOf(NOMINAL_YEAR, 1, 1);
    spans[k] = { from: day, to: day + 1, certainty: 'undated', yearKnown };
  }
}
