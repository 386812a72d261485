/**
 * compromise's lexicon, the only part of compromise the core uses, read from its stored form
 * (lexicon.json, written by `npm run lexicon` from the installed compromise; a unit test checks it is
 * current). Loading compromise itself built its whole model and plugins, most of the CLI's fixed start-up;
 * the stored lexicon is ready in a few milliseconds, on first use.
 */
import data from './lexicon.json';

let lexicon: ReadonlyMap<string, readonly string[]> | undefined;

/** Lexicon tags of a lowercased word or phrase ("john" → ['MaleName']), or [] when compromise does not know it. */
export function lexiconTags(lowercased: string): readonly string[] {
  return (lexicon ??= loadLexicon()).get(lowercased) ?? NONE;
}

/** Every word and phrase of the lexicon, in compromise's order. */
export function lexiconWords(): Iterable<string> {
  return (lexicon ??= loadLexicon()).keys();
}

const NONE: readonly string[] = Object.freeze([]);

function loadLexicon(): ReadonlyMap<string, readonly string[]> {
  const tagSets = data.tagSets.map(tags => Object.freeze([...tags]));
  const words = data.words.split('\n');
  const sets = data.sets.split(',');
  const map = new Map<string, readonly string[]>();
  for (let i = 0; i < words.length; i++) map.set(words[i], tagSets[parseInt(sets[i], 36)]);
  return map;
}
