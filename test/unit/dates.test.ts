import * as assert from 'assert';
import { findDates } from '../../src/core/dates/findDates';
import { resolveDate } from '../../src/core/dates/resolveDate';
import type { DateMention } from '../../src/core';
import { readSeed } from './helpers/seeds';

/** The seed's dates without a reference date: only what the text states, X'd elsewhere. */
const seedUnanchored: DateMention[] = [
  { start: 792, end: 806, text: '13-14 February', kind: 'DATE', value: 'XXXX-02-13', stated: { month: 2, day: 13, endDay: 14 }, tense: 'future' },
  { start: 879, end: 887, text: '9:00 GMT', kind: 'TIME', value: 'XXXX-XX-XXT09:00', stated: { hour: 9, minute: 0 }, tense: 'past' },
  { start: 1008, end: 1020, text: 'late October', kind: 'DATE', value: 'XXXX-10', stated: { month: 10 }, mod: 'END', tense: 'past' },
  { start: 1209, end: 1219, text: '15 January', kind: 'DATE', value: 'XXXX-01-15', stated: { month: 1, day: 15 }, tense: 'past' },
  { start: 1366, end: 1376, text: '23 January', kind: 'DATE', value: 'XXXX-01-23', stated: { month: 1, day: 23 }, tense: 'past' },
  { start: 1881, end: 1890, text: 'next week', kind: 'DATE', value: 'XXXX-WXX', stated: {}, relative: { unit: 'week', offset: 1 }, tense: 'future' },
];

describe('findDates on the user seed', () => {
  const text = readSeed();

  it('finds the six dates with X’d values when there is no reference date', () => {
    assert.deepStrictEqual(findDates(text), seedUnanchored);
  });

  it('resolves them against 2019-01-25 by their tense', () => {
    const values = ['2019-02-13', '2019-01-25T09:00', '2018-10', '2019-01-15', '2019-01-23', '2019-W5'];
    assert.deepStrictEqual(
      findDates(text, { ref: '2019-01-25' }),
      seedUnanchored.map((m, i) => ({ ...m, value: values[i] })),
    );
  });
});

