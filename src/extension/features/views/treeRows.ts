/**
 * What the three views list, as plain data from an Analysis: the nodes of each tree and the row each
 * node shows. No `vscode` import: the trees turn a row into a TreeItem and add what needs the document
 * (line numbers, click commands).
 */
import * as l10n from '@vscode/l10n';
import type { Actor, Analysis, SeeAlsoItem, SeedEvent, Span } from '../../../core';
import { type Kind, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import { plainDate } from '../../plainDate';

export type ActorNode =
  | { readonly kind: 'group'; readonly group: Kind; readonly actors: readonly Actor[] }
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'mention'; readonly actor: Actor; readonly mention: Span & { readonly text: string }; readonly index: number };

export interface EventNode {
  readonly event: SeedEvent;
  readonly index: number;
}

export interface SeeAlsoNode {
  readonly item: SeeAlsoItem;
  readonly index: number;
}

/** One row of a view: its id, label, description, tooltip, codicon, context value, and whether it expands. */
export interface TreeRow {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon?: string;
  readonly contextValue: string;
  readonly expand: 'expanded' | 'collapsed' | 'none';
}

const GROUPS: readonly Kind[] = ['person', 'organisation', 'place', 'misc'];

/** How the Actors view orders the actors of a kind: most mentioned first (ties in text order), or in text order. */
export type ActorOrder = 'mentions' | 'textOrder';

function groupOf(analysis: Analysis, group: Kind, order: ActorOrder): ActorNode {
  const actors = analysis.actors.filter(a => KIND_OF_TYPE[a.type] === group);
  // Array.prototype.sort is stable: actors with as many mentions keep their text order.
  if (order === 'mentions') actors.sort((a, b) => b.mentions.length - a.mentions.length);
  return { kind: 'group', group, actors };
}

/** The Actors view's top level: one group per kind that has actors, in GROUPS order. */
export function actorRoots(analysis: Analysis, order: ActorOrder = 'mentions'): ActorNode[] {
  return GROUPS.map(group => groupOf(analysis, group, order)).filter(node => node.kind === 'group' && node.actors.length > 0);
}

/** A group lists its actors; an actor its mentions, in text order. */
export function actorChildren(node: ActorNode): ActorNode[] {
  if (node.kind === 'group') return node.actors.map(actor => ({ kind: 'actor' as const, actor }));
  if (node.kind === 'actor') return node.actor.mentions.map((mention, index) => ({ kind: 'mention' as const, actor: node.actor, mention, index }));
  return [];
}

/** The node above `node` (what reveal() needs), or undefined at the top. */
export function actorParent(analysis: Analysis, node: ActorNode, order: ActorOrder = 'mentions'): ActorNode | undefined {
  if (node.kind === 'group') return undefined;
  if (node.kind === 'mention') return { kind: 'actor', actor: node.actor };
  return groupOf(analysis, KIND_OF_TYPE[node.actor.type], order);
}

export function actorRow(node: ActorNode): TreeRow {
  if (node.kind === 'group') {
    const info = KIND_INFO[node.group];
    return {
      id: `group:${node.group}`,
      label: info.plural,
      description: `${node.actors.length}`,
      icon: info.icon,
      contextValue: 'actorGroup',
      expand: 'expanded',
    };
  }
  if (node.kind === 'actor') {
    const { actor } = node;
    const extra = [...actor.roles, ...actor.aliases.map(a => l10n.t('also “{0}”', a))];
    const tooltip = extra.length > 0 ? `${actor.name}: ${extra.join('; ')}` : actor.name;
    return { id: `actor:${actor.id}`, label: actor.name, description: `×${actor.mentions.length}`, tooltip, contextValue: 'actor', expand: 'collapsed' };
  }
  return { id: `mention:${node.actor.id}:${node.mention.start}`, label: node.mention.text, contextValue: 'mention', expand: 'none' };
}

/** The Events view: the events in timeline order. */
export function eventRoots(analysis: Analysis): EventNode[] {
  return analysis.events.map((event, index) => ({ event, index }));
}

/** The most of an event's summary a row shows, so that the date and a clause fit the view's default width. */
const SHORT_CLAUSE = 40;

/** The first words of `summary`, cut at a word boundary before `max` characters, with "…" when cut. */
export function shortClause(summary: string, max = SHORT_CLAUSE): string {
  if (summary.length <= max) return summary;
  const cut = summary.lastIndexOf(' ', max - 1);
  return `${summary.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}

/** An event's row: the date, then a short clause; the tooltip (plain text) has the day in words and the whole sentence. */
export function eventRow({ event, index }: EventNode): TreeRow {
  return {
    id: `event:${index}:${event.start}`,
    label: `${event.date.text} · ${shortClause(event.summary)}`,
    tooltip: `${event.date.text}: ${plainDate(event.date.value)}\n\n${event.text}`,
    icon: 'calendar',
    contextValue: 'event',
    expand: 'none',
  };
}

/** The See Also view: the related headlines in the seed's order. */
export function seeAlsoRoots(analysis: Analysis): SeeAlsoNode[] {
  return analysis.structure.seeAlso.map((item, index) => ({ item, index }));
}

export function seeAlsoRow({ item, index }: SeeAlsoNode): TreeRow {
  return {
    id: `seeAlso:${index}:${item.start}`,
    label: item.title,
    tooltip: `${item.title}\n\n${l10n.t('Opens the seed with this title if the workspace has one, else shows the line.')}`,
    icon: 'link',
    contextValue: 'seeAlsoItem',
    expand: 'none',
  };
}

/**
 * The See Also view's description, beside its title: how many headlines there are, so that the view,
 * collapsed at first, says what it holds. Undefined without a list (the view's welcome text says why).
 */
export function seeAlsoDescription(analysis: Analysis | undefined): string | undefined {
  const n = analysis?.structure.seeAlso.length ?? 0;
  if (n === 0) return undefined;
  return n === 1 ? l10n.t('1 headline') : l10n.t('{0} headlines', n);
}
