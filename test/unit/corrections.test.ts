import * as assert from 'assert';
import {
  anchorAt,
  applyCorrections,
  contentHash,
  correctAnalysis,
  correctionsForSeed,
  emptyAnalysis,
  locateAnchor,
  parseCorrections,
  serializeCorrections,
  withCorrection,
  withoutCorrection,
  type Analysis,
  type Correction,
  type EntityType,
  type Mention,
} from '../../src/core';
import { editDistance } from '../../src/core/corrections/textAnchor';

const TEXT = 'The Kremlin said Putin met Obama on Monday. Putin left. Later Mr Obama spoke in Paris.';

/** The n-th (from 0) occurrence of `word` in TEXT. */
function at(word: string, n = 0): { start: number; end: number } {
  let start = TEXT.indexOf(word);
  for (let i = 0; i < n; i++) start = TEXT.indexOf(word, start + 1);
  return { start, end: start + word.length };
}

function mention(word: string, n: number, type: EntityType, actorId: string): Mention {
  return { ...at(word, n), text: word, type, actorId };
}

/** A hand-made analysis of TEXT: the tagger's mistake is "Kremlin" as a place. */
function fixture(): Analysis {
  const mentions = [
    mention('Kremlin', 0, 'PLACE', 'place:kremlin'),
    mention('Putin', 0, 'PERSON', 'person:putin'),
    mention('Obama', 0, 'PERSON', 'person:obama'),
    mention('Putin', 1, 'PERSON', 'person:putin'),
    mention('Mr Obama', 0, 'PERSON', 'person:mr-obama'),
    mention('Paris', 0, 'PLACE', 'place:paris'),
  ];
  const actor = (id: string, type: EntityType, name: string, ms: Mention[]) => ({
    id,
    type,
    name,
    aliases: [],
    roles: [],
    mentions: ms.map(m => ({ start: m.start, end: m.end, text: m.text })),
  });
  const monday = { ...at('Monday'), text: 'Monday', kind: 'DATE' as const, value: 'XXXX-WXX-1', stated: {} };
  return {
    ...emptyAnalysis(TEXT.length),
    problem: undefined,
    mentions,
    actors: [
      actor('place:kremlin', 'PLACE', 'Kremlin', [mentions[0]]),
      actor('person:putin', 'PERSON', 'Putin', [mentions[1], mentions[3]]),
      actor('person:obama', 'PERSON', 'Obama', [mentions[2]]),
      actor('person:mr-obama', 'PERSON', 'Mr Obama', [mentions[4]]),
      actor('place:paris', 'PLACE', 'Paris', [mentions[5]]),
    ],
    dates: [monday],
    events: [
      {
        start: 0,
        end: 43,
        text: TEXT.slice(0, 43),
        summary: 'Kremlin: Putin met Obama',
        date: { start: monday.start, end: monday.end, text: 'Monday', value: monday.value },
        actors: ['place:kremlin', 'person:putin', 'person:obama'],
        resolution: 'weekday',
      },
    ],
  };
}

/** Each actor as "id type name [aliases] @starts". */
const actorsOf = (a: Analysis) => a.actors.map(x => `${x.id} ${x.type} ${x.name} [${x.aliases.join('|')}] @${x.mentions.map(m => m.start).join(',')}`);
const mentionsOf = (a: Analysis) => a.mentions.map(m => `${m.start} ${m.text} ${m.type} ${m.actorId}`);

