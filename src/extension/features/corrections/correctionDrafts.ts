/**
 * What each correction command writes, as plain data: the NewCorrection for a name, a mention or a
 * selection, and the words that name a correction in the Corrections view and in messages. No `vscode`
 * import: the commands (correctionCommands.ts) ask the reader and hand these to the corrections service.
 */
import * as l10n from '@vscode/l10n';
import { anchorAt, type Analysis, type Correction, type EntityType, type MentionType, type NewCorrection, type Span } from '../../../core';
import { KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';

/** The kinds an actor can be relabelled to, in the order the UI lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];
/** The kinds a missed mention can be marked as: the actors' and DATE. */
export const MARK_TYPES: readonly MentionType[] = [...ENTITY_TYPES, 'DATE'];

/** Where "dismiss" applies: this mention only, every mention with its text in this seed, or in every seed. */
export type DismissScope = 'mention' | 'seed' | 'everywhere';
export const DISMISS_SCOPES: readonly DismissScope[] = ['mention', 'seed', 'everywhere'];

/** A kind's word in the reader's language: "Person", "Organisation", "Place", "Other", "Date". */
export function typeLabel(type: MentionType): string {
  return type === 'DATE' ? KIND_INFO.date.label : KIND_INFO[KIND_OF_TYPE[type]].label;
}

/** Rules about a name apply in every seed: the reader fixes a name once. */
export function relabel(name: string, type: EntityType): NewCorrection {
  return { kind: 'relabel', name, type };
}

export function rename(name: string, to: string): NewCorrection | undefined {
  const target = to.trim();
  return target === '' || target === name ? undefined : { kind: 'rename', name, to: target };
}

export function merge(name: string, into: string): NewCorrection | undefined {
  return name === into ? undefined : { kind: 'merge', name, into };
}

/**
 * Dismisses the mention at `span` of `text`: only there (anchored), every mention with its text in the
 * seed `seed`, or in every seed. A seed outside the workspace folder (`seed` undefined) takes only the last.
 */
export function dismiss(scope: DismissScope, text: string, span: Span, seed: string | undefined): NewCorrection | undefined {
  const name = text.slice(span.start, span.end);
  if (scope === 'everywhere') return { kind: 'dismiss', name };
  if (seed === undefined) return undefined;
  if (scope === 'seed') return { kind: 'dismiss', name, seed };
  return { kind: 'dismissMention', seed, anchor: anchorAt(text, span) };
}

/** Dismisses every mention whose text is `name`: in the seed `seed`, or in every seed when it is undefined. */
export function dismissName(name: string, seed: string | undefined): NewCorrection {
  return seed === undefined ? { kind: 'dismiss', name } : { kind: 'dismiss', name, seed };
}

export function split(text: string, span: Span, seed: string | undefined): NewCorrection | undefined {
  return seed === undefined ? undefined : { kind: 'split', seed, anchor: anchorAt(text, span) };
}

/**
 * Marks the selection `span` of `text` as a mention of kind `type`, without the spaces and punctuation at
 * its ends ("Kremlin, " marks "Kremlin"); undefined when nothing is left or the seed is outside the folder.
 */
export function mark(type: MentionType, text: string, span: Span, seed: string | undefined): NewCorrection | undefined {
  const trimmed = trimSpan(text, span);
  if (!trimmed || seed === undefined) return undefined;
  return { kind: 'add', seed, type, anchor: anchorAt(text, trimmed) };
}

/** `span` without white space and the punctuation `,;:.!?"'“”‘’()[]` at its ends; undefined when empty. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  const edge = /[\s,;:.!?"'“”‘’()[\]]/;
  while (start < end && edge.test(text[start])) start++;
  while (end > start && edge.test(text[end - 1])) end--;
  // A final dot belongs to an abbreviation ("U.S."): keep it when another dot is inside.
  if (end < span.end && text[end] === '.' && text.slice(start, end).includes('.')) end++;
  return start < end ? { start, end } : undefined;
}

/** The other actors of `analysis` an actor named `name` can be merged into: of the same kind first, then by first mention. */
export function mergeTargets(analysis: Analysis, name: string): { name: string; type: EntityType; mentions: number }[] {
  const self = analysis.actors.find(a => a.name === name);
  return analysis.actors
    .filter(a => a.name !== name)
    .map(a => ({ name: a.name, type: a.type, mentions: a.mentions.length }))
    .sort((x, y) => Number(y.type === self?.type) - Number(x.type === self?.type));
}

/** One line naming a correction, for the Corrections view and the undo message: "“Kremlin”: Organisation". */
export function describeCorrection(c: Correction | NewCorrection): string {
  switch (c.kind) {
    case 'relabel':
      return l10n.t('“{0}”: {1}', c.name, typeLabel(c.type));
    case 'rename':
      return l10n.t('“{0}” is named “{1}”', c.name, c.to);
    case 'dismiss':
      return l10n.t('“{0}” is not a name', c.name);
    case 'merge':
      return l10n.t('“{0}” is “{1}”', c.name, c.into);
    case 'add':
      return l10n.t('“{0}” here: {1}', c.anchor.quote, typeLabel(c.type));
    case 'dismissMention':
      return l10n.t('“{0}” is not a name here', c.anchor.quote);
    case 'split':
      return l10n.t('“{0}” here is an actor of its own', c.anchor.quote);
  }
}
