/**
 * The lexicon Seed Reader takes from compromise, in the compact stored form of src/core/nlp/lexicon.json:
 * every word or phrase in compromise's order, each with an index into the list of distinct tag lists. The
 * core reads that file instead of loading compromise, whose start-up (building its whole model and plugins,
 * of which only the lexicon is used) was most of the CLI's fixed cost. `npm run lexicon` writes it; a unit
 * test checks it is still what the installed compromise has.
 */
import nlp from 'compromise';

export interface LexiconData {
  /** Where it came from: "compromise <version>". */
  readonly source: string;
  readonly tagSets: readonly (readonly string[])[];
  /** The words, one a line. */
  readonly words: string;
  /** For each word, the index of its tag list in base 36, joined by ",". */
  readonly sets: string;
}

export function lexiconData(): LexiconData {
  const raw = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  const tagSets: string[][] = [];
  const setIndex = new Map<string, number>();
  const words: string[] = [];
  const sets: string[] = [];
  for (const [word, tags] of Object.entries(raw)) {
    if (word.includes('\n')) throw new Error(`the lexicon word "${word}" holds a line break, the separator`);
    const list = Array.isArray(tags) ? tags : [tags];
    const key = JSON.stringify(list);
    let index = setIndex.get(key);
    if (index === undefined) {
      index = tagSets.length;
      tagSets.push(list);
      setIndex.set(key, index);
    }
    words.push(word);
    sets.push(index.toString(36));
  }
  return { source: `compromise ${(nlp as unknown as { version: string }).version}`, tagSets, words: words.join('\n'), sets: sets.join(',') };
}