describe('corrections: applyCorrections', () => {
  it('relabels an actor and its mentions, leaving the given analysis as it was', () => {
    const before = fixture();
    const after = applyCorrections(before, [{ id: 'c1', kind: 'relabel', name: 'Kremlin', type: 'ORG' }], TEXT);
    assert.deepStrictEqual(mentionsOf(after).slice(0, 1), ['4 Kremlin ORG place:kremlin']);
    assert.deepStrictEqual(actorsOf(after)[0], 'place:kremlin ORG Kremlin [] @4');
    assert.strictEqual(before.mentions[0].type, 'PLACE');
    assert.strictEqual(Object.isFrozen(after.mentions[0]), true);
  });

  it('renames an actor, keeping the old name as an alias', () => {
    const after = applyCorrections(fixture(), [{ id: 'c1', kind: 'rename', name: 'Putin', to: 'Vladimir Putin' }], TEXT);
    assert.deepStrictEqual(actorsOf(after)[1], 'person:putin PERSON Vladimir Putin [Putin] @17,44');
  });

  it('dismisses every mention of a name; the actor and its place in events go with it', () => {
    const { analysis, outcomes } = correctAnalysis(fixture(), [{ id: 'c1', kind: 'dismiss', name: 'Kremlin' }], TEXT);
    assert.deepStrictEqual(mentionsOf(analysis), [
      '17 Putin PERSON person:putin',
      '27 Obama PERSON person:obama',
      '44 Putin PERSON person:putin',
      '62 Mr Obama PERSON person:mr-obama',
      '80 Paris PLACE place:paris',
    ]);
    assert.deepStrictEqual(
      analysis.actors.map(a => a.id),
      ['person:putin', 'person:obama', 'person:mr-obama', 'place:paris'],
    );
    assert.deepStrictEqual(analysis.events[0].actors, ['person:putin', 'person:obama']);
    assert.deepStrictEqual(outcomes, [{ id: 'c1', status: 'applied' }]);
  });

  it('dismissing a date drops its event', () => {
    const after = applyCorrections(fixture(), [{ id: 'c1', kind: 'dismiss', name: 'Monday' }], TEXT);
    assert.deepStrictEqual([after.dates, after.events], [[], []]);
  });

  it('merges one actor into another: mentions, aliases and events follow', () => {
    const after = applyCorrections(fixture(), [{ id: 'c1', kind: 'merge', name: 'Mr Obama', into: 'Obama' }], TEXT);
    assert.deepStrictEqual(actorsOf(after), [
      'place:kremlin PLACE Kremlin [] @4',
      'person:putin PERSON Putin [] @17,44',
      'person:obama PERSON Obama [Mr Obama] @27,62',
      'place:paris PLACE Paris [] @80',
    ]);
    assert.deepStrictEqual(mentionsOf(after)[4], '62 Mr Obama PERSON person:obama');
  });

  it('merging into a name the seed lacks is unused and changes nothing', () => {
    const before = fixture();
    const { analysis, outcomes } = correctAnalysis(before, [{ id: 'c1', kind: 'merge', name: 'Obama', into: 'Biden' }], TEXT);
    assert.deepStrictEqual(outcomes, [{ id: 'c1', status: 'unused' }]);
    assert.deepStrictEqual(actorsOf(analysis), actorsOf(before));
  });

  it('adds a missed mention at its anchor, joining the actor of the same name', () => {
    // "Putin" a third time, in a text where the tagger missed it: the second one stands in for it.
    const base = fixture();
    const missed = { ...base, mentions: base.mentions.filter(m => m.start !== at('Putin', 1).start) };
    const add: Correction = { id: 'c1', kind: 'add', seed: 'a.txt', anchor: anchorAt(TEXT, at('Putin', 1)), type: 'PERSON' };
    const { analysis, outcomes } = correctAnalysis(missed, [add], TEXT);
    assert.deepStrictEqual(outcomes, [{ id: 'c1', status: 'applied', at: at('Putin', 1) }]);
    assert.deepStrictEqual(mentionsOf(analysis)[3], '44 Putin PERSON person:putin');
    assert.deepStrictEqual(actorsOf(analysis)[1], 'person:putin PERSON Putin [] @17,44');
  });

  it('adds a new actor for a new name, and a date with the value given', () => {
    const anchor = anchorAt(TEXT, at('Later'));
    const after = applyCorrections(
      fixture(),
      [
        { id: 'c1', kind: 'add', seed: 'a.txt', anchor: anchorAt(TEXT, at('The Kremlin')), type: 'ORG' },
        { id: 'c2', kind: 'add', seed: 'a.txt', anchor, type: 'DATE', value: 'PAST_REF' },
      ],
      TEXT,
    );
    assert.deepStrictEqual(mentionsOf(after)[0], '0 The Kremlin ORG org:corrected-c1');
    assert.deepStrictEqual(actorsOf(after)[0], 'org:corrected-c1 ORG The Kremlin [] @0');
    assert.deepStrictEqual(
      after.dates.map(d => `${d.start} ${d.text} ${d.value}`),
      ['36 Monday XXXX-WXX-1', '56 Later PAST_REF'],
    );
  });

  it('dismisses one mention and splits another off its actor', () => {
    const after = applyCorrections(
      fixture(),
      [
        { id: 'c1', kind: 'dismissMention', seed: 'a.txt', anchor: anchorAt(TEXT, at('Paris')) },
        { id: 'c2', kind: 'split', seed: 'a.txt', anchor: anchorAt(TEXT, at('Putin', 1)) },
      ],
      TEXT,
    );
    assert.deepStrictEqual(actorsOf(after), [
      'place:kremlin PLACE Kremlin [] @4',
      'person:putin PERSON Putin [] @17',
      'person:obama PERSON Obama [] @27',
      'person:corrected-c2 PERSON Putin [] @44',
      'person:mr-obama PERSON Mr Obama [] @62',
    ]);
  });

  it('reports an anchor it cannot place as orphaned and applies nothing for it', () => {
    const anchor = { ...anchorAt(TEXT, at('Paris')), quote: 'Lisbon', textHash: 'other' };
    const { analysis, outcomes } = correctAnalysis(fixture(), [{ id: 'c1', kind: 'dismissMention', seed: 'a.txt', anchor }], TEXT);
    assert.deepStrictEqual(outcomes, [{ id: 'c1', status: 'orphaned' }]);
    assert.deepStrictEqual(mentionsOf(analysis), mentionsOf(fixture()));
  });

  it('keeps the rules of this seed and of every seed', () => {
    const all: Correction[] = [
      { id: 'c1', kind: 'dismiss', name: 'A' },
      { id: 'c2', kind: 'dismiss', name: 'B', seed: 'x/a.txt' },
      { id: 'c3', kind: 'dismiss', name: 'C', seed: 'x/b.txt' },
    ];
    assert.deepStrictEqual(
      correctionsForSeed(all, 'x/a.txt').map(c => c.id),
      ['c1', 'c2'],
    );
  });
});

