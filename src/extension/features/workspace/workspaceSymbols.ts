/** Go to Symbol in Workspace (Ctrl+T) over the workspace index: plain data, no `vscode`, unit-tested. */
import type { EntityType } from '../../../core';
import { actorSeeds, fileLabel, type WorkspaceLookup } from '../../workspaceLookup';

/** One symbol: what the picker shows and where it goes. */
export interface WorkspaceSymbolEntry {
  readonly name: string;
  readonly kind: 'event' | EntityType;
  /** The seed's title, or its file name when it has none. */
  readonly container: string;
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** The most symbols one query gives. */
export const MAX_WORKSPACE_SYMBOLS = 200;

/** Whether the query's letters appear in `text` in order, ignoring case and spaces ("jstolt" in "Jens Stoltenberg"). */
export function fuzzyMatches(query: string, text: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  let at = 0;
  for (const c of q) {
    at = t.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The actors and events of every seed whose name matches `query`: first each matching actor (in the most
 * seeds first) in each of its seeds, most mentions first, at its first mention there; then each seed's
 * events ("date — summary"), seeds in file order. At most `max`.
 */
export function workspaceSymbols(lookup: WorkspaceLookup, query: string, max = MAX_WORKSPACE_SYMBOLS): WorkspaceSymbolEntry[] {
  const result: WorkspaceSymbolEntry[] = [];
  const container = (file: string) => lookup.facts.get(file)?.title || fileLabel(file);
  for (const actor of lookup.actors) {
    if (!fuzzyMatches(query, actor.name)) continue;
    for (const seed of actorSeeds(lookup, actor)) {
      const [start, end] = seed.spans[0] ?? [0, 0];
      result.push({ name: actor.name, kind: actor.type, container: container(seed.file), file: seed.file, start, end });
      if (result.length >= max) return result;
    }
  }
  for (const [file, facts] of lookup.facts) {
    for (const event of facts.events) {
      const name = `${event.date.text} — ${event.summary}`;
      if (!fuzzyMatches(query, name)) continue;
      result.push({ name, kind: 'event', container: container(file), file, start: event.start, end: event.end });
      if (result.length >= max) return result;
    }
  }
  return result;
}
