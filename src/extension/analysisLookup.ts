/** Questions the features ask of an Analysis, over plain offsets. No `vscode` import. */
import * as l10n from '@vscode/l10n';
import type { Analysis, Mention, Actor, SeedEvent, DateMention, EntityType, Span } from '../core';

/** Whether `offset` lies in `span`; its end counts too, so a cursor just after a word is on the word. */
const covers = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  return analysis.mentions.find(m => covers(m, offset));
}

export function actorById(analysis: Analysis, id: string): Actor | undefined {
  return analysis.actors.find(a => a.id === id);
}

/** The actor one of whose mentions is at `offset`. */
export function actorAt(analysis: Analysis, offset: number): Actor | undefined {
  const mention = mentionAt(analysis, offset);
  return mention && actorById(analysis, mention.actorId);
}

export function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  return analysis.dates.find(d => covers(d, offset));
}

/** The event dated by the date expression at `date`, with its index in timeline order. */
export function eventOfDate(analysis: Analysis, date: Span): { event: SeedEvent; index: number } | undefined {
  const index = analysis.events.findIndex(e => e.date.start === date.start && e.date.end === date.end);
  return index < 0 ? undefined : { event: analysis.events[index], index };
}

/** The events an actor takes part in, in timeline order. */
export function eventsOf(analysis: Analysis, actor: Actor): SeedEvent[] {
  return analysis.events.filter(e => e.actors.includes(actor.id));
}

/** Actors that share an event with `actor`, most shared first (then by first mention). */
export function coActors(analysis: Analysis, actor: Actor): { actor: Actor; shared: number }[] {
  const counts = new Map<string, number>();
  for (const event of eventsOf(analysis, actor)) {
    for (const id of new Set(event.actors)) if (id !== actor.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return analysis.actors
    .filter(a => counts.has(a.id))
    .map(a => ({ actor: a, shared: counts.get(a.id)! }))
    .sort((x, y) => y.shared - x.shared);
}

/** Where F12 goes: the first mention that spells the full name, else the first mention. */
export function firstFullMention(actor: Actor): Span & { readonly text: string } {
  return actor.mentions.find(m => m.text === actor.name) ?? actor.mentions[0];
}

/** The event that contains `offset`, as an index in timeline order, or -1. */
export function eventIndexAt(analysis: Analysis, offset: number): number {
  return analysis.events.findIndex(e => e.start <= offset && offset < e.end);
}

/** The kinds the UI shows, with the words and codicons for each. */
export type Kind = 'person' | 'organisation' | 'place' | 'misc' | 'date';

export const KIND_OF_TYPE: Readonly<Record<EntityType, Kind>> = {
  PERSON: 'person',
  ORG: 'organisation',
  PLACE: 'place',
  MISC: 'misc',
};

/**
 * The words of each kind, as functions: a word is translated when it is read, not when this module loads
 * (which is before activation configures @vscode/l10n).
 */
const KIND_WORDS: Readonly<Record<Kind, () => { readonly label: string; readonly plural: string }>> = {
  person: () => ({ label: l10n.t('Person'), plural: l10n.t('People') }),
  organisation: () => ({ label: l10n.t('Organisation'), plural: l10n.t('Organisations') }),
  place: () => ({ label: l10n.t('Place'), plural: l10n.t('Places') }),
  misc: () => ({
    label: l10n.t('Other'),
    plural: l10n.t({ message: 'Other', comment: 'The group of other named things (treaties, nationalities, products): a plural.' }),
  }),
  date: () => ({ label: l10n.t('Date'), plural: l10n.t('Dates') }),
};

const KIND_ICONS: Readonly<Record<Kind, string>> = { person: 'person', organisation: 'organization', place: 'location', misc: 'symbol-misc', date: 'calendar' };

/** A kind's codicon, and its words in the reader's language (getters over KIND_WORDS). */
function kindInfo(kind: Kind): { readonly label: string; readonly plural: string; readonly icon: string } {
  return {
    icon: KIND_ICONS[kind],
    get label() {
      return KIND_WORDS[kind]().label;
    },
    get plural() {
      return KIND_WORDS[kind]().plural;
    },
  };
}

export const KIND_INFO: Readonly<Record<Kind, { readonly label: string; readonly plural: string; readonly icon: string }>> = {
  person: kindInfo('person'),
  organisation: kindInfo('organisation'),
  place: kindInfo('place'),
  misc: kindInfo('misc'),
  date: kindInfo('date'),
};

/** The label of an event wherever one is listed: "date — summary". */
export function eventLabel(event: SeedEvent): string {
  return `${event.date.text} — ${event.summary}`;
}
