/** The rows of the workspace's pickers and of the Workspace view: plain data, no `vscode`, unit-tested. */
import * as l10n from '@vscode/l10n';
import type { TimelineEntry, WorkspaceActor } from '../../../core';
import { plainDate } from '../../plainDate';
import { type Kind, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import { shortClause, type TreeRow } from '../views/treeRows';
import { type ActorSeed, actorSeeds, fileLabel, type WorkspaceLookup } from '../../workspaceLookup';

/** One seed of an actor in the "list all" Quick Pick. */
export interface ActorSeedPick {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  /** Where choosing it goes: the seed and its first mention of the actor. */
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

const mentionCount = (n: number) => (n === 1 ? l10n.t('1 mention') : l10n.t('{0} mentions', n));

/** The seeds of an actor as picks, in the order given (most mentions first): file name, title, mentions. */
export function actorSeedPicks(seeds: readonly ActorSeed[]): ActorSeedPick[] {
  return seeds.map(seed => {
    const [start, end] = seed.spans[0] ?? [0, 0];
    return { label: fileLabel(seed.file), description: seed.title, detail: mentionCount(seed.mentions), file: seed.file, start, end };
  });
}

/** A node of the Workspace view: kinds, their actors (in the most seeds first), an actor's seeds, a seed's mentions. */
export type WorkspaceNode =
  | { readonly kind: 'group'; readonly group: Kind; readonly actors: readonly WorkspaceActor[] }
  | { readonly kind: 'actor'; readonly actor: WorkspaceActor }
  | { readonly kind: 'seed'; readonly actor: WorkspaceActor; readonly seed: ActorSeed }
  | { readonly kind: 'mention'; readonly actor: WorkspaceActor; readonly seed: ActorSeed; readonly index: number }
  /** The rest of a long group, from its actor `from` on. */
  | { readonly kind: 'more'; readonly group: Kind; readonly actors: readonly WorkspaceActor[]; readonly from: number };

/**
 * The most rows a list of the workspace views shows at once (a group's actors, the all-seeds timeline):
 * a last row "N more" lists the next ones. A large folder's thousands of rows are never built at once.
 */
export const PAGE_ROWS = 200;

/** The items of a list from `from` on, at most PAGE_ROWS of them, and whether more follow. */
export function page<T>(items: readonly T[], from: number): { readonly rows: readonly T[]; readonly more: boolean } {
  return { rows: items.slice(from, from + PAGE_ROWS), more: from + PAGE_ROWS < items.length };
}

const GROUPS: readonly Kind[] = ['person', 'organisation', 'place', 'misc'];

/** The top level: one group per kind that has actors; `linkActors` already puts the actors in the most seeds first. */
export function workspaceRoots(lookup: WorkspaceLookup): WorkspaceNode[] {
  return GROUPS.map(group => ({ kind: 'group' as const, group, actors: lookup.actors.filter(a => KIND_OF_TYPE[a.type] === group) })).filter(
    g => g.actors.length > 0,
  );
}

/** A group lists its actors; an actor its seeds, most mentions first; a seed the actor's mentions in it. */
export function workspaceChildren(lookup: WorkspaceLookup, node: WorkspaceNode): WorkspaceNode[] {
  if (node.kind === 'group' || node.kind === 'more') {
    const from = node.kind === 'more' ? node.from : 0;
    const { rows, more } = page(node.actors, from);
    const actors: WorkspaceNode[] = rows.map(actor => ({ kind: 'actor' as const, actor }));
    return more ? [...actors, { kind: 'more', group: node.group, actors: node.actors, from: from + PAGE_ROWS }] : actors;
  }
  if (node.kind === 'actor') return actorSeeds(lookup, node.actor).map(seed => ({ kind: 'seed' as const, actor: node.actor, seed }));
  if (node.kind === 'seed') return node.seed.spans.map((_, index) => ({ kind: 'mention' as const, actor: node.actor, seed: node.seed, index }));
  return [];
}

export function workspaceRow(node: WorkspaceNode): TreeRow {
  if (node.kind === 'group') {
    const info = KIND_INFO[node.group];
    return {
      id: `ws:${node.group}`,
      label: info.plural,
      description: `${node.actors.length}`,
      icon: info.icon,
      contextValue: 'workspaceGroup',
      expand: 'expanded',
    };
  }
  if (node.kind === 'more') return moreRow(`ws:${node.group}:more:${node.from}`, node.actors.length - node.from);
  const { actor } = node;
  if (node.kind === 'actor') {
    const seeds = actor.seeds.length;
    const mentions = actor.seeds.reduce((n, s) => n + s.mentions, 0);
    const description = seeds === 1 ? l10n.t('1 seed · ×{0}', mentions) : l10n.t('{0} seeds · ×{1}', seeds, mentions);
    const tooltip = actor.aliases.length > 0 ? `${actor.name}: ${actor.aliases.map(a => l10n.t('also “{0}”', a)).join('; ')}` : actor.name;
    return { id: `ws:${actor.id}`, label: actor.name, description, tooltip, contextValue: 'workspaceActor', expand: 'collapsed' };
  }
  const { seed } = node;
  if (node.kind === 'seed') {
    return {
      id: `ws:${actor.id}:${seed.file}`,
      label: fileLabel(seed.file),
      description: `×${seed.mentions}`,
      tooltip: seed.title || fileLabel(seed.file),
      contextValue: 'workspaceSeed',
      expand: 'collapsed',
    };
  }
  const [start] = seed.spans[node.index];
  return {
    id: `ws:${actor.id}:${seed.file}:${start}`,
    label: l10n.t('Mention {0} of {1}', node.index + 1, seed.spans.length),
    contextValue: 'workspaceMention',
    expand: 'none',
  };
}

/** The last row of a long list: how many more rows it expands to. */
export function moreRow(id: string, count: number): TreeRow {
  return { id, label: l10n.t('{0} more', count), icon: 'ellipsis', contextValue: 'more', expand: 'collapsed' };
}

/** An event of the workspace timeline, as the Events view lists it in "all seeds". */
export function timelineRow(entry: TimelineEntry): TreeRow {
  const where = fileLabel(entry.file);
  return {
    id: `timeline:${entry.file}:${entry.event}`,
    label: `${entry.date.text} · ${shortClause(entry.summary)}`,
    description: entry.yearKnown ? where : `${where} · ${l10n.t('year not stated')}`,
    tooltip: `${entry.date.text}: ${plainDate(entry.date.value)}\n\n${entry.text}`,
    icon: 'calendar',
    contextValue: 'timelineEvent',
    expand: 'none',
  };
}
