import * as assert from 'assert';
import { findDates } from '../../src/core/dates/findDates';
import { resolveDate } from '../../src/core/dates/resolveDate';
import { resolveAnaphoricDates } from '../../src/core/dates/anaphoricValues';
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
        value: '1998-08-04TMO',
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

describe('findDates: TimeML extents and values of dates given in words', () => {
  const ref = '2017-08-10'; // a Thursday
  /** Each date as [text, start, value]: the extent and the value, exactly. */
  const found = (text: string, at = ref) => findDates(text, { ref: at }).map(d => [d.text, d.start, d.value]);

  it('joins a day or month with "this year" / "last year" / "next year" and takes the year from the reference', () => {
    assert.deepStrictEqual(findDates('Turnout on 3 March this year beat the record set in May last year.', { ref }), [
      {
        start: 11,
        end: 28,
        text: '3 March this year',
        kind: 'DATE',
        value: '2017-03-03',
        stated: { month: 3, day: 3 },
        relative: { unit: 'year', offset: 0 },
        tense: 'past',
      },
      {
        start: 52,
        end: 65,
        text: 'May last year',
        kind: 'DATE',
        value: '2016-05',
        stated: { month: 5 },
        relative: { unit: 'year', offset: -1 },
        tense: 'past',
      },
    ]);
    assert.deepStrictEqual(found('The new cabinet takes office 20 January next year.'), [['20 January next year', 29, '2018-01-20']]);
  });

  it('keeps a leading "Earlier" or "Later" at the start of a sentence, and not inside one', () => {
    assert.deepStrictEqual(found('Earlier Tuesday, the council met. Later today it votes; it met earlier this week.'), [
      ['Earlier Tuesday', 0, '2017-08-08'],
      ['Later today', 34, '2017-08-10'],
      ['this week', 71, '2017-W32'],
    ]);
  });

  it('reads shifts with their shift word: "the day before", "a year earlier", "three years before", "a week later"', () => {
    assert.deepStrictEqual(found('The mayor resigned the day before, and his deputy left a week later.'), [
      ['the day before', 19, '2017-08-09'],
      ['a week later', 55, 'XXXX-WXX'],
    ]);
    assert.deepStrictEqual(found('Exports were 4 percent higher than a year earlier. Three years before, the port was shut.'), [
      ['a year earlier', 35, '2016'],
      ['Three years before', 51, '2014'],
    ]);
    assert.deepStrictEqual(found('He arrived the day before yesterday.'), [['the day before yesterday', 11, '2017-08-08']]);
    assert.deepStrictEqual(found('Profit beat the year-earlier figure, set more than a decade ago.'), [
      ['year-earlier', 16, '2016'],
      ['more than a decade ago', 41, '2007'],
    ]);
    // With an object "before" is a preposition: neither it nor the measure is a date.
    assert.deepStrictEqual(found('He left two days before the vote.'), []);
  });

  it('keeps the part of day in the extent and gives it a TimeML code', () => {
    assert.deepStrictEqual(found('The fire began on the night of 14 May and died down the afternoon of May 15.'), [
      ['the night of 14 May', 18, '2017-05-14TNI'],
      ['the afternoon of May 15', 52, '2017-05-15TAF'],
    ]);
    assert.deepStrictEqual(found('The mayor spoke Friday night and left this morning.'), [
      ['Friday night', 16, '2017-08-04TNI'],
      ['this morning', 38, '2017-08-10TMO'],
    ]);
    assert.deepStrictEqual(
      findDates('The mayor spoke Friday night.').map(d => d.value),
      ['XXXX-WXX-5TNI'],
    );
  });

  it('reads clock times in words: "8 in the evening", "at midnight", but not "high noon"', () => {
    assert.deepStrictEqual(found('Polls close at 8 in the evening and counting starts at midnight. It was high noon for the party.'), [
      ['8 in the evening', 15, '2017-08-10T20:00'],
      ['midnight', 55, '2017-08-10T00:00'],
    ]);
  });

  it('reads quarters and halves: a stated, a relative or a tense-placed year, and the adjective without its article', () => {
    assert.deepStrictEqual(findDates('Revenue rose in the second quarter.', { ref }), [
      { start: 16, end: 34, text: 'the second quarter', kind: 'DATE', value: '2017-Q2', stated: {}, tense: 'past' },
    ]);
    assert.deepStrictEqual(found('The first quarter of 2016 and the second half of last year were slow; the third-quarter outlook is weak.'), [
      ['The first quarter of 2016', 0, '2016-Q1'],
      ['the second half of last year', 30, '2016-H2'],
      ['third-quarter', 74, '2017-Q3'],
    ]);
    assert.deepStrictEqual(
      findDates('Sales rose in the fourth quarter.').map(d => d.value),
      ['XXXX-Q4'],
    );
    // A half needs a year: "the second half" of a match is no date; "the quarter" is the story's, unresolved.
    assert.deepStrictEqual(found('He scored in the second half.'), []);
    assert.deepStrictEqual(found('Profit in the quarter rose, but a quarter of the staff left.'), [['the quarter', 10, 'XXXX-QX']]);
  });

  it('reads fiscal years as TimeML FY values', () => {
    assert.deepStrictEqual(found('The budget for fiscal 2019 exceeds that of the current fiscal year and FY 2016.'), [
      ['fiscal 2019', 15, 'FY2019'],
      ['the current fiscal year', 43, 'FY2017'],
      ['FY 2016', 71, 'FY2016'],
    ]);
  });

  it('reads PRESENT_REF and PAST_REF adverbs', () => {
    assert.deepStrictEqual(found('At the moment nobody knows.'), [['the moment', 3, 'PRESENT_REF']]);
    assert.deepStrictEqual(found('From the past to the present, said the present government.'), [
      ['the past', 5, 'PAST_REF'],
      ['the present', 17, 'PRESENT_REF'],
    ]);
    assert.deepStrictEqual(found('Prices are currently high; they recently fell, and these days they are stable at present.'), [
      ['currently', 11, 'PRESENT_REF'],
      ['recently', 32, 'PAST_REF'],
      ['these days', 51, 'PRESENT_REF'],
      ['present', 81, 'PRESENT_REF'],
    ]);
  });

  it('finds the bare day of a pair of days, the week of a day, the weekend and centuries', () => {
    assert.deepStrictEqual(found('The vote was held on 5 and 6 June, after talks from 1 to 3 June and on July 4 and 5.'), [
      ['5', 21, '2017-06-05'],
      ['6 June', 27, '2017-06-06'],
      ['1', 52, '2017-06-01'],
      ['3 June', 57, '2017-06-03'],
      ['July 4', 71, '2017-07-04'],
      ['5', 82, '2017-07-05'],
    ]);
    assert.deepStrictEqual(found('Talks resumed the week of 9 October and over the weekend.', '2017-10-16'), [
      ['the week of 9 October', 14, '2017-W41'],
      ['the weekend', 45, '2017-W41-WE'],
    ]);
    assert.deepStrictEqual(found('Wars marked the last century and the 19th century.'), [
      ['the last century', 12, '19'],
      ['the 19th century', 33, '18'],
    ]);
  });

  it('reads a month abbreviation without its period after a day, and leaves "the March on Rome" alone', () => {
    assert.deepStrictEqual(found('2 Jun Ministers met.\nMOSCOW, 12 APR — RIA Novosti. The March on Rome was a coup.'), [
      ['2 Jun', 0, '2017-06-02'],
      ['12 APR', 29, '2017-04-12'],
    ]);
  });
});

