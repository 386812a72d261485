/**
 * Latency on the user's seed: cold (a fresh process loads compromise, chrono-node and the model, then
 * analyses once) and warm (median of 20 analyses in this process, no cache, so each is a full analysis).
 */
import * as fs from 'fs';
import { analyzeSeed } from '../src/core/analysis';
import type { MentionTagger } from '../src/core';
import { runChild } from './childProcess';
import type { ColdStart } from './coldStartChild';
import { USER_SEED } from './corpus';
import type { Figure } from './figures';
import { median, timed } from './stats';

const WARM_RUNS = 20;

export function latency(tagger: MentionTagger): Figure[] {
  const text = fs.readFileSync(USER_SEED, 'utf8');
  const cold = runChild<ColdStart>('cold', [], 120_000);
  for (let i = 0; i < 3; i++) analyzeSeed(text, { tagger });
  const warm = Array.from({ length: WARM_RUNS }, () => timed(() => analyzeSeed(text, { tagger })).ms);
  const seed = `seeds/${USER_SEED.split('/').at(-1)} (${(text.length / 1000).toFixed(1)} KB)`;
  const figures: Figure[] = cold.ok
    ? [
        {
          figure: 'latency.cold',
          label: 'cold: load + model + first analysis',
          value: cold.value.totalMs,
          unit: 'ms',
          note: `fresh process: require ${cold.value.requireMs.toFixed(0)} ms, model ${cold.value.modelMs.toFixed(0)} ms, first analysis ${cold.value.firstAnalysisMs.toFixed(0)} ms; ${cold.value.sinceProcessStartMs.toFixed(0)} ms from process start`,
        },
      ]
    : [{ figure: 'latency.cold', label: 'cold: load + model + first analysis', value: null, unit: 'ms', note: cold.error }];
  figures.push({
    figure: 'latency.warm',
    label: `warm: median of ${WARM_RUNS}`,
    value: median(warm),
    unit: 'ms',
    target: '<= 30',
    note: `${seed}; min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)}`,
  });
  return figures;
}
