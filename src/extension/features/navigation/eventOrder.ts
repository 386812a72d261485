/** The order Go to Event, Next Event and Previous Event follow, as plain data. No `vscode` import. */
import type { Analysis, SeedEvent } from '../../../core';
import { eventLabel } from '../../analysisLookup';

/** One entry of Go to Event: "date — summary", the TimeML value, and the event. */
export interface EventPick {
  readonly label: string;
  readonly description: string;
  readonly event: SeedEvent;
  readonly index: number;
}

/** The entries of Go to Event, in timeline order. */
export function eventPicks(analysis: Analysis): EventPick[] {
  return analysis.events.map((event, index) => ({ label: eventLabel(event), description: event.date.value, event, index }));
}

/**
 * Where Next (1) or Previous (-1) Event goes among `count` events from the event at the cursor
 * (`current`, -1 when the cursor is in none): the first or last one from outside, wrapping at the ends.
 * `wrapped` names the end it wrapped to.
 */
export function stepEvent(current: number, count: number, direction: 1 | -1): { index: number; wrapped?: 'first' | 'last' } {
  if (current < 0) return { index: direction === 1 ? 0 : count - 1 };
  const next = current + direction;
  if (next >= count) return { index: 0, wrapped: 'first' };
  if (next < 0) return { index: count - 1, wrapped: 'last' };
  return { index: next };
}