describe('resolveDate', () => {
  const january15 = seedUnanchored[3];

  it('places a year-less day by tense: past on or before (against an inferred reference), future on or after, else nearest', () => {
    assert.deepStrictEqual(
      [
        resolveDate(january15, '2019-01-10', 'past', true),
        resolveDate(january15, '2019-01-10', 'future'),
        resolveDate(january15, '2019-12-20', 'present'),
        resolveDate(january15, '2019-01-15', 'past'),
      ],
      ['2018-01-15', '2019-01-15', '2020-01-15', '2019-01-15'],
    );
  });

  it('resolves a value already resolved against another reference again by its year, the rest kept', () => {
    const again = (text: string, ref: string) => findDates(text, { ref: '2019-01-25' }).map(d => [d.text, resolveDate(d, ref, d.tense)]);
    assert.deepStrictEqual(
      [
        ...again('It opened on 2 February last year and closed last year.', '2019-03-03'),
        ...again('Sales fell in the third quarter of last year.', '2021-06-01'),
      ],
      [
        ['2 February last year', '2018-02-02'],
        ['last year', '2018'],
        ['the third quarter of last year', '2020-Q3'],
      ],
    );
  });

  it('keeps a future-tense day up to three months back, and a past-tense day one day ahead of an inferred reference, in the reference year', () => {
    assert.deepStrictEqual(
      [
        resolveDate(january15, '2019-02-20', 'future'),
        resolveDate(january15, '2019-05-20', 'future'),
        resolveDate(january15, '2019-01-14', 'past', true),
        resolveDate(january15, '2019-01-13', 'past', true),
      ],
      ['2019-01-15', '2020-01-15', '2019-01-15', '2018-01-15'],
    );
  });

  it('reads a past-tense day up to six weeks ahead of a given reference as announced, in the reference year', () => {
    assert.deepStrictEqual(
      [
        resolveDate(january15, '2018-12-05', 'past'),
        resolveDate(january15, '2018-11-30', 'past'),
        resolveDate(january15, '2019-01-10', 'past'),
        findDates('He subpoenaed her to testify on Feb. 10, so she stays.', { ref: '2000-01-07' }).map(d => [d.text, d.value, d.tense]),
      ],
      ['2019-01-15', '2018-01-15', '2019-01-15', [['Feb. 10', '2000-02-10', 'past']]],
    );
  });

  it('reads "would still be held" and "were planning to" as future, and an Easter week as begun on its Monday', () => {
    assert.deepStrictEqual(
      findDates('It would still be held at the summit on April 24. Protesters planned a rally on Saturday and were planning to march. Easter week began.', {
        ref: '2000-04-17',
      }).map(d => [d.text, d.value, d.tense]),
      [
        ['April 24', '2000-04-24', 'future'],
        ['Saturday', '2000-04-22', 'future'],
        ['Easter week', '2000-W16', 'past'],
      ],
    );
  });

  it('reads "Aug. 7" inside its sentence, so the sentence\'s future tense keeps a day just past in the year', () => {
    assert.deepStrictEqual(
      findDates('The trial over the Aug. 7 bombing will open soon.', { ref: '1998-08-18' }).map(d => [d.text, d.value, d.tense]),
      [['Aug. 7', '1998-08-07', 'future']],
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

describe('resolveAnaphoricDates', () => {
  const values = (text: string, ref?: string) => resolveAnaphoricDates(findDates(text, ref ? { ref } : {})).map(d => [d.text, d.value]);

  it('gives "later that year", "earlier that day" and "the next day" the period of the last date that names it', () => {
    assert.deepStrictEqual(
      values('He fled in June 1998 and returned later that year. She was killed on Oct. 23, 1999. Earlier that day, she spoke. The next day, police came.'),
      [
        ['June 1998', '1998-06'],
        ['later that year', '1998'],
        ['Oct. 23, 1999', '1999-10-23'],
        ['Earlier that day', '1999-10-23'],
        ['The next day', '1999-10-24'],
      ],
    );
  });

  it("counts a day of a year-less dateline, keeps the year X'd, and leaves an anaphor with nothing before it alone", () => {
    assert.deepStrictEqual(values('That year ended. MOSCOW, July 18. On July 31 he left; the following day he returned.'), [
      ['That year', 'XXXX'],
      ['July 18', 'XXXX-07-18'],
      ['July 31', 'XXXX-07-31'],
      ['the following day', 'XXXX-08-01'],
    ]);
  });
});
