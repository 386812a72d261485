/** Matching a see-also headline to a seed title by shared words. */
import { indexedSeeds, type WorkspaceIndex } from './workspaceIndex';

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

/** Where a see-also headline leads: the seed whose title it names, or why none. */
export type SeeAlsoTarget = { readonly file: string; readonly title: string } | { readonly file?: undefined; readonly reason: string };

/**
 * The indexed seed whose title best matches a see-also headline (`bestTitleMatch`, files in order on a
 * tie), without opening a file. `from`, the seed the headline is in, is never its own match.
 */
export function resolveSeeAlso(index: WorkspaceIndex, headline: string, from?: string): SeeAlsoTarget {
  const candidates = indexedSeeds(index)
    .filter(s => s.file !== from && s.facts.title !== '')
    .map(s => ({ file: s.file, title: s.facts.title }));
  return bestTitleMatch(headline, candidates) ?? { reason: 'no seed in the workspace has this title' };
}
