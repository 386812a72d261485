import { isRegExpSpace } from '../seed/lines';
import type { EntitySpan, EntityType, Span } from '../model';
import { placeKind } from './places';
import { covers, make, overlappingRun, type Word, wordsIn } from './spanEdit';
import { NEVER, POLL_EVERY, runToEnd, type Pause, type Stepwise } from '../stepwise';

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
 * in text order. It may pause (see `stepwise.ts`) inside its loops.
 */
export function* propagateSurnames(text: string, spans: readonly EntitySpan[], groups: readonly WordGroup[], pause: Pause): Stepwise<EntitySpan[]> {
  const surnames = new Set<string>();
  /** Each surname's full names; each PERSON span's text with how often it occurs. */
  const fullNames = new Map<string, Set<string>>();
  const personCounts = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const s = spans[i];
    if (s.type === 'PERSON') {
      personCounts.set(s.text, (personCounts.get(s.text) ?? 0) + 1);
    }
    if (s.type !== 'PERSON') continue;
    // The last of two or more words, found without splitting every name.
    let cut = s.text.length;
    while (cut > 0 && !isRegExpSpace(s.text.charCodeAt(cut - 1))) cut--;
    if (cut === 0) continue;
    const last = s.text.slice(cut).replace(POSSESSIVE, '');
    if (SURNAME.test(last)) {
      surnames.add(last);
      fullNames.set(last, (fullNames.get(last) ?? new Set()).add(s.text));
    }
  }
  if (pause()) yield;
  const sorted = splitMergedNames(
    text,
    spans.slice().sort((a, b) => a.start - b.start),
    fullNames,
    personCounts,
  );
  if (surnames.size === 0) return sorted;
  // Each surname word is checked against the original spans alone (found by binary search): the words
  // do not overlap each other, so every replacement can be applied at the end.
  const removed = new Set<EntitySpan>();
  const added: EntitySpan[] = [];
  for (const { at, words } of groups) {
    if (pause()) yield;
    for (const w of words) {
      if (!surnames.has(w.text)) continue;
      const word = make(text, w.start + at, w.end + at, 'PERSON');
      const [lo, hi] = overlappingRun(sorted, word);
      const glued = hi - lo === 1 ? countryBefore(text, sorted[lo], word) : undefined;
      if (glued) {
        // "Ukraine Volker" tagged as one place: the country, then the person.
        removed.add(sorted[lo]);
        added.push(glued, word);
        continue;
      }
      let blocked = false;
      for (let i = lo; i < hi && !blocked; i++) blocked = sorted[i].type === 'PERSON' || !covers(word, sorted[i]);
      if (blocked) continue;
      for (let i = lo; i < hi; i++) removed.add(sorted[i]);
      added.push(word);
    }
  }
  if (added.length === 0) return sorted;
  if (pause()) yield;
  return sorted
    .filter(s => !removed.has(s))
    .concat(added)
    .sort((a, b) => a.start - b.start);
}

/**
 * "At the talks with Shannon Ryabkov put forward …": two surnames, each seen ending another full name
 * ("Thomas Shannon", "Sergei Ryabkov"), run together by a translation that dropped a comma. A two-word
 * PERSON span met once, whose first word ends another name and opens none other, and whose second word
 * ends another name too, and that a lower-case word follows, is two people; a name met again is one.
 */
function splitMergedNames(
  text: string,
  sorted: EntitySpan[],
  fullNames: ReadonlyMap<string, ReadonlySet<string>>,
  personCounts: ReadonlyMap<string, number>,
): EntitySpan[] {
  const endsOther = (word: string, name: string) => [...(fullNames.get(word) ?? [])].some(n => n !== name);
  return sorted.flatMap(s => {
    const m = s.type === 'PERSON' && personCounts.get(s.text) === 1 ? /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u.exec(s.text) : null;
    if (!m || !endsOther(m[1], s.text) || !endsOther(m[2], s.text)) return [s];
    // Inside a clause, with a verb after it, not in a list of names ("Saqlain Mushtaq, Mushtaq Ahmed, …").
    if (!/^ \p{Ll}/u.test(text.slice(s.end, s.end + 2)) || /,\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start))) return [s];
    // Opening another name makes the word a given name as well ("Ahmed Ali" beside "Mushtaq Ahmed").
    if ([...personCounts.keys()].some(n => n !== s.text && n.startsWith(m[1] + ' '))) return [s];
    return [make(text, s.start, s.start + m[1].length, 'PERSON'), make(text, s.end - m[2].length, s.end, 'PERSON')];
  });
}

