import type { EntityType } from '../../model';

/** The entity types the tagger predicts, in label order. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

/**
 * BILOU labels: 0 is O; then for each type in ENTITY_TYPES the four labels B, I, L, U. A label is
 * `1 + 4 * typeIndex + part` with part 0=B, 1=I, 2=L, 3=U.
 */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const OUTSIDE = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

const label = (type: number, part: number): number => 1 + 4 * type + part;
export const labelType = (l: number): number => (l === OUTSIDE ? -1 : (l - 1) >> 2);
const labelPart = (l: number): number => (l - 1) & 3;

/** Printable label names ("O", "B-PERSON", …), for the model file and debugging. */
export const LABEL_NAMES: readonly string[] = ['O', ...ENTITY_TYPES.flatMap(t => ['B', 'I', 'L', 'U'].map(p => `${p}-${t}`))];

/** Whether a label may start a sentence / end one (an entity must be closed by L or U). */
export function canStart(l: number): boolean {
  return l === OUTSIDE || labelPart(l) === B || labelPart(l) === U;
}
export function canEnd(l: number): boolean {
  return l === OUTSIDE || labelPart(l) === L || labelPart(l) === U;
}

/** Whether label `next` may follow label `prev` in BILOU. */
export function canFollow(prev: number, next: number): boolean {
  const open = prev !== OUTSIDE && (labelPart(prev) === B || labelPart(prev) === I);
  if (!open) return canStart(next);
  return next !== OUTSIDE && labelType(next) === labelType(prev) && (labelPart(next) === I || labelPart(next) === L);
}

/** A run of tokens [first, last] (inclusive) with a type index into ENTITY_TYPES. */
export interface TokenRun {
  readonly first: number;
  readonly last: number;
  readonly type: number;
}

/** BILOU labels of `count` tokens from non-overlapping runs. */
export function encodeRuns(count: number, runs: readonly TokenRun[]): Uint8Array {
  const labels = new Uint8Array(count);
  for (const run of runs) {
    if (run.first === run.last) {
      labels[run.first] = label(run.type, U);
      continue;
    }
    labels[run.first] = label(run.type, B);
    for (let i = run.first + 1; i < run.last; i++) labels[i] = label(run.type, I);
    labels[run.last] = label(run.type, L);
  }
  return labels;
}

/** Runs of a label sequence; tolerant of invalid sequences (a stray I or L starts a run). */
export function decodeRuns(labels: ArrayLike<number>): TokenRun[] {
  const runs: TokenRun[] = [];
  let first = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === OUTSIDE) {
      first = -1;
      continue;
    }
    const part = labelPart(l);
    if (part === B || part === U || first < 0 || labelType(labels[first]) !== labelType(l)) first = i;
    if (part === L || part === U) {
      runs.push({ first, last: i, type: labelType(l) });
      first = -1;
    }
  }
  return runs;
}
