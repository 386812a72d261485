import { detach, type LruCache } from '../lruCache';
import type { EntitySpan, Span } from '../types';
import { covers, make, overlappingRun, type Word, wordsIn } from './spanEdit';

const SURNAME = /^\p{Lu}\p{Ll}/u;

/**
 * Document-level consistency: a surname once seen inside a full name is that person everywhere,
 * the title included ("Stoltenberg: NATO and …" after "Jens Stoltenberg"). The word must be
 * capitalised where it stands, and a longer name of another type that contains it is left alone.
 */
export function propagateSurnames(
  text: string,
  units: readonly Span[],
  spans: readonly EntitySpan[],
  memo?: LruCache<readonly Word[]>,
): EntitySpan[] {
  const surnames = new Set<string>();
  for (const s of spans) {
    const parts = s.text.split(/\s+/);
    if (s.type === 'PERSON' && parts.length >= 2) {
      const last = parts[parts.length - 1].replace(/['’]s$/u, '');
      if (SURNAME.test(last)) surnames.add(last);
    }
  }
  if (surnames.size === 0) return spans.slice();
  // Spans do not overlap and the surname words do not overlap each other, so each word is checked against
  // the original spans alone (found by binary search), and every replacement is applied at the end.
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const removed = new Set<EntitySpan>();
  const added: EntitySpan[] = [];
  for (const unit of units) {
    for (const w of nameWords(text, unit, memo)) {
      if (!surnames.has(w.text)) continue;
      const word = make(text, unit.start + w.start, unit.start + w.end, 'PERSON');
      const touching = sorted.slice(...overlappingRun(sorted, word));
      if (touching.some(s => s.type === 'PERSON' || !covers(word, s))) continue;
      for (const s of touching) removed.add(s);
      added.push(word);
    }
  }
  return sorted.filter(s => !removed.has(s)).concat(added).sort((a, b) => a.start - b.start);
}

/**
 * The words of a unit that could be a surname (capitalised, possessive cut off), with offsets from the
 * unit's start, kept per unit text when a `memo` is given.
 */
function nameWords(text: string, unit: Span, memo: LruCache<readonly Word[]> | undefined): readonly Word[] {
  const own = text.slice(unit.start, unit.end);
  const find = () => {
    const copy = detach(own); // kept words must not hold this version of the whole text
    return wordsIn(copy, { start: 0, end: copy.length }).flatMap(w => {
      const name = w.text.replace(/['’]s$/u, '');
      return SURNAME.test(name) ? [{ start: w.start, end: w.start + name.length, text: name }] : [];
    });
  };
  return memo ? memo.getOrSet(own, find) : find();
}
