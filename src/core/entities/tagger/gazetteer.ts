import { lexiconTags, lexiconWords } from '../../nlp/compromise';

/** Known names: lowercased phrase ("new york") → bit mask of entity type indices (see ENTITY_TYPES). */
export interface Gazetteer {
  readonly phrases: ReadonlyMap<string, number>;
  /** First words of the phrases of two or more words, so most tokens skip the phrase lookups. */
  readonly starters: ReadonlySet<string>;
}

/** Longest phrase, in tokens, looked up in a gazetteer or in compromise's lexicon. */
export const MAX_PHRASE = 5;

/** Builds a gazetteer from known entity phrases. */
export function buildGazetteer(entries: Iterable<readonly [phrase: string, mask: number]>): Gazetteer {
  const phrases = new Map<string, number>();
  for (const [phrase, mask] of entries) phrases.set(phrase, (phrases.get(phrase) ?? 0) | mask);
  return { phrases, starters: startersOf(phrases.keys()) };
}

/** First words of the multi-word phrases among `phrases`. */
export function startersOf(phrases: Iterable<string>): Set<string> {
  const starters = new Set<string>();
  for (const phrase of phrases) {
    const space = phrase.indexOf(' ');
    if (space > 0) starters.add(phrase.slice(0, space));
  }
  return starters;
}

/** Calls `hit(first, last, value)` for every span of `lower` (up to MAX_PHRASE tokens) that `lookup` knows. */
export function phraseMatches<T>(
  lower: readonly string[],
  minLength: number,
  starters: ReadonlySet<string>,
  lookup: (phrase: string) => T | undefined,
  hit: (first: number, last: number, value: T) => void,
): void {
  for (let first = 0; first < lower.length; first++) {
    let phrase = lower[first];
    if (minLength <= 1) {
      const value = lookup(phrase);
      if (value !== undefined) hit(first, first, value);
    }
    if (!starters.has(phrase)) continue;
    for (let last = first + 1; last < Math.min(lower.length, first + MAX_PHRASE); last++) {
      phrase += ' ' + lower[last];
      const value = lookup(phrase);
      if (value !== undefined) hit(first, last, value);
    }
  }
}

/** compromise's lexicon tags of a multi-word phrase, or undefined (a lookup for phraseMatches). */
export function lexiconPhrase(phrase: string): readonly string[] | undefined {
  const tags = lexiconTags(phrase);
  return tags.length > 0 ? tags : undefined;
}

let lexiconStarterSet: ReadonlySet<string> | undefined;
/** First words of compromise's multi-word lexicon entries. */
export function lexiconStarters(): ReadonlySet<string> {
  return (lexiconStarterSet ??= startersOf(lexiconWords()));
}
