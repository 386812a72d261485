import { LABEL_COUNT } from './bilou';
import { viterbi } from './viterbi';

/**
 * A linear sequence model: one weight per (feature, label) and per label transition. Features are
 * given as indices into the model's feature table; -1 (unknown feature) is skipped.
 */
export class LinearModel {
  constructor(
    /** weights[feature * LABEL_COUNT + label] */
    readonly weights: Float32Array,
    /** transitions[prev * LABEL_COUNT + next]; row LABEL_COUNT is the sentence start. */
    readonly transitions: Float32Array,
  ) {}

  /** Best labels of a sentence whose token i has features `features[offsets[i] .. offsets[i + 1])`. */
  decode(features: Int32Array, offsets: Int32Array): Uint8Array {
    return this.decodeScores(emissionScores(this.weights, features, offsets));
  }

  /** Best labels for per-token label scores laid out as `emissionScores` returns them. */
  decodeScores(emission: Float64Array): Uint8Array {
    return viterbi(emission.length / LABEL_COUNT, emission, this.transitions);
  }

  /** Adds feature `feature`'s label weights to token `token`'s scores (as `emissionScores` would, in the same order). */
  addFeature(emission: Float64Array, token: number, feature: number): void {
    if (feature < 0) return;
    const row = token * LABEL_COUNT;
    const base = feature * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) emission[row + l] += this.weights[base + l];
  }
}

/** Per-token label scores: emission[i * LABEL_COUNT + label]. */
export function emissionScores(weights: ArrayLike<number>, features: Int32Array, offsets: Int32Array): Float64Array {
  const L = LABEL_COUNT;
  const n = offsets.length - 1;
  const emission = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const f = features[k];
      if (f < 0) continue;
      const base = f * L;
      for (let l = 0; l < L; l++) emission[row + l] += weights[base + l];
    }
  }
  return emission;
}