describe('corrections: anchors', () => {
  it('keeps the stored position when the text is the same', () => {
    const text = 'Putin and Putin and Putin';
    assert.deepStrictEqual(locateAnchor(text, anchorAt(text, { start: 10, end: 15 })), { start: 10, end: 15 });
  });

  it('finds the quote again after an edit before it, by its context', () => {
    const anchor = anchorAt(TEXT, at('Putin', 1));
    const edited = 'BREAKING: ' + TEXT;
    assert.deepStrictEqual(locateAnchor(edited, anchor), { start: 54, end: 59 });
  });

  it('finds a quote that changed a little (approximate match)', () => {
    const anchor = anchorAt(TEXT, at('Mr Obama'));
    const edited = TEXT.replace('Mr Obama', 'Mr. Obama');
    assert.deepStrictEqual(locateAnchor(edited, anchor), { start: 62, end: 71 });
  });

  it('places a retyped quote on whole words, never from inside the word before it', () => {
    const text = 'On 15 January in Geneva held a closed Russian-American consultations about the fate of the contract.';
    const anchor = anchorAt(text, { start: 38, end: 54 });
    assert.strictEqual(anchor.quote, 'Russian-American');
    // The edits took its first letters and what stood before it: the search's best match starts in "Jens".
    const edited = 'Recall that in lat t from the INF TreaJens Ssian-American consultations about the fate of the contract.';
    const found = locateAnchor(edited, anchor);
    assert.deepStrictEqual(found && edited.slice(found.start, found.end), 'Ssian-American');
    assert.strictEqual(editDistance('Ssian-American', anchor.quote), 3);
    // A quote that began inside a word (a span a program made) may start inside one again.
    const inner = anchorAt(text, { start: 40, end: 54 });
    assert.strictEqual(inner.quote, 'ssian-American');
    const placed = locateAnchor(text.replace('Russian', 'Rusian'), inner);
    assert.deepStrictEqual(placed && text.replace('Russian', 'Rusian').slice(placed.start, placed.end), 'usian-American');
  });

  it('orphans a quote that is gone, and one whose places tie', () => {
    assert.strictEqual(locateAnchor(TEXT.replace('Paris', 'Rome'), anchorAt(TEXT, at('Paris'))), undefined);
    const twice = 'Putin spoke. Putin spoke.';
    const anchor = { quote: 'Putin', prefix: 'X', suffix: ' spoke.', start: 0, textHash: contentHash('other') };
    assert.strictEqual(locateAnchor(twice, anchor), undefined);
  });
});

