import { LABEL_COUNT } from '../core/entities/tagger/bilou';
import { LinearModel, emissionScores } from '../core/entities/tagger/linearModel';
import { viterbi } from '../core/entities/tagger/viterbi';

/** A sentence prepared for training: feature indices per token and the gold labels. */
export interface TrainingSentence {
  readonly features: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Uint8Array;
}

export interface TrainingOptions {
  readonly epochs: number;
  /** Seed of the shuffle, so training is deterministic. */
  readonly seed: number;
  readonly onEpoch?: (epoch: number, errors: number) => void;
}

/**
 * Trains a structured averaged perceptron (Collins 2002) with Viterbi decoding. Averaging uses the
 * lazy trick: keep w and the sum of c·Δw; the average is w − sum/c.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], featureCount: number, options: TrainingOptions): LinearModel {
  const L = LABEL_COUNT;
  const w = new Float64Array(featureCount * L);
  const wSum = new Float64Array(featureCount * L);
  const t = new Float64Array((L + 1) * L);
  const tSum = new Float64Array((L + 1) * L);
  const order = sentences.map((_, i) => i);
  const random = mulberry32(options.seed);
  let c = 1;
  const bump = (weights: Float64Array, sums: Float64Array, index: number, delta: number) => {
    weights[index] += delta;
    sums[index] += c * delta;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const s of order) {
      const { features, offsets, gold } = sentences[s];
      const n = gold.length;
      const guess = viterbi(n, emissionScores(w, features, offsets), t);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = guess[i];
        if (g !== p) {
          errors++;
          for (let k = offsets[i]; k < offsets[i + 1]; k++) {
            const base = features[k] * L;
            bump(w, wSum, base + g, 1);
            bump(w, wSum, base + p, -1);
          }
        }
        const gPrev = i === 0 ? L : gold[i - 1];
        const pPrev = i === 0 ? L : guess[i - 1];
        if (g !== p || gPrev !== pPrev) {
          bump(t, tSum, gPrev * L + g, 1);
          bump(t, tSum, pPrev * L + p, -1);
        }
      }
      c++;
    }
    options.onEpoch?.(epoch + 1, errors);
  }
  const average = (weights: Float64Array, sums: Float64Array) => Float32Array.from(weights, (x, i) => x - sums[i] / c);
  return new LinearModel(average(w, wSum), average(t, tSum));
}

/** A small seeded PRNG (mulberry32), returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
