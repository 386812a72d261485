import { lexiconTags } from '../nlp/compromise';
import type { EntitySpan, EntityType, Span } from '../model';
import {
  GENERIC_REFERENCES,
  HONORIFICS,
  NON_NAME_CAPS,
  ORG_ACRONYMS,
  ORG_HEADS,
  PLACE_ACRONYMS,
  SENTENCE_INITIAL_NON_NAMES,
  TITLE_MODIFIERS,
  TREATY_HEADS,
  isTitleWord,
} from './lexicons';
import { isCountryDemonym, placeKind } from './places';
import { translatedNames } from './translatedNames';
import { landformPhrases } from './landforms';
import { quotedMedia } from './mediaNames';
import { type Word, firstStartingFrom, isAllCaps, isCapitalised, make, place, trimEdges, wordsIn } from './spanEdit';

/**
 * Sentence-level rules over the tagger's spans, for what a tagger trained on 1996 wire news misses on
 * real, machine-translated seeds: organisation and treaty phrases, acronyms, demonyms, designators,
 * lower-cased surnames and capitalised sentence openers. `spans` are the tagger's spans in `sentence`.
 */
export function refineSentence(text: string, sentence: Span, tagged: readonly EntitySpan[]): EntitySpan[] {
  let spans = tagged.flatMap(s => {
    const trimmed = trimEdges(text, s);
    return trimmed && !isOnlyTitle(trimmed) ? [cutHonorific(text, withoutLeadingFunctionWord(text, trimmed))] : [];
  });
  const words = wordsIn(text, sentence);
  const shouting = isShouting(text.slice(sentence.start, sentence.end));

  for (const c of organisationPhrases(text, words)) spans = place(spans, c, 'extend');
  for (const c of genericReferences(text, words)) spans = place(spans, c, 'retype');
  for (const c of treatyPhrases(text, words)) spans = place(spans, c, 'retype');
  spans = spans.map(s => (endsWithTreatyHead(s.text) && s.type === 'ORG' ? { ...s, type: 'MISC' } : s));
  spans = spans.flatMap(s => extendFirstName(text, words, s));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Runs of capitals are headings or table labels ("CRUDE OIL FILING"), not acronyms.
    const capsRun = [words[i - 1], words[i + 1]].some(n => n && isAllCaps(n.text));
    const type = shouting ? undefined : wordRuleType(w.text, i === 0, capsRun);
    if (type) spans = place(spans, make(text, w.start, w.end, type), 'fill');
  }
  if (!shouting) {
    spans = translatedNames(text, words, spans);
    for (const c of landformPhrases(text, words)) spans = place(spans, c, 'retype');
    for (const c of quotedMedia(text, sentence.start, sentence.end)) spans = place(spans, c, 'retype');
    const photographer = creditedPerson(text, sentence);
    if (photographer) spans = place(spans, photographer, 'retype');
  }
  return spans.filter(s => !isSentenceOpenerWord(s, words[0]) && !isCommonNounAsName(text, s));
}

/**
 * "Neither RBC", "Both Moscow": a capitalised English conjunction the tagger took into a name at a
 * sentence's or a quote's start is cut off. A closed list: the lexicon's determiners include the particles
 * of names ("El Salvador", "De Wilde", "Le Matin").
 */
const LEADING_CONJUNCTION = /^(?:Neither|Either|Both|Nor|But|And|Or|Yet|Whether)\s+(?=\p{Lu})/u;
function withoutLeadingFunctionWord(text: string, s: EntitySpan): EntitySpan {
  const m = LEADING_CONJUNCTION.exec(s.text);
  return m ? make(text, s.start + m[0].length, s.end, s.type) : s;
}

/**
 * The photographer of a credit line, "© Ivan petrov/TASS, archive": a name of two or three words (the
 * surname lower-cased by translation, or glued to the agency's slash) between the sign and the slash.
 */
const CREDIT = /^©[ \t]*(\p{Lu}\p{Ll}+(?: \p{L}[\p{L}-]*){1,2})[ \t]*\//u;
function creditedPerson(text: string, sentence: Span): EntitySpan | undefined {
  const m = CREDIT.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  if (!m) return undefined;
  const start = sentence.start + m[0].indexOf(m[1]);
  return make(text, start, start + m[1].length, 'PERSON');
}

/**
 * Capitalised common nouns that translation leaves behind: "on Board" (the idiom, not a board), and a bare
 * body head the tagger called MISC ("the Embassy staff"), which is no name (the guidelines leave a bare
 * anaphor out; "the Alliance" is an ORG by its own rule).
 */
