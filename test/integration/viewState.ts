// What Seed Reader shows for a document, read through its API as plain data: the painted ranges and the
// three views. Used by hostile.test.ts.
import * as vscode from 'vscode';
import { shortClause } from '../../src/extension/features/views/treeRows';
import type { Analysis } from '../../src/core';
import type { Kind } from '../../src/extension/analysisLookup';
import type { SeedReaderApi } from '../../src/extension/api';
import { type Span4, span4 } from './helpers';

export const KINDS: readonly Kind[] = ['person', 'organisation', 'place', 'misc', 'date'];
export const NOTHING_PAINTED: Record<Kind, Span4[]> = { person: [], organisation: [], place: [], misc: [], date: [] };
export const NO_VIEWS: ViewState = { seeAlso: [], actors: [], events: [] };

const bySpan = (a: Span4, b: Span4) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

/** The painted ranges of each kind, sorted, as [line, character, line, character]. */
export function painted(reader: SeedReaderApi, document: vscode.TextDocument): Record<Kind, Span4[]> {
  const ranges = reader.decorations.painted(document);
  return Object.fromEntries(KINDS.map(kind => [kind, (ranges?.get(kind) ?? []).map(span4).sort(bySpan)])) as Record<Kind, Span4[]>;
}

/** The painted ranges of each kind, sorted, each with the text it covers. */
export function paintedText(reader: SeedReaderApi, document: vscode.TextDocument): Record<Kind, [...Span4, string][]> {
  const ranges = reader.decorations.painted(document);
  return Object.fromEntries(
    KINDS.map(kind => [
      kind,
      [...(ranges?.get(kind) ?? [])].sort((a, b) => bySpan(span4(a), span4(b))).map(range => [...span4(range), document.getText(range)]),
    ]),
  ) as Record<Kind, [...Span4, string][]>;
}

/** A tree item as [label, description]; a see-also item as its label; the children of a node after it. */
type Shown = [string | undefined, string | boolean | undefined];
export interface ViewState {
  readonly seeAlso: (string | vscode.TreeItemLabel | undefined)[];
  readonly actors: [...Shown, [...Shown, Shown[]][]][];
  readonly events: Shown[];
}

/** What the three views show, as their providers give it: the Actors tree with its groups, their actors and each actor's mentions. */
export function views(reader: SeedReaderApi): ViewState {
  const shown = (item: vscode.TreeItem): Shown => [typeof item.label === 'string' ? item.label : item.label?.label, item.description];
  const actors = reader.actorsTree;
  return {
    seeAlso: reader.seeAlsoTree.getChildren().map(node => reader.seeAlsoTree.getTreeItem(node).label),
    actors: actors
      .getChildren()
      .map(group => [
        ...shown(actors.getTreeItem(group)),
        actors
          .getChildren(group)
          .map(actor => [...shown(actors.getTreeItem(actor)), actors.getChildren(actor).map(mention => shown(actors.getTreeItem(mention)))]),
      ]),
    events: reader.eventsTree.getChildren().map(node => shown(reader.eventsTree.getTreeItem(node))),
  };
}

/** Actors by number of mentions, most first; as many mentions keep their order. */
const mostMentionedFirst = <T extends { mentions: readonly unknown[] }>(actors: T[]): T[] =>
  actors
    .map((actor, i) => ({ actor, i }))
    .sort((a, b) => b.actor.mentions.length - a.actor.mentions.length || a.i - b.i)
    .map(x => x.actor);

const KIND_OF_TYPE = { PERSON: 'person', ORG: 'organisation', PLACE: 'place', MISC: 'misc' } as const;
const GROUPS = [
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['place', 'Places'],
  ['misc', 'Other'],
] as const;

/**
 * What the painted ranges and the views must be for `analysis` of `document`'s text, written out here
 * from the Analysis alone (the test's own reading of the UI contract), so it can be compared with what
 * the extension shows.
 */
export function expectedState(analysis: Analysis, document: vscode.TextDocument): { painted: Record<Kind, Span4[]>; views: ViewState } {
  const at = (span: { start: number; end: number }) => span4(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  const lineOf = (offset: number) => `line ${document.positionAt(offset).line + 1}`;
  return {
    painted: Object.fromEntries(
      KINDS.map(kind => [kind, (kind === 'date' ? analysis.dates : analysis.mentions.filter(m => KIND_OF_TYPE[m.type] === kind)).map(at).sort(bySpan)]),
    ) as Record<Kind, Span4[]>,
    views: {
      seeAlso: analysis.structure.seeAlso.map(item => item.title),
      // Most mentioned first, ties in text order (the default of seedReader.actors.sortBy).
      actors: GROUPS.map(([kind, label]) => [label, mostMentionedFirst(analysis.actors.filter(a => KIND_OF_TYPE[a.type] === kind))] as const)
        .filter(([, actors]) => actors.length > 0)
        .map(([label, actors]) => [
          label,
          `${actors.length}`,
          actors.map(actor => [actor.name, `×${actor.mentions.length}`, actor.mentions.map((m): Shown => [m.text, lineOf(m.start)])]),
        ]),
      events: analysis.events.map(event => [`${event.date.text} · ${shortClause(event.summary)}`, undefined]),
    },
  };
}
