import { LABEL_COUNT, canEnd, canFollow, canStart } from './bilou';

const L = LABEL_COUNT;
/** allowed[prev * L + next]; row L is the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let n = 0; n < L; n++) a[p * L + n] = (p === L ? canStart(n) : canFollow(p, n)) ? 1 : 0;
  return a;
})();
const ENDS: Uint8Array = Uint8Array.from({ length: L }, (_, l) => (canEnd(l) ? 1 : 0));

/**
 * Best valid BILOU label sequence for `n` tokens given emission scores (`emission[i * L + label]`) and
 * transition weights (`transition[prev * L + next]`, row L = sentence start). Invalid transitions are
 * never taken, so the result always decodes to well-formed entities.
 */
export function viterbi(n: number, emission: Float64Array, transition: ArrayLike<number>): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) score[l] = ALLOWED[L * L + l] ? emission[l] + transition[L * L + l] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let next = 0; next < L; next++) {
      let best = -Infinity;
      let arg = 0;
      for (let prev = 0; prev < L; prev++) {
        if (!ALLOWED[prev * L + next]) continue;
        const s = score[prevRow + prev] + transition[prev * L + next];
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[row + next] = best + emission[row + next];
      back[row + next] = arg;
    }
  }
  let best = -Infinity;
  let last = 0;
  for (let l = 0; l < L; l++) {
    const s = score[(n - 1) * L + l];
    if (ENDS[l] && s > best) {
      best = s;
      last = l;
    }
  }
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
  return labels;
}