function isCommonNounAsName(text: string, s: EntitySpan): boolean {
  if (s.text === 'Board') return /\bon $/.test(text.slice(Math.max(0, s.start - 4), s.start)) && !/^ of\b/.test(text.slice(s.end, s.end + 3));
  return s.type === 'MISC' && ORG_HEADS.has(s.text.toLowerCase());
}

/** Headlines in capitals make every word look like an acronym. */
function isShouting(s: string): boolean {
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = s.match(/\p{Ll}/gu)?.length ?? 0;
  return upper > lower;
}

/** The type a lone word has by its form, when the tagger left it out. */
function wordRuleType(w: string, sentenceInitial: boolean, capsRun: boolean): EntityType | undefined {
  if (isDesignator(w)) return 'MISC';
  if (isDemonym(w) || (isCapitalised(w) && isCountryDemonym(w))) return 'MISC';
  if (PLACE_ACRONYMS.has(w)) return 'PLACE';
  if (isAllCaps(w) && !capsRun && !w.includes('.') && !NON_NAME_CAPS.has(w)) {
    // Only acronyms known to name something: an unknown one is as often a unit, a code or a shout.
    const tags = lexiconTags(w.toLowerCase());
    if (tags.includes('Country') || tags.includes('Place') || tags.includes('City')) return 'PLACE';
    if (ORG_ACRONYMS.has(w) || (tags.includes('Organization') && !sentenceInitial)) return 'ORG';
  }
  return undefined;
}

