// How running time grows with input size, for the tests that hold a step to linear time.
import { performance } from 'perf_hooks';

export interface Growth {
  /** The fastest time of the small and of the large input, in ms. */
  readonly small: number;
  readonly large: number;
  /** large / small: about the size factor for a linear step, its square for a quadratic one. */
  readonly ratio: number;
}

/**
 * Times `run` on `small` and on `large` (built by the caller, outside the timing), `rounds` times each,
 * alternating, after one warm-up run of each (the first call pays for compiling and loading). The
 * fastest run of each stands for it: on a busy machine other work only ever adds time, so the minimum is
 * the truest figure and keeps the ratio from flaking.
 */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, rounds = 3): Growth {
  const time = (input: T) => {
    const started = performance.now();
    run(input);
    return performance.now() - started;
  };
  time(small);
  time(large);
  let [bestSmall, bestLarge] = [Infinity, Infinity];
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return { small: bestSmall, large: bestLarge, ratio: bestLarge / bestSmall };
}

/** The growth as a line for an assertion's message. */
export const describeGrowth = (g: Growth) => `${g.small.toFixed(1)} ms -> ${g.large.toFixed(1)} ms: ${g.ratio.toFixed(2)}x`;
