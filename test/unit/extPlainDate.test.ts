import * as assert from 'assert';
import { plainDate, plainDateParts } from '../../src/extension/plainDate';
import { shortClause } from '../../src/extension/features/views/treeRows';

describe('extension: dates in plain words', () => {
  it('says each kind of TimeML value as a reader would, naming what the text leaves out', () => {
    const values = [
      'XXXX-01-15',
      '2019-01-15',
      '2019-01-15T09:30',
      'XXXX-XX-XXT09:00',
      'XXXX-10',
      '2019-10',
      'XXXX-WXX',
      '2019-W05',
      '2019-W5',
      'XXXX-WXX-1',
      '2019-W05-5',
      '2019-Q3',
      '2019',
      'XXXX',
      'XXXX-XX-XX',
      'PRESENT_REF',
      'PAST_REF',
      'FUTURE_REF',
      'P3D',
    ];
    assert.deepStrictEqual(
      values.map(v => plainDate(v)),
      [
        '15 January, year not stated',
        '15 January 2019',
        '15 January 2019, 09:30',
        'at 09:00, day not stated',
        'October, year not stated',
        'October 2019',
        'a week not stated',
        'week 5 of 2019',
        'week 5 of 2019',
        'a Monday, week not stated',
        'a Friday of week 5',
        'the third quarter 2019',
        '2019',
        'a year not stated',
        'a day not stated',
        'now',
        'some time in the past',
        'some time in the future',
        'P3D',
      ],
    );
  });

  it('adds what the value cannot hold (a modifier, the last day of a range) and gives the parts apart', () => {
    assert.deepStrictEqual(
      [
        plainDateParts('XXXX-10', { mod: 'END' }),
        plainDateParts('2019', { mod: 'START' }),
        plainDateParts('XXXX-02-13', { endDay: 14 }),
        plainDateParts('2019-02-13', { mod: 'MID', endDay: 14 }),
        plainDateParts('XXXX-01-15T09:30'),
        plainDateParts('XXXX-Q2'),
      ],
      [
        ['late October', 'year not stated'],
        ['early 2019'],
        ['13–14 February', 'year not stated'],
        ['13–14 February 2019'],
        ['15 January, 09:30', 'year not stated'],
        ['the second quarter', 'year not stated'],
      ],
    );
  });

  it('cuts a long clause at a word boundary with an ellipsis, and leaves a short one whole', () => {
    assert.deepStrictEqual(
      [
        shortClause('A meeting of the Council Russia—NATO began in Brussels and lasted five hours'),
        shortClause('Talks in Geneva, then more talks'),
        shortClause('Ministers met, and then', 16),
        shortClause('Supercalifragilisticexpialidocious', 10),
      ],
      ['A meeting of the Council Russia—NATO…', 'Talks in Geneva, then more talks', 'Ministers met…', 'Supercali…'],
    );
  });
});