describe('findDates rules', () => {
  const ref = '1998-08-07'; // a Friday

  it('resolves a weekday in a past sentence to the reference day itself or the last one', () => {
    assert.deepStrictEqual(findDates('The embassy was bombed on Friday, officials said.', { ref }), [
      {
        start: 26,
        end: 32,
        text: 'Friday',
        kind: 'DATE',
        value: '1998-08-07',
        stated: {},
        relative: { unit: 'weekday', offset: 0, weekday: 5 },
        tense: 'past',
      },
    ]);
    assert.deepStrictEqual(findDates('The envoy arrived Tuesday morning.', { ref }), [
      {
        start: 18,
        end: 33,
        text: 'Tuesday morning',
        kind: 'DATE',
        value: '1998-08-04',
        stated: {},
        relative: { unit: 'weekday', offset: 0, weekday: 2 },
        tense: 'past',
      },
    ]);
  });

  it('resolves a weekday after a future cue forward, and "last Friday" strictly before', () => {
    assert.deepStrictEqual(findDates('She will travel to Nairobi on Tuesday.', { ref }), [
      {
        start: 30,
        end: 37,
        text: 'Tuesday',
        kind: 'DATE',
        value: '1998-08-11',
        stated: {},
        relative: { unit: 'weekday', offset: 0, weekday: 2 },
        tense: 'future',
      },
    ]);
    assert.deepStrictEqual(findDates('He was last seen last Friday.', { ref }), [
      {
        start: 17,
        end: 28,
        text: 'last Friday',
        kind: 'DATE',
        value: '1998-07-31',
        stated: {},
        relative: { unit: 'weekday', offset: -1, weekday: 5 },
        tense: 'past',
      },
    ]);
  });

  it('reads "last year", decades without their article, and modifiers', () => {
    assert.deepStrictEqual(findDates('Sales fell last year but soared in the 1990s and early this month.', { ref }), [
      { start: 11, end: 20, text: 'last year', kind: 'DATE', value: '1997', stated: {}, relative: { unit: 'year', offset: -1 }, tense: 'past' },
      { start: 39, end: 44, text: '1990s', kind: 'DATE', value: '199X', stated: {}, tense: 'past' },
      {
        start: 49,
        end: 65,
        text: 'early this month',
        kind: 'DATE',
        value: '1998-08',
        stated: {},
        relative: { unit: 'month', offset: 0 },
        mod: 'START',
        tense: 'past',
      },
    ]);
  });

  it('reads clock times on the reference day and ISO dates', () => {
    assert.deepStrictEqual(findDates('The blast came at 10:35 a.m. local time.', { ref }), [
      { start: 18, end: 28, text: '10:35 a.m.', kind: 'TIME', value: '1998-08-07T10:35', stated: { hour: 10, minute: 35 }, tense: 'past' },
    ]);
    assert.deepStrictEqual(findDates('The filing is dated 1996-08-30.'), [
      { start: 20, end: 30, text: '1996-08-30', kind: 'DATE', value: '1996-08-30', stated: { year: 1996, month: 8, day: 30 }, tense: 'past' },
    ]);
  });

  it('reports no durations or sets', () => {
    assert.deepStrictEqual(findDates('The talks lasted two years and the group meets every week for five hours.', { ref }), []);
  });

  it('reads "ago", "now", "today", "this year", years and holidays', () => {
    const text = 'Four years ago he fled; now he is back, and today he said this year will be better than 1997.';
    assert.deepStrictEqual(findDates(text, { ref }), [
      { start: 0, end: 14, text: 'Four years ago', kind: 'DATE', value: '1994', stated: {}, relative: { unit: 'year', offset: -4 }, tense: 'past' },
      { start: 24, end: 27, text: 'now', kind: 'DATE', value: 'PRESENT_REF', stated: {}, tense: 'present' },
      { start: 44, end: 49, text: 'today', kind: 'DATE', value: '1998-08-07', stated: {}, relative: { unit: 'day', offset: 0 }, tense: 'past' },
      { start: 58, end: 67, text: 'this year', kind: 'DATE', value: '1998', stated: {}, relative: { unit: 'year', offset: 0 }, tense: 'past' },
      { start: 88, end: 92, text: '1997', kind: 'DATE', value: '1997', stated: { year: 1997 }, tense: 'future' },
    ]);
    assert.deepStrictEqual(findDates('Voters go to the polls on Election Day, and the vote is expected in late November.', { ref }), [
      { start: 26, end: 38, text: 'Election Day', kind: 'DATE', value: '1998-11-03', stated: {}, tense: 'present' },
      { start: 68, end: 81, text: 'late November', kind: 'DATE', value: '1998-11', stated: { month: 11 }, mod: 'END', tense: 'future' },
    ]);
  });

  it('keeps offsets exact across CRLF line breaks and an emoji', () => {
    const crlf = 'Line one.\r\nOn 15 January talks were held.\r\nThey resume next week.';
    assert.deepStrictEqual(findDates(crlf, { ref: '2019-01-25' }), [
      { start: 14, end: 24, text: '15 January', kind: 'DATE', value: '2019-01-15', stated: { month: 1, day: 15 }, tense: 'past' },
      { start: 55, end: 64, text: 'next week', kind: 'DATE', value: '2019-W5', stated: {}, relative: { unit: 'week', offset: 1 }, tense: 'future' },
    ]);
    assert.deepStrictEqual(findDates('🎉 Party on 23 January!'), [
      { start: 12, end: 22, text: '23 January', kind: 'DATE', value: 'XXXX-01-23', stated: { month: 1, day: 23 } },
    ]);
  });

  it('reads a CRLF or a lone CR as a line feed (chrono took "15 January -\\r\\nsaid" for a range)', () => {
    const lf = findDates('15 January  -\nsaid');
    assert.deepStrictEqual(lf, [{ start: 0, end: 10, text: '15 January', kind: 'DATE', value: 'XXXX-01-15', stated: { month: 1, day: 15 } }]);
    assert.deepStrictEqual(findDates('15 January  -\r\nsaid'), lf);
    assert.deepStrictEqual(findDates('15 January  -\rsaid'), lf);
    // Offsets after a CRLF are the original text's.
    assert.deepStrictEqual(
      findDates('Talks\r\n\r\n15 January  -\r\nsaid').map(d => [d.start, d.end, d.text]),
      [[9, 19, '15 January']],
    );
  });
});

describe('resolveDate', () => {
  const january15 = seedUnanchored[3];

  it('places a year-less day by tense: past on or before, future on or after, else nearest', () => {
    assert.deepStrictEqual(
      [
        resolveDate(january15, '2019-01-10', 'past'),
        resolveDate(january15, '2019-01-10', 'future'),
        resolveDate(january15, '2019-12-20', 'present'),
        resolveDate(january15, '2019-01-15', 'past'),
      ],
      ['2018-01-15', '2019-01-15', '2020-01-15', '2019-01-15'],
    );
  });

  it('re-anchors relative expressions and leaves unanchorable ones alone', () => {
    const nextWeek = seedUnanchored[5];
    const decade: DateMention = { start: 0, end: 5, text: '1990s', kind: 'DATE', value: '199X', stated: {} };
    assert.deepStrictEqual(
      [resolveDate(nextWeek, '1998-12-30'), resolveDate(decade, '2019-01-25'), resolveDate(nextWeek, 'not a date')],
      ['1999-W1', '199X', 'XXXX-WXX'],
    );
  });
});
