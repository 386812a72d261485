/** Feature strings of a sentence's tokens as index arrays: token i has features[offsets[i] .. offsets[i + 1]). */
export interface IndexedSentence {
  readonly features: Int32Array;
  readonly offsets: Int32Array;
}

/** Maps each token's feature strings through `lookup`; features it does not know (-1) are dropped. */
export function indexFeatures(perToken: readonly (readonly string[])[], lookup: (feature: string) => number): IndexedSentence {
  const offsets = new Int32Array(perToken.length + 1);
  const ids: number[] = [];
  perToken.forEach((features, i) => {
    for (const f of features) push(ids, lookup(f));
    offsets[i + 1] = ids.length;
  });
  return { features: Int32Array.from(ids), offsets };
}

function push(ids: number[], id: number): void {
  if (id >= 0) ids.push(id);
}

/** Token-wise concatenation of two indexings of the same sentence. */
export function mergeIndexed(a: IndexedSentence, b: IndexedSentence): IndexedSentence {
  const n = a.offsets.length - 1;
  const features = new Int32Array(a.features.length + b.features.length);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    features.set(a.features.subarray(a.offsets[i], a.offsets[i + 1]), at);
    at += a.offsets[i + 1] - a.offsets[i];
    features.set(b.features.subarray(b.offsets[i], b.offsets[i + 1]), at);
    at += b.offsets[i + 1] - b.offsets[i];
    offsets[i + 1] = at;
  }
  return { features, offsets };
}
