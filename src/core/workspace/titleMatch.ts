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
  return overlapOfWords(titleWords(a), titleWords(b));
}

function overlapOfWords(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
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
  return bestByWords(titleWords(title), candidates, c => titleWords(c.title));
}

function bestByWords<T>(words: ReadonlySet<string>, candidates: readonly T[], wordsOf: (candidate: T) => ReadonlySet<string>): T | undefined {
  let best: T | undefined;
  let bestScore = MIN_TITLE_OVERLAP;
  for (const candidate of candidates) {
    const score = overlapOfWords(words, wordsOf(candidate));
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
  return seeAlsoResolver(index)(headline, from);
}

/**
 * `resolveSeeAlso` for many headlines: the titles' words are read once, so resolving every headline of a
 * seed (the See Also view) costs one pass over the index per headline, not one word split per title.
 */
export function seeAlsoResolver(index: WorkspaceIndex): (headline: string, from?: string) => SeeAlsoTarget {
  const titles = indexedSeeds(index)
    .filter(s => s.facts.title !== '')
    .map(s => ({ file: s.file, title: s.facts.title, words: titleWords(s.facts.title) }));
  return (headline, from) => {
    const best = bestByWords(titleWords(headline), from === undefined ? titles : titles.filter(t => t.file !== from), t => t.words);
    return best ? { file: best.file, title: best.title } : { reason: 'no seed in the workspace has this title' };
  };
}
