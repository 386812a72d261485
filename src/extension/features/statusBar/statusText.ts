/** What the status bar item says for the active seed, as plain data. No `vscode` import. */
import * as l10n from '@vscode/l10n';
import type { Analysis } from '../../../core';
import { COMMANDS } from '../../commands';

/** The item's text and tooltip, and the command a click runs. */
export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  readonly command: string;
}

const actors = (n: number) => (n === 1 ? l10n.t('1 actor') : l10n.t('{0} actors', n));
const events = (n: number) => (n === 1 ? l10n.t('1 event') : l10n.t('{0} events', n));

/**
 * "N actors · M events" (a click runs Go to Event); or, in one line, why the seed is not analysed: a
 * size above the limit (`held`, a click agrees to analyse it) or a text it will not read (empty, binary,
 * not UTF-8; a click shows the log). Undefined while there is nothing to say (the first analysis runs).
 */
export function statusView(analysis: Analysis | undefined, held: string | undefined): StatusView | undefined {
  if (held) {
    return {
      text: l10n.t('Seed Reader: not analysed — {0}', held),
      tooltip: l10n.t('Seed Reader: this seed is above seedReader.maxFileSizeMB. Click to analyse it anyway.'),
      command: COMMANDS.analyseAnyway,
    };
  }
  if (!analysis) return undefined;
  if (analysis.problem) {
    // The reason without its detail in brackets; the tooltip has it all.
    return {
      text: l10n.t('Seed Reader: not analysed — {0}', analysis.problem.replace(/\s*\(.*\)$/, '')),
      tooltip: l10n.t('Seed Reader did not analyse this file: {0}. Click to show the "Seed Reader" output.', analysis.problem),
      command: COMMANDS.showOutput,
    };
  }
  return {
    text: `${actors(analysis.actors.length)} · ${events(analysis.events.length)}`,
    tooltip: l10n.t('Seed Reader: Go to Event…'),
    command: COMMANDS.goToEvent,
  };
}
