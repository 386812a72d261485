import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../entities/lexicons';
import { type Word, isCapitalised, wordsIn } from '../entities/spanEdit';
import { lexiconTags } from '../nlp/compromise';
import type { Span } from '../model';

/** What the words around a name say of the person. */
export interface NameContext {
  readonly honorific?: string;
  readonly role?: string;
}

const isHead = (w: string): boolean => TITLE_HEADS.has(w.toLowerCase()) || lexiconTags(w.toLowerCase()).includes('Actor');
const isTitleWord = (w: string): boolean => isHead(w) || TITLE_MODIFIERS.has(w.toLowerCase());
/** Clause punctuation between two words ends a title. */
const joined = (text: string, a: Word, b: Word): boolean => /^\s+$/.test(text.slice(a.end, b.start));

/**
 * Reads the honorific and the role written next to a name: "Mr. Stoltenberg", "Deputy foreign Minister
 * Sergei Ryabkov", "the President of the United States Donald trump" (a named complement stays in the
 * role), "Secretary General of the organization Jens Stoltenberg" (a generic one does not), or an
 * apposition after it: "Jens Stoltenberg, NATO Secretary General,".
 */
export function readNameContext(text: string, sentence: Span, name: Span): NameContext {
  const reach = nameReach(text, sentence, name);
  const before = wordsIn(text, { start: reach.start, end: name.start });
  const last = before[before.length - 1];
  if (last && HONORIFICS.has(last.text.toLowerCase()) && /^\s+$/.test(text.slice(last.end, name.start))) {
    return { honorific: last.text };
  }
  const after = wordsIn(text, { start: name.end, end: reach.end });
  const role = roleBefore(text, before, name) ?? roleAfter(text, after, name);
  return role ? { role } : {};
}

/**
 * The part of `sentence` that `readNameContext` reads for `name`: whole words up to REACH characters on
 * either side. Given this range as the sentence, it reads the same words.
 */
export function nameReach(text: string, sentence: Span, name: Span): Span {
  return {
    start: wordBoundaryAfter(text, Math.max(sentence.start, name.start - REACH), sentence.start),
    end: wordBoundaryBefore(text, Math.min(sentence.end, name.end + REACH), sentence.end),
  };
}

/**
 * How far around a name its title is looked for, in characters: a role is a few words, so a sentence
 * without breaks (a huge one-line file) costs the same per name as a short one.
 */
const REACH = 400;

/** `at`, or the first space after it when `at` cuts a word (so no partial word is read); `edge` is the sentence's own. */
function wordBoundaryAfter(text: string, at: number, edge: number): number {
  if (at <= edge) return edge;
  while (at < text.length && !/\s/.test(text[at - 1])) at++;
  return at;
}

function wordBoundaryBefore(text: string, at: number, edge: number): number {
  if (at >= edge) return edge;
  while (at > 0 && !/\s/.test(text[at])) at--;
  return at;
}

function roleBefore(text: string, words: readonly Word[], name: Span): string | undefined {
  const j = words.length - 1;
  if (j < 0 || !/^\s+$/.test(text.slice(words[j].end, name.start))) return undefined;
  for (let k = j; k >= Math.max(0, j - 7); k--) {
    if (k < j && !joined(text, words[k], words[k + 1])) return undefined;
    if (!isHead(words[k].text) || !isCapitalised(words[k].text)) continue;
    const complement = words.slice(k + 1, j + 1).map(w => w.text);
    let end = k;
    if (complement.length > 0) {
      if (complement[0] !== 'of') continue;
      const rest = complement.slice(complement[1] === 'the' ? 2 : 1);
      if (rest.length === 0) return undefined;
      const named = rest.every(isCapitalised);
      if (named) end = j;
      else if (rest.length > 1) return undefined; // "of the organization" is generic; longer lower-case text is not a title
    }
    let start = k;
    while (start > 0 && joined(text, words[start - 1], words[start]) && isTitleWord(words[start - 1].text)) start--;
    return text.slice(words[start].start, words[end].end);
  }
  return undefined;
}

function roleAfter(text: string, words: readonly Word[], name: Span): string | undefined {
  if (!/^\s*,\s*$/.test(text.slice(name.end, words[0]?.start ?? name.end))) return undefined;
  let end = -1;
  for (let k = 0; k < words.length && k < 6; k++) {
    if (k > 0 && !joined(text, words[k - 1], words[k])) break;
    const w = words[k].text;
    if (isHead(w)) end = k;
    else if (!(isTitleWord(w) || isCapitalised(w))) break;
  }
  if (end < 0) return undefined;
  let start = 0;
  if (words[0].text === 'the' || words[0].text === 'a') start = 1;
  return start <= end ? text.slice(words[start].start, words[end].end) : undefined;
}
