/**
 * The one door to compromise in src/core (a unit test enforces it). Everything here is lazy: compromise's
 * model is only touched on first use.
 */
import nlp from 'compromise';

let lexicon: ReadonlyMap<string, readonly string[]> | undefined;

/** Lexicon tags of a lowercased word or phrase ("john" → ['MaleName']), or [] when compromise does not know it. */
export function lexiconTags(lowercased: string): readonly string[] {
  return (lexicon ??= loadLexicon()).get(lowercased) ?? NONE;
}

/** Every word and phrase of the lexicon. */
export function lexiconWords(): Iterable<string> {
  return (lexicon ??= loadLexicon()).keys();
}

const NONE: readonly string[] = Object.freeze([]);

function loadLexicon(): ReadonlyMap<string, readonly string[]> {
  const raw = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  const map = new Map<string, readonly string[]>();
  for (const [word, tags] of Object.entries(raw)) map.set(word, Object.freeze(Array.isArray(tags) ? tags : [tags]));
  return map;
}
