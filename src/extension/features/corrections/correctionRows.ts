/** The rows of the Corrections view: plain data, no `vscode`, unit-tested. */
import * as l10n from '@vscode/l10n';
import { isAnchored, type Correction } from '../../../core';
import type { TreeRow } from '../views/treeRows';
import { describeCorrection } from './correctionDrafts';

/** Whether an anchored correction could be placed on its seed's text as it is now ('placed'), not ('orphaned'), or not yet known. */
export type Placement = 'placed' | 'orphaned' | 'unknown';

const ICONS: Readonly<Record<Correction['kind'], string>> = {
  relabel: 'tag',
  rename: 'edit',
  dismiss: 'eye-closed',
  merge: 'merge',
  add: 'add',
  dismissMention: 'eye-closed',
  split: 'split-horizontal',
};

/**
 * One row a correction, newest first (the one Undo removes on top). The description says where it applies
 * (its seed's file name, or every seed) and marks an orphaned one; the tooltip quotes an anchor with its context.
 */
export function correctionRows(corrections: readonly Correction[], placement: (c: Correction) => Placement): TreeRow[] {
  return [...corrections].reverse().map(c => {
    const where = c.seed === undefined ? l10n.t('every seed') : (c.seed.split('/').pop() ?? c.seed);
    const orphaned = isAnchored(c) && placement(c) === 'orphaned';
    const description = orphaned ? l10n.t('{0} · orphaned: its text is not found', where) : where;
    const context = isAnchored(c) ? `\n\n…${c.anchor.prefix}[${c.anchor.quote}]${c.anchor.suffix}…` : '';
    const tooltip = `${c.id}: ${describeCorrection(c)}${c.seed === undefined ? '' : ` (${c.seed})`}${context}`;
    return {
      id: `correction:${c.id}`,
      label: describeCorrection(c),
      description,
      tooltip,
      icon: orphaned ? 'warning' : ICONS[c.kind],
      contextValue: orphaned ? 'correctionOrphaned' : 'correction',
      expand: 'none',
    };
  });
}

/** The view's message above the rows: the read-only problem when there is one, else a hint when there are no corrections. */
export function correctionsMessage(count: number, problem: string | undefined, file: string): string | undefined {
  if (problem !== undefined) return l10n.t('Read-only: {0}: {1}', file, problem);
  if (count === 0) return l10n.t('No corrections yet. Correct a name from its hover card, the context menu or a Quick Fix.');
  return undefined;
}
