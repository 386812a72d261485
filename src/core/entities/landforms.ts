import type { EntitySpan } from '../model';
import { isCountryDemonym, placeKind } from './places';
import { type Word, isCapitalised, make } from './spanEdit';
import { SENTENCE_INITIAL_NON_NAMES, isTitleWord } from './lexicons';
import { lexiconTags } from '../nlp/compromise';

/**
 * Seas, islands, peninsulas and their kin, named by a landform head: "the Korean Peninsula", "the Black
 * sea" (as machine translation lowers the head), "the Sea of Japan", "the Kuril Islands". A class of words,
 * not a list of places: the name before the head (or after "of") is any capitalised word, a demonym among
 * them. The tagger, trained on 1996 news, reads such a head as an organisation's ("Korean Peninsula" → ORG).
 * Rule and gazetteer data meet here only in the check of a lower-cased head's name.
 */
const HEADS = new Set('sea seas ocean peninsula island islands isle isles archipelago strait straits gulf bay lake river mountains'.split(' '));
/**
 * Heads that count also lower-cased, as translation writes a sea's name ("the Black sea"). A lower-cased
 * island or peninsula stays outside, as in CoNLL ("Mindanao island", "the Korean peninsula").
 */
const LOWER_HEADS = new Set(['sea', 'ocean']);
/** Heads that open a name with "of" ("the Sea of Azov", "the Gulf of Finland"), capitalised only. */
const OF_HEADS = new Set('Sea Gulf Bay Strait Straits Isle Island Islands Lake Cape'.split(' '));

/** A word of a landform's name: capitalised, no possessive, no title, no function word opening a sentence ("The"). */
function nameWord(w: Word | undefined): w is Word {
  if (!w || !isCapitalised(w.text) || /['’]s$/u.test(w.text) || isTitleWord(w.text)) return false;
  const tags = lexiconTags(w.text.toLowerCase());
  return !(tags.length > 0 && tags.every(t => SENTENCE_INITIAL_NON_NAMES.has(t)));
}

/** The landform phrases of a sentence's `words`, as PLACE spans. */
export function landformPhrases(text: string, words: readonly Word[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  const spaced = (a: Word, b: Word) => text.slice(a.end, b.start) === ' ';
  for (let i = 0; i < words.length; i++) {
    const head = words[i];
    const lower = head.text.toLowerCase();
    if (!HEADS.has(lower) || (!isCapitalised(head.text) && !LOWER_HEADS.has(lower))) continue;
    // "Sea of Japan": the head, "of", and the capitalised words after it.
    if (OF_HEADS.has(head.text) && words[i + 1]?.text === 'of' && spaced(head, words[i + 1])) {
      let j = i + 2;
      if (words[j]?.text === 'the' && spaced(words[j - 1], words[j])) j++;
      let end = -1;
      while (nameWord(words[j]) && spaced(words[j - 1], words[j])) end = j++;
      if (end >= 0) {
        out.push(make(text, head.start, words[end].end, 'PLACE'));
        i = end;
        continue;
      }
    }
    // "Korean Peninsula", "Black sea", "South China sea": up to three capitalised words before the head,
    // which ends the name ("Green Bay Packers", "Cape Town" are other names).
    const next = words[i + 1];
    if (next && spaced(head, next) && isCapitalised(next.text)) continue;
    let first = i;
    while (first > 0 && i - first < 3 && nameWord(words[first - 1]) && spaced(words[first - 1], words[first])) first--;
    if (first === i || !isCapitalised(words[first].text)) continue;
    // A lower-cased head needs a name of a place or people, or of title-cased words ("the Russian Navy sea" is none).
    const name = text.slice(words[first].start, words[i - 1].end);
    if (!isCapitalised(head.text) && !(isCountryDemonym(name) || placeKind(name) || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(name))) continue;
    out.push(make(text, words[first].start, head.end, 'PLACE'));
  }
  return out;
}
