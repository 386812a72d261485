/**
 * The child-process side of the cold latency: in a fresh process, load the core (and with it compromise
 * and chrono-node), load the tagger model, and analyse the user's seed once. Nothing is loaded before the
 * clock starts, so this file imports the core only inside the function.
 */
import * as fs from 'fs';
import { USER_SEED } from './corpus';

export interface ColdStart {
  readonly requireMs: number;
  readonly modelMs: number;
  readonly firstAnalysisMs: number;
  /** require + model + first analysis. */
  readonly totalMs: number;
  /** From the process's start (Node's own boot included) to the first result. */
  readonly sinceProcessStartMs: number;
}

export function coldStart(): ColdStart {
  const text = fs.readFileSync(USER_SEED, 'utf8');
  const t0 = performance.now();
  const core = require('../src/core/analysis') as typeof import('../src/core/analysis');
  const node = require('../scripts/lib/repoModel') as typeof import('../scripts/lib/repoModel');
  const t1 = performance.now();
  const tagger = node.repoTagger();
  const t2 = performance.now();
  core.analyzeSeed(text, { tagger });
  const t3 = performance.now();
  return { requireMs: t1 - t0, modelMs: t2 - t1, firstAnalysisMs: t3 - t2, totalMs: t3 - t0, sinceProcessStartMs: t3 };
}
