/**
 * The hover card of "late October" in the user's seed, line by line, as both the unit tier (the card
 * builder) and the extension host (the hover provider) must give it: the mouse on the date, so its event
 * is named and not linked.
 */
export const LATE_OCTOBER_CARD = [
  '$(calendar) **late October** · Date',
  '',
  'late October · year not stated · 1st of 6 events · in the past  ',
  'Event: The President of the United States Donald trump has announced plans to withdraw…',
  '',
  'The article states no year; its day is taken as 24 January, inferred from the tenses of its dates.',
];

/** What a person's card ends with in the browser (after a rule): the links that correct the name. */
export const CORRECT_NAME = ' Correct: Organisation · Place · Other · Rename… · Merge… · Split off · Not a name…';
