/** What the highlighting paints and the legend says, as plain data from an Analysis. No `vscode` import. */
import * as l10n from '@vscode/l10n';
import type { Analysis, Span } from '../../../core';
import { type Kind, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';

/** The kinds highlighted, in the legend's order. */
export const KINDS: readonly Kind[] = ['person', 'organisation', 'place', 'misc', 'date'];

/** The theme colour ids of a kind, as contributed in package.json. */
export const kindColors = (kind: Kind) => ({ background: `seedReader.${kind}Background`, underline: `seedReader.${kind}Underline` });

/** The spans to paint per kind: each mention under its actor's kind, and the dates. */
export function spansByKind(analysis: Analysis): Map<Kind, Span[]> {
  const spans = new Map<Kind, Span[]>(KINDS.map(k => [k, []]));
  for (const m of analysis.mentions) spans.get(KIND_OF_TYPE[m.type])!.push(m);
  spans.get('date')!.push(...analysis.dates);
  return spans;
}

/** One line of the legend (a quick pick item): a kind, its colours, whether it is shown and how many spans of the seed it has. */
export interface LegendEntry {
  readonly entity: Kind;
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

/** The legend of `analysis` (or of no seed): one entry per kind, in KINDS order; `shown` says whether a kind is highlighted. */
export function legendEntries(shown: (kind: Kind) => boolean, analysis: Analysis | undefined): LegendEntry[] {
  const count = (kind: Kind) =>
    !analysis ? undefined : kind === 'date' ? analysis.dates.length : analysis.mentions.filter(m => KIND_OF_TYPE[m.type] === kind).length;
  return KINDS.map(kind => {
    const n = count(kind);
    const colors = kindColors(kind);
    return {
      entity: kind,
      label: `$(${KIND_INFO[kind].icon}) ${KIND_INFO[kind].plural}`,
      description: `${shown(kind) ? l10n.t('shown') : l10n.t('hidden')}${n === undefined ? '' : ` · ${l10n.t('{0} in this seed', n)}`}`,
      detail:
        kind === 'date'
          ? l10n.t('Tinted background {0}, underline {1}, marked in the overview ruler', colors.background, colors.underline)
          : l10n.t('Tinted background {0}, underline {1}', colors.background, colors.underline),
    };
  });
}
