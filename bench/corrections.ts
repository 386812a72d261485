/**
 * What corrections cost on the user's seed: placing an anchor again after an edit before it (exact
 * search), after an edit of its quote (approximate search, approx-string-match), and applying 50 anchored
 * corrections and 50 name rules to the analysis, as the extension does on each published analysis. Medians of
 * 20 runs, in ms.
 */
import * as fs from 'fs';
import { analyzeSeed, anchorAt, correctAnalysis, type Correction } from '../src/core';
import { repoTagger } from '../scripts/lib/repoModel';
import { USER_SEED } from './corpus';
import type { Figure } from './figures';
import { median, timed } from './stats';

const RUNS = 20;

export function corrections(): Figure[] {
  const text = fs.readFileSync(USER_SEED, 'utf8');
  const analysis = analyzeSeed(text, { tagger: repoTagger() });
  const mentions = analysis.mentions;
  const anchors = mentions.map(m => anchorAt(text, m));
  const edited = 'Breaking: ' + text;
  const retyped = text.replace(/Stoltenberg/g, 'Stoltenbergh');
  const each = (t: string) =>
    median(
      Array.from({ length: RUNS }, () => timed(() => anchors.map(a => correctAnalysis(analysis, [{ id: 'x', kind: 'split', seed: 's', anchor: a }], t))).ms),
    ) / anchors.length;
  const rules: Correction[] = [
    ...anchors.slice(0, 50).map((anchor, i): Correction => ({ id: `a${i}`, kind: 'dismissMention', seed: 's', anchor })),
    ...Array.from({ length: 50 }, (_, i): Correction => ({ id: `r${i}`, kind: 'relabel', name: mentions[i % mentions.length].text, type: 'MISC' })),
  ];
  const apply = median(Array.from({ length: RUNS }, () => timed(() => correctAnalysis(analysis, rules, edited)).ms));
  return [
    {
      figure: 'corrections.exactMs',
      label: 'place one anchor after an edit elsewhere',
      value: each(edited),
      unit: 'ms',
      note: `${anchors.length} anchors, ${text.length} chars`,
    },
    { figure: 'corrections.approxMs', label: 'place one anchor after a name was retyped', value: each(retyped), unit: 'ms' },
    { figure: 'corrections.apply100Ms', label: 'apply 50 anchored + 50 name corrections', value: apply, unit: 'ms' },
  ];
}
