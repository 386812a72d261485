/** Word lists and regular-expression fragments shared by the date rules. */

/** Month by lower-cased name or abbreviation (with or without its period). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ]
    .flatMap(([full, abbr], i): Array<[string, number]> => [
      [full, i + 1],
      [abbr, i + 1],
      [`${abbr}.`, i + 1],
    ])
    .concat([
      ['sept', 9],
      ['sept.', 9],
    ]),
);

/** Weekday 0 (Sunday) to 6 by lower-cased name. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((w, i) => [w, i]),
);

/** Capitalised full month names and the usual news abbreviations (an abbreviation needs its period). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' + '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';

/** Capitalised weekday names. */
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** Horizontal white space only, so that no rule joins words across a line break. */
export const WS = '[ \\t\\u00a0]+';

/** A year of the kind news mentions, as a regular-expression fragment. */
export const YEAR_RE = '(?:1[89]\\d\\d|20\\d\\d)';

/** Ordinals up to four, for quarters and halves ("third quarter", "3rd quarter", "second-half"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/** TimeML part-of-day codes. */
export const PART_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['tonight', 'NI'],
]);

/** TimeML season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Small cardinal numbers written as words, for "four years ago". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
    .map((w, i): [string, number] => [w, i === 0 ? 1 : i])
    .concat([
      ['an', 1],
      ['fifteen', 15],
      ['twenty', 20],
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
    ]),
);

/** Reads a count written in digits or words; undefined for vague ones ("several"). */
export function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return +word;
  return NUMBER_WORDS.get(word.toLowerCase());
}

/** Calendar unit by lower-cased singular or plural noun. */
export function unitOf(word: string): 'day' | 'week' | 'month' | 'year' | 'decade' | 'quarter' | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'day' || w === 'week' || w === 'month' || w === 'year' || w === 'decade' || w === 'quarter' ? w : undefined;
}
