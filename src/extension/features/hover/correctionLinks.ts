/**
 * The correction line of a hover card: links to the correction commands for the name or date under the
 * mouse. No `vscode` import; hover.ts trusts these commands (and only these, besides its navigation).
 */
import * as l10n from '@vscode/l10n';
import type { EntityType } from '../../../core';
import { COMMANDS } from '../../commands';
import { ENTITY_TYPES, typeLabel } from '../corrections/correctionDrafts';
import type { PlaceArg } from '../corrections/correctionSubject';
import { commandLink } from './markdownEscape';

/** The commands a card links to for corrections. */
export const CORRECTION_LINK_COMMANDS: readonly string[] = [
  COMMANDS.relabelActor,
  COMMANDS.renameActor,
  COMMANDS.dismissMention,
  COMMANDS.mergeActor,
  COMMANDS.splitMention,
];

/**
 * "Correct: [Organisation](…) · [Place](…) · [Other](…) · [Rename…](…) · [Merge…](…) · [Split off](…) · [Not a name…](…)"
 * for an actor of kind `type` at `offset` of the seed `uri`: one link a kind it could be instead, then the
 * other corrections. `split` only when the actor has other mentions to split this one from.
 */
export function actorCorrectionLine(uri: string, offset: number, type: EntityType, split: boolean): string {
  const at: PlaceArg = { uri, offset };
  const kinds = ENTITY_TYPES.filter(t => t !== type).map(t =>
    commandLink(typeLabel(t), COMMANDS.relabelActor, [at, t], l10n.t('Relabel as {0}, in every seed', typeLabel(t))),
  );
  const others = [
    commandLink(l10n.t('Rename…'), COMMANDS.renameActor, [at], l10n.t('Give it its right name')),
    commandLink(l10n.t('Merge…'), COMMANDS.mergeActor, [at], l10n.t('It is another name of an actor')),
    ...(split ? [commandLink(l10n.t('Split off'), COMMANDS.splitMention, [at], l10n.t('This mention is another actor'))] : []),
    commandLink(l10n.t('Not a name…'), COMMANDS.dismissMention, [at], l10n.t('Dismiss this mention, or every one with its text')),
  ];
  return l10n.t('Correct: {0}', [...kinds, ...others].join(' · '));
}

/** "Correct: [Not a date…](…)" for a date at `offset`. */
export function dateCorrectionLine(uri: string, offset: number): string {
  const at: PlaceArg = { uri, offset };
  return l10n.t('Correct: {0}', commandLink(l10n.t('Not a date…'), COMMANDS.dismissMention, [at], l10n.t('Dismiss this date, or every one with its text')));
}