/** Model numbers such as "9М729", "SS-20", "F-16": letters and digits mixed, a capital among them. */
export function isDesignator(w: string): boolean {
  const lower = w.match(/\p{Ll}/gu)?.length ?? 0; // "MiG-29" has one; "Under-21" is a word with a number
  return (
    w.length >= 3 &&
    lower <= 1 &&
    /\p{N}/u.test(w) &&
    /\p{Lu}/u.test(w) &&
    /^[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u.test(w) &&
    !/^\p{N}+\p{L}$/u.test(w) &&
    !/^\d{4}-/.test(w) // "1996-A" is a series of a year
  );
}

/** "Russian", "Americans", "Russian-American". */
export function isDemonym(w: string): boolean {
  if (!isCapitalised(w)) return false;
  return w.split('-').every(part => lexiconTags(part.toLowerCase()).includes('Demonym'));
}

/**
 * "Secretary General" (as a person), "Defence Ministers" (as an organisation): titles alone are not
 * names. One word tagged as an organisation ("Labour", "Cardinals") may well be one.
 */
function isOnlyTitle(s: EntitySpan): boolean {
  const words = s.text.split(/\s+/);
  if (s.type !== 'PERSON' && words.length < 2) return false;
  return words.every(w => isTitleWord(w) || (w.endsWith('s') && isTitleWord(w.slice(0, -1))));
}

/** "the Alliance", "the Organization": a capitalised generic head after "the" names an organisation. */
function genericReferences(text: string, words: readonly Word[]): EntitySpan[] {
  return words
    .filter((w, i) => i > 0 && words[i - 1].text.toLowerCase() === 'the' && isCapitalised(w.text))
    .filter(w => GENERIC_REFERENCES.has(w.text.toLowerCase()))
    .map(w => make(text, w.start, w.end, 'ORG'));
}

/** "Mr. Stoltenberg" → "Stoltenberg": honorifics stay outside a PERSON span. */
function cutHonorific(text: string, s: EntitySpan): EntitySpan {
  if (s.type !== 'PERSON') return s;
  const m = /^(\S+)\s+/u.exec(s.text);
  if (m && HONORIFICS.has(m[1].toLowerCase()) && s.text.length > m[0].length) {
    return make(text, s.start + m[0].length, s.end, 'PERSON');
  }
  return s;
}

const nameLike = (w: Word): boolean => isCapitalised(w.text) || isAllCaps(w.text);

/**
 * "U.S. Embassy", "defense Ministry", "Council Russia—NATO", "Ministry of Defence": a capitalised
 * organisation head with its capitalised (or domain-word) modifiers and an optional "of X" complement.
 */
function organisationPhrases(text: string, words: readonly Word[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = words[i];
    if (!isCapitalised(head.text) || !ORG_HEADS.has(head.text.toLowerCase())) continue;
    let first = i;
    while (first > 0 && gap(text, words[first - 1], words[first]) === ' ' && modifies(words[first - 1], first - 1 === 0)) first--;
    let last = i;
    // "Council Russia—NATO": names joined by dashes right after the head.
    if ((head.text === 'Council' || head.text === 'Commission') && first === i) {
      let j = last;
      while (j + 1 < words.length && nameLike(words[j + 1]) && /^(?: |\s*[—–-]\s*)$/u.test(gap(text, words[j], words[j + 1]))) j++;
      const dashed = /[—–-]/u.test(text.slice(words[last].end, words[j].start));
      if (dashed && j - last <= 3) last = j;
    }
    const of = complementAfter(text, words, last);
    if (of > last) last = of;
    if (first === i && last === i) continue;
    out.push(make(text, words[first].start, words[last].end, 'ORG'));
    i = last;
  }
  return out;
}

/** A word that can stand before an organisation head: a capitalised name or a domain word ("defense"). */
function modifies(w: Word, sentenceInitial: boolean): boolean {
  const lower = w.text.toLowerCase();
  if (lower === 'the' || lower === 'a') return false;
  if (TITLE_MODIFIERS.has(lower) && !['former', 'first', 'second', 'acting'].includes(lower)) return true;
  if (!nameLike(w) || isDemonym(w.text)) return false; // "German Foreign Ministry": CoNLL keeps "German" apart
  return !(sentenceInitial && lexiconTags(lower).some(t => SENTENCE_INITIAL_NON_NAMES.has(t)));
}

/** "… of (the) Name Name": returns the index of the complement's last word, or `last` when there is none. */
function complementAfter(text: string, words: readonly Word[], last: number): number {
  let j = last + 1;
  if (words[j]?.text !== 'of') return last;
  j++;
  if (words[j]?.text === 'the') j++;
  let end = last;
  while (j < words.length && nameLike(words[j]) && gap(text, words[j - 1], words[j]) === ' ') {
    if (/['’]s$/u.test(words[j].text)) break; // "University of Michigan's August index"
    end = j++;
  }
  return end;
}

function gap(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}

/** "INF Treaty", "Treaty on the … forces (INF)", and the acronym in brackets after it. */
function treatyPhrases(text: string, words: readonly Word[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = words[i];
    if (!isCapitalised(head.text) || !TREATY_HEADS.has(head.text.toLowerCase())) continue;
    let first = i;
    while (first > 0 && nameLike(words[first - 1]) && gap(text, words[first - 1], words[first]) === ' ' && first - 1 > 0) first--;
    let last = i;
    if (first === i && /^(?:on|of|between|banning|for)$/.test(words[i + 1]?.text ?? '')) {
      // The long form runs to a bracket or clause punctuation, a dozen words at most.
      let j = i + 1;
      while (j + 1 < words.length && j - i < 14 && /^ $/.test(gap(text, words[j], words[j + 1]))) j++;
      if (j > i + 2) last = j;
    }
    if (first === i && last === i) continue;
    out.push(make(text, words[first].start, words[last].end, 'MISC'));
    const next = words[last + 1];
    if (next && isAllCaps(next.text) && /^\s*\($/.test(gap(text, words[last], next)) && text[next.end] === ')') {
      out.push(make(text, next.start, next.end, 'MISC'));
    }
    i = last;
  }
  return out;
}

function endsWithTreatyHead(s: string): boolean {
  return TREATY_HEADS.has(s.split(/\s+/).pop()!.toLowerCase());
}

/** "Donald trump": a first name followed by an unknown lower-case word, as machine translation leaves it. */
function extendFirstName(text: string, words: readonly Word[], s: EntitySpan): EntitySpan[] {
  // The tagger sometimes calls a first name before a lower-cased surname a place ("Donald trump").
  if (!(s.type === 'PERSON' || (s.type === 'PLACE' && !placeKind(s.text))) || /\s/.test(s.text)) return [s];
  const tags = lexiconTags(s.text.toLowerCase());
  if (!tags.some(t => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return [s];
  const i = wordStartingAt(words, s.start);
  const next = words[i + 1];
  if (i < 0 || !next || gap(text, words[i], next) !== ' ') return [s];
  const surname = next.text;
  if (!/^\p{Ll}{3,}$/u.test(surname) || /(?:ed|ing|ly|s)$/.test(surname) || lexiconTags(surname).length > 0) return [s];
  const after = words[i + 2];
  if (after && isCapitalised(after.text) && gap(text, next, after) === ' ') return [s]; // "Joaquin del Olmo": a particle
  return [make(text, s.start, next.end, 'PERSON')];
}

/** The index of the word (in text order) that starts at `start`, or -1: a binary search, for huge sentences. */
function wordStartingAt(words: readonly Word[], start: number): number {
  const i = firstStartingFrom(words, start);
  return i < words.length && words[i].start === start ? i : -1;
}

/** "Later at the U.S. Embassy…": a capitalised function word opening a sentence is not a name. */
function isSentenceOpenerWord(s: EntitySpan, first: Word | undefined): boolean {
  if (!first || s.start !== first.start || s.end !== first.end) return false;
  const tags = lexiconTags(s.text.toLowerCase());
  return tags.length > 0 && tags.every(t => SENTENCE_INITIAL_NON_NAMES.has(t));
}
