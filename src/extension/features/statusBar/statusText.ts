/** What the status bar item says for the active seed, as plain data. No `vscode` import. */
import type { Analysis } from '../../../core';
import { COMMANDS } from '../../commands';

/** The item's text and tooltip, and the command a click runs. */
export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  readonly command: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "N actors · M events" (a click runs Go to Event); or, in one line, why the seed is not analysed: a
 * size above the limit (`held`, a click agrees to analyse it) or a text it will not read (empty, binary,
 * not UTF-8; a click shows the log). Undefined while there is nothing to say (the first analysis runs).
 */
export function statusView(analysis: Analysis | undefined, held: string | undefined): StatusView | undefined {
  if (held) {
    return {
      text: `Seed Reader: not analysed — ${held}`,
      tooltip: 'Seed Reader: this seed is above seedReader.maxFileSizeMB. Click to analyse it anyway.',
      command: COMMANDS.analyseAnyway,
    };
  }
  if (!analysis) return undefined;
  if (analysis.problem) {
    // The reason without its detail in brackets; the tooltip has it all.
    return {
      text: `Seed Reader: not analysed — ${analysis.problem.replace(/\s*\(.*\)$/, '')}`,
      tooltip: `Seed Reader did not analyse this file: ${analysis.problem}. Click to show the "Seed Reader" output.`,
      command: COMMANDS.showOutput,
    };
  }
  return {
    text: `${count(analysis.actors.length, 'actor')} · ${count(analysis.events.length, 'event')}`,
    tooltip: 'Seed Reader: Go to Event…',
    command: COMMANDS.goToEvent,
  };
}
