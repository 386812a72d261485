/** Matching a see-also headline to a seed title by shared words. No `vscode` import. */

/** The lower-cased words (letters and digits) of a text, as a set. */
export function titleWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Word overlap of two titles: shared words over the words of the longer one, 0..1. Dividing by the
 * longer title keeps a short title from matching every long one that contains its few words.
 */
export function titleOverlap(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const longer = Math.max(wa.size, wb.size);
  if (longer === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / longer;
}

/** The least overlap at which a seed counts as the one a see-also item names. */
export const MIN_TITLE_OVERLAP = 0.5;

/** The candidate whose title best matches `title` with overlap ≥ MIN_TITLE_OVERLAP (first wins ties), or undefined. */
export function bestTitleMatch<T extends { readonly title: string }>(title: string, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = MIN_TITLE_OVERLAP;
  for (const candidate of candidates) {
    const score = titleOverlap(title, candidate.title);
    if (score > bestScore || (score === bestScore && !best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
