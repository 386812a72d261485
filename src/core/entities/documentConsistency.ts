import { isRegExpSpace } from '../seed/lines';
import type { EntitySpan } from '../model';
import { covers, make, overlappingRun, type Word, wordsIn } from './spanEdit';

const SURNAME = /^\p{Lu}\p{Ll}/u;

/** Words with offsets from `at` (a block's possible surnames, kept as found). */
export interface WordGroup {
  readonly at: number;
  readonly words: readonly Word[];
}
const POSSESSIVE = /['’]s$/u;

/**
 * Document-level consistency: a surname once seen inside a full name is that person everywhere,
 * the title included ("Stoltenberg: NATO and …" after "Jens Stoltenberg"). The word must be
 * capitalised where it stands, and a longer name of another type that contains it is left alone.
 * `spans` do not overlap; `groups` hold the document's possible surnames (`surnameWords` of each unit),
 * in text order.
 */
export function propagateSurnames(text: string, spans: readonly EntitySpan[], groups: readonly WordGroup[]): EntitySpan[] {
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PERSON') continue;
    // The last of two or more words, found without splitting every name.
    let cut = s.text.length;
    while (cut > 0 && !isRegExpSpace(s.text.charCodeAt(cut - 1))) cut--;
    if (cut === 0) continue;
    const last = s.text.slice(cut).replace(POSSESSIVE, '');
    if (SURNAME.test(last)) surnames.add(last);
  }
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  if (surnames.size === 0) return sorted;
  // Each surname word is checked against the original spans alone (found by binary search): the words
  // do not overlap each other, so every replacement can be applied at the end.
  const removed = new Set<EntitySpan>();
  const added: EntitySpan[] = [];
  for (const { at, words } of groups) {
    for (const w of words) {
      if (!surnames.has(w.text)) continue;
      const word = make(text, w.start + at, w.end + at, 'PERSON');
      const [lo, hi] = overlappingRun(sorted, word);
      let blocked = false;
      for (let i = lo; i < hi && !blocked; i++) blocked = sorted[i].type === 'PERSON' || !covers(word, sorted[i]);
      if (blocked) continue;
      for (let i = lo; i < hi; i++) removed.add(sorted[i]);
      added.push(word);
    }
  }
  if (added.length === 0) return sorted;
  return sorted
    .filter(s => !removed.has(s))
    .concat(added)
    .sort((a, b) => a.start - b.start);
}

/**
 * The words of `text` that could be a surname (capitalised, possessive cut off), with offsets into it.
 */
export function surnameWords(text: string): Word[] {
  const out: Word[] = [];
  for (const w of wordsIn(text, { start: 0, end: text.length })) {
    const name = w.text.replace(POSSESSIVE, '');
    if (SURNAME.test(name)) out.push({ start: w.start, end: w.start + name.length, text: name });
  }
  return out;
}
