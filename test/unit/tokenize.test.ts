import * as assert from 'assert';
import { tokenize } from '../../src/core/text/tokenize';

const words = (text: string) => tokenize(text).map(t => t.text);

describe('tokenize', () => {
  it('follows CoNLL-2003 tokenisation on news wire', () => {
    assert.deepStrictEqual(words('LONDON 1996-08-30'), ['LONDON', '1996-08-30']);
    assert.deepStrictEqual(words('West Indian all-rounder Phil Simmons took four for 38 on Friday.'), [
      'West',
      'Indian',
      'all-rounder',
      'Phil',
      'Simmons',
      'took',
      'four',
      'for',
      '38',
      'on',
      'Friday',
      '.',
    ]);
    assert.deepStrictEqual(words('Mr. Smith of Acme Inc. said the U.S.-led "talks" (in Va.) cost $1,000.'), [
      'Mr.',
      'Smith',
      'of',
      'Acme',
      'Inc.',
      'said',
      'the',
      'U.S.-led',
      '"',
      'talks',
      '"',
      '(',
      'in',
      'Va.',
      ')',
      'cost',
      '$',
      '1,000',
      '.',
    ]);
    assert.deepStrictEqual(words("Germany's farmers don't trust the Farmers' Union, O'Brien said..."), [
      'Germany',
      "'s",
      'farmers',
      'do',
      "n't",
      'trust',
      'the',
      'Farmers',
      "'",
      'Union',
      ',',
      "O'Brien",
      'said',
      '...',
    ]);
  });

  it('splits the period of a sentence-final abbreviation, as CoNLL does', () => {
    assert.deepStrictEqual(words('He lives in the U.S.'), ['He', 'lives', 'in', 'the', 'U.S', '.']);
    assert.deepStrictEqual(words('Shares of Walt Disney Co.'), ['Shares', 'of', 'Walt', 'Disney', 'Co', '.']);
  });

  it('keeps money, scores and initials whole', () => {
    assert.deepStrictEqual(words('C$2.5 and US$3 for S&P, 5-1/2 at 9:00, J. Smith'), [
      'C$',
      '2.5',
      'and',
      'US$',
      '3',
      'for',
      'S&P',
      ',',
      '5-1/2',
      'at',
      '9:00',
      ',',
      'J.',
      'Smith',
    ]);
  });

  it('is robust on real text: curly quotes, dashes, odd spaces, emoji, Cyrillic', () => {
    assert.deepStrictEqual(words('the Council Russia—NATO, 13–14 February'), ['the', 'Council', 'Russia', '—', 'NATO', ',', '13', '–', '14', 'February']);
    assert.deepStrictEqual(words('“On both” — quotes ‘Mr. X’'), ['“', 'On', 'both', '”', '—', 'quotes', '‘', 'Mr.', 'X', '’']);
    assert.deepStrictEqual(words('a\u00a0b\tc\r\nd\u200be'), ['a', 'b', 'c', 'd', 'e']);
    assert.deepStrictEqual(words('ok 👍🏽 👨‍👩‍👧 😀x'), ['ok', '👍🏽', '👨‍👩‍👧', '😀', 'x']);
    assert.deepStrictEqual(words('ground-based 9М729 missiles'), ['ground-based', '9М729', 'missiles']);
    assert.deepStrictEqual(words('it’s Russia’s'), ['it', '’s', 'Russia', '’s']);
  });

  it('gives offsets into the original string within the range asked', () => {
    const text = 'xx  Jens Stoltenberg,\u00a0NATO.';
    assert.deepStrictEqual(tokenize(text, 2), [
      { start: 4, end: 8, text: 'Jens' },
      { start: 9, end: 20, text: 'Stoltenberg' },
      { start: 20, end: 21, text: ',' },
      { start: 22, end: 26, text: 'NATO' },
      { start: 26, end: 27, text: '.' },
    ]);
    assert.deepStrictEqual(tokenize(text, 9, 20), [{ start: 9, end: 20, text: 'Stoltenberg' }]);
    assert.deepStrictEqual(tokenize(''), []);
  });
});
