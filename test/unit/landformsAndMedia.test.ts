import * as assert from 'assert';
import { analyze } from './helpers/seeds';

/** Each name of the analysis as [type, text]. */
function names(text: string): Array<[string, string]> {
  return analyze(text).mentions.map(m => [m.type, m.text] as [string, string]);
}

describe('seas, peninsulas, quoted media, merged surnames', () => {
  it('reads seas, islands and peninsulas by their landform head as places, a lower-cased sea too', () => {
    assert.deepStrictEqual(
      names(
        'Drills at sea\n\nShips sailed from the Sea of Japan into the Black sea. Tension on the Korean Peninsula and around the Kuril Islands grew. ' +
          'The South China sea is disputed, and the Sea of Azov is shallow.\n',
      ),
      [
        ['PLACE', 'Sea of Japan'],
        ['PLACE', 'Black sea'],
        ['PLACE', 'Korean Peninsula'],
        ['PLACE', 'Kuril Islands'],
        ['PLACE', 'South China sea'],
        ['PLACE', 'Sea of Azov'],
      ],
    );
  });

  it('leaves a lower-cased island or peninsula outside the name, and a landform head before another name alone', () => {
    assert.deepStrictEqual(names('Storms\n\nRebels hold Mindanao island, near the Korean peninsula. The Green Bay Packers won.\n'), [
      ['PLACE', 'Mindanao'],
      ['MISC', 'Korean'],
      ['ORG', 'Green Bay Packers'],
    ]);
  });

  it('reads a quoted name after the word for a medium as an organisation, lower-cased or not', () => {
    assert.deepStrictEqual(
      names('Talks in Moscow\n\nHe told the channel “Rain” and the magazine “international life” so. The newspaper "Kommersant" agreed.\n'),
      [
        ['PLACE', 'Moscow'],
        ['ORG', 'Rain'],
        ['ORG', 'international life'],
        ['ORG', 'Kommersant'],
      ],
    );
  });

  it('cuts a leading conjunction off a name, and keeps the particles of names', () => {
    assert.deepStrictEqual(names('Sources\n\nIt said so. “Neither Reuters nor Interfax confirmed.” He left El Salvador to visit Le Monde in Paris.\n'), [
      ['ORG', 'Reuters'],
      ['ORG', 'Interfax'],
      ['PLACE', 'El Salvador'],
      ['ORG', 'Le Monde'],
      ['PLACE', 'Paris'],
    ]);
  });

  it('splits two surnames run together before a verb, and keeps a name in a list whole', () => {
    const t =
      'Talks in Geneva\n\nThomas Shannon met Sergei Ryabkov. At the talks with Shannon Ryabkov put forward a plan.\n\n' +
      'The team: Saqlain Mushtaq, Mushtaq Ahmed, Waqar Younis and Ijaz Ahmed.\n';
    assert.deepStrictEqual(names(t), [
      ['PLACE', 'Geneva'],
      ['PERSON', 'Thomas Shannon'],
      ['PERSON', 'Sergei Ryabkov'],
      ['PERSON', 'Shannon'],
      ['PERSON', 'Ryabkov'],
      ['PERSON', 'Saqlain Mushtaq'],
      ['PERSON', 'Mushtaq Ahmed'],
      ['PERSON', 'Waqar Younis'],
      ['PERSON', 'Ijaz Ahmed'],
    ]);
  });
});

describe('credit lines', () => {
  it("reads the photographer of a credit line as a person, a lower-cased surname too, and leaves an agency's credit alone", () => {
    assert.deepStrictEqual(names('Talks in Kiev\n\n© Ivan petrov/TASS, archive\n\nThe talks went on.\n\n© EPA/JOHN SMITH\n'), [
      ['PLACE', 'Kiev'],
      ['PERSON', 'Ivan petrov'],
      ['ORG', 'TASS'],
      ['ORG', 'EPA'],
      ['PERSON', 'JOHN SMITH'],
    ]);
  });
});

describe('capitalised common nouns', () => {
  it('reads "on Board" and a bare Embassy as no names, and keeps a board with its body', () => {
    assert.deepStrictEqual(
      names('A flight to Chisinau\n\nThe plane with Dmitry Rogozin on Board flew to Moldova. The Embassy staff left, and the Board of Governors met.\n'),
      [
        ['PLACE', 'Chisinau'],
        ['PERSON', 'Dmitry Rogozin'],
        ['PLACE', 'Moldova'],
        ['ORG', 'Board of Governors'],
      ],
    );
  });
});
