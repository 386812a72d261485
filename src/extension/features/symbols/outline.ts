/** The outline of a seed (symbols, breadcrumbs, "@"), as plain data from an Analysis. No `vscode` import. */
import * as l10n from '@vscode/l10n';
import type { Analysis, EntityType, Span } from '../../../core';
import { eventLabel, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';

/** One outline entry: the whole range it covers, the part to select, and its children. */
export interface OutlineEntry {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'title' | 'group' | 'event' | EntityType;
  readonly range: Span;
  readonly selection: Span;
  readonly children: readonly OutlineEntry[];
}

const cover = (spans: readonly Span[]): Span => ({ start: Math.min(...spans.map(s => s.start)), end: Math.max(...spans.map(s => s.end)) });

/**
 * The title, then "Events" with the events in timeline order ("date — summary"), then "Actors" with
 * each actor at its first mention. A group selects its start and covers what it lists.
 */
export function outline(analysis: Analysis): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const title = analysis.structure.title;
  if (title) entries.push({ name: title.text, detail: l10n.t('title'), kind: 'title', range: title, selection: title, children: [] });
  const group = (name: string, spans: readonly Span[], children: OutlineEntry[]): OutlineEntry => {
    const range = cover(spans);
    return { name, detail: `${children.length}`, kind: 'group', range, selection: { start: range.start, end: range.start }, children };
  };
  if (analysis.events.length > 0) {
    entries.push(
      group(
        l10n.t('Events'),
        analysis.events,
        analysis.events.map(e => ({ name: eventLabel(e), detail: e.date.value, kind: 'event' as const, range: e, selection: e.date, children: [] })),
      ),
    );
  }
  if (analysis.actors.length > 0) {
    entries.push(
      group(
        l10n.t('Actors'),
        analysis.actors.map(a => a.mentions[0]),
        analysis.actors.map(a => ({
          name: a.name,
          detail: `${KIND_INFO[KIND_OF_TYPE[a.type]].label} ×${a.mentions.length}`,
          kind: a.type,
          range: a.mentions[0],
          selection: a.mentions[0],
          children: [],
        })),
      ),
    );
  }
  return entries;
}