/** The country of a PLACE span made of a country and then `word` ("Ukraine Volker"), or undefined. */
function countryBefore(text: string, span: EntitySpan, word: EntitySpan): EntitySpan | undefined {
  if (span.type !== 'PLACE' || span.end !== word.end || span.start >= word.start - 1 || text[word.start - 1] !== ' ') return undefined;
  const country = make(text, span.start, word.start - 1, 'PLACE');
  return placeKind(country.text) === 'country' && !placeKind(span.text) ? country : undefined;
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

/** Which type wins a tie of votes for one surface. */
const TYPE_ORDER: readonly EntityType[] = ['ORG', 'PLACE', 'PERSON', 'MISC'];

/**
 * One type per name in a seed, decided from all its mentions: each surface (the text as written) takes the
 * type most of its mentions have, ties going to the earlier of ORG, PLACE, PERSON, MISC. Before the vote, a
 * lower-cased surname seen in a full name ("Donald trump") is that person wherever it stands alone and no
 * other name covers it ("the trump showed"), as machine translation lower-cases it throughout. `spans` are
 * in text order and do not overlap; so is the result. Only `ranges` (the units read, in text order) are searched.
 */
export function oneTypePerSurface(text: string, spans: readonly EntitySpan[], ranges: readonly Span[]): EntitySpan[] {
  return runToEnd(oneTypePerSurfaceSteps(text, spans, ranges, NEVER));
}

/** `oneTypePerSurface` in its cooperative form: it may pause inside its loops. */
export function* oneTypePerSurfaceSteps(text: string, spans: readonly EntitySpan[], ranges: readonly Span[], pause: Pause): Stepwise<EntitySpan[]> {
  let out = spans.slice();
  const lowerSurnames = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const s = spans[i];
    const m = s.type === 'PERSON' ? /^\p{Lu}\S*\s+(\p{Ll}{4,})$/u.exec(s.text) : null;
    if (m) lowerSurnames.add(m[1]);
  }
  if (lowerSurnames.size > 0) {
    // One walk over the text's lower-case words, whatever the number of surnames.
    const added: EntitySpan[] = [];
    for (const range of ranges) {
      if (pause()) yield;
      const slice = text.slice(range.start, range.end);
      for (const m of slice.matchAll(/(?<![\p{L}\p{N}])\p{Ll}{4,}(?![\p{L}\p{N}])/gu)) {
        if (!lowerSurnames.has(m[0])) continue;
        const word = make(text, range.start + m.index, range.start + m.index + m[0].length, 'PERSON');
        const [lo, hi] = overlappingRun(out, word);
        if (lo === hi) added.push(word);
      }
    }
    if (added.length > 0) out = out.concat(added).sort((a, b) => a.start - b.start);
  }
  if (pause()) yield;
  const votes = new Map<string, Map<EntityType, number>>();
  for (let i = 0; i < out.length; i++) {
    if (i % POLL_EVERY === 0 && pause()) yield;
    const s = out[i];
    const byType = votes.get(s.text) ?? new Map<EntityType, number>();
    byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
    votes.set(s.text, byType);
  }
  const winner = new Map<string, EntityType>();
  for (const [surface, byType] of votes) {
    // A city or country is also the team or government named after it ("Detroit" beat "Texas"), and a
    // table in capitals is no prose: those keep the type each mention has.
    if (byType.size < 2 || placeKind(surface) || !/\p{Ll}/u.test(surface)) continue;
    const best = [...byType].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0][0];
    winner.set(surface, best);
  }
  if (winner.size === 0) return out;
  if (pause()) yield;
  return out.map(s => {
    const type = winner.get(s.text);
    return type && type !== s.type ? { ...s, type } : s;
  });
}