describe('corrections: the file', () => {
  it('reads what it writes', () => {
    const file = { version: 1, corrections: [{ id: 'c1', kind: 'relabel', name: 'Kremlin', type: 'ORG' } as Correction] };
    const text = serializeCorrections(file);
    assert.strictEqual(
      text,
      '{\n  "version": 1,\n  "corrections": [\n    {\n      "id": "c1",\n      "kind": "relabel",\n      "name": "Kremlin",\n      "type": "ORG"\n    }\n  ]\n}\n',
    );
    assert.deepStrictEqual(parseCorrections(text), { file });
  });

  it('says what is wrong and where, and keeps the entries it can read', () => {
    const text = JSON.stringify({
      version: 1,
      corrections: [
        { id: 'c1', kind: 'relabel', name: 'Kremlin', type: 'PLCE' },
        { id: 'c2', kind: 'dismiss', name: 'Paris' },
        { id: 'c2', kind: 'dismiss', name: 'Rome' },
      ],
    });
    assert.deepStrictEqual(parseCorrections(text), {
      file: { version: 1, corrections: [{ id: 'c2', kind: 'dismiss', name: 'Paris' }] },
      problem: 'corrections[0].type: "PLCE" is not one of PERSON, ORG, PLACE, MISC (and 1 more)',
    });
  });

  it('reads a newer version as read-only, and invalid JSON as nothing', () => {
    assert.deepStrictEqual(parseCorrections('{"version": 2, "corrections": []}'), {
      file: { version: 2, corrections: [] },
      problem: 'written for schema version 2; this Seed Reader reads version 1',
    });
    const broken = parseCorrections('{"version": 1,');
    assert.deepStrictEqual([broken.file, broken.problem?.startsWith('not valid JSON: ')], [{ version: 1, corrections: [] }, true]);
    assert.deepStrictEqual(parseCorrections('[]').problem, 'expected an object with "version" and "corrections"');
  });

  it('adds under the next id, removes by id, and undoes the last', () => {
    const one = withCorrection({ version: 1, corrections: [] }, { kind: 'dismiss', name: 'Paris' });
    const two = withCorrection(one, { kind: 'relabel', name: 'Kremlin', type: 'ORG' });
    assert.deepStrictEqual(two.corrections, [
      { id: 'c1', kind: 'dismiss', name: 'Paris' },
      { id: 'c2', kind: 'relabel', name: 'Kremlin', type: 'ORG' },
    ]);
    assert.deepStrictEqual(
      withoutCorrection(two).corrections.map(c => c.id),
      ['c1'],
    );
    assert.deepStrictEqual(
      withoutCorrection(two, 'c1').corrections.map(c => c.id),
      ['c2'],
    );
    assert.strictEqual(withoutCorrection(two, 'c9'), two);
    assert.deepStrictEqual(withoutCorrection({ version: 1, corrections: [] }), { version: 1, corrections: [] });
  });
});
