import * as assert from 'assert';
import { anchorAt, contentHash, emptyAnalysis, type Analysis, type Correction } from '../../src/core';
import * as drafts from '../../src/extension/features/corrections/correctionDrafts';
import { correctionRows, correctionsMessage } from '../../src/extension/features/corrections/correctionRows';
import { actorCorrectionLine, dateCorrectionLine } from '../../src/extension/features/hover/correctionLinks';
import { withSeedRenamed } from '../../src/extension/services/seedRename';

const TEXT = 'The Kremlin said on Monday that Peter Varga met Anna Kos in Kyiv.';
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

describe('extension: what the correction commands write', () => {
  it('writes rules about names without a seed or offsets', () => {
    assert.deepStrictEqual(drafts.relabel('Kremlin', 'ORG'), { kind: 'relabel', name: 'Kremlin', type: 'ORG' });
    assert.deepStrictEqual(drafts.rename('Varga', '  Peter Varga '), { kind: 'rename', name: 'Varga', to: 'Peter Varga' });
    assert.deepStrictEqual([drafts.rename('Varga', 'Varga'), drafts.rename('Varga', '  ')], [undefined, undefined]);
    assert.deepStrictEqual(drafts.merge('Kos', 'Anna Kos'), { kind: 'merge', name: 'Kos', into: 'Anna Kos' });
    assert.strictEqual(drafts.merge('Kos', 'Kos'), undefined);
    assert.deepStrictEqual(drafts.dismissName('Monday', undefined), { kind: 'dismiss', name: 'Monday' });
    assert.deepStrictEqual(drafts.dismissName('Monday', 'seeds/a.txt'), { kind: 'dismiss', name: 'Monday', seed: 'seeds/a.txt' });
  });

  it('dismisses a mention here (anchored), in this seed or in every seed', () => {
    const at = span('Kremlin');
    assert.deepStrictEqual(drafts.dismiss('mention', TEXT, at, 'seeds/a.txt'), {
      kind: 'dismissMention',
      seed: 'seeds/a.txt',
      anchor: { quote: 'Kremlin', prefix: 'The ', suffix: ' said on Monday that Peter Varga', start: 4, textHash: contentHash(TEXT) },
    });
    assert.deepStrictEqual(drafts.dismiss('seed', TEXT, at, 'seeds/a.txt'), { kind: 'dismiss', name: 'Kremlin', seed: 'seeds/a.txt' });
    assert.deepStrictEqual(drafts.dismiss('everywhere', TEXT, at, undefined), { kind: 'dismiss', name: 'Kremlin' });
    // A seed outside the workspace folder has no path to tie a correction to.
    assert.deepStrictEqual([drafts.dismiss('mention', TEXT, at, undefined), drafts.dismiss('seed', TEXT, at, undefined)], [undefined, undefined]);
  });

  it('splits a mention off, anchored', () => {
    assert.deepStrictEqual(drafts.split(TEXT, span('Anna Kos'), 'seeds/a.txt'), {
      kind: 'split',
      seed: 'seeds/a.txt',
      anchor: anchorAt(TEXT, span('Anna Kos')),
    });
    assert.strictEqual(drafts.split(TEXT, span('Anna Kos'), undefined), undefined);
  });

  it('marks a selection without the spaces and punctuation at its ends', () => {
    const sloppy = { start: TEXT.indexOf('Kyiv') - 1, end: TEXT.length };
    assert.deepStrictEqual(drafts.mark('PLACE', TEXT, sloppy, 'seeds/a.txt'), {
      kind: 'add',
      seed: 'seeds/a.txt',
      type: 'PLACE',
      anchor: anchorAt(TEXT, span('Kyiv')),
    });
    assert.deepStrictEqual(drafts.trimSpan('in the U.S. now', { start: 6, end: 12 }), { start: 7, end: 11 });
    assert.deepStrictEqual(drafts.trimSpan('a, . b', { start: 1, end: 4 }), undefined);
    assert.strictEqual(drafts.mark('DATE', TEXT, { start: 3, end: 4 }, 'seeds/a.txt'), undefined);
  });

  it('offers the actors of the same kind first as merge targets', () => {
    const actor = (id: string, type: 'PERSON' | 'ORG', name: string, start: number) => ({
      id,
      type,
      name,
      aliases: [],
      roles: [],
      mentions: [{ start, end: start + name.length, text: name }],
    });
    const analysis: Analysis = {
      ...emptyAnalysis(TEXT.length),
      actors: [
        actor('org:kremlin', 'ORG', 'Kremlin', 4),
        actor('person:peter-varga', 'PERSON', 'Peter Varga', 32),
        actor('person:anna-kos', 'PERSON', 'Anna Kos', 48),
      ],
    };
    assert.deepStrictEqual(drafts.mergeTargets(analysis, 'Anna Kos'), [
      { name: 'Peter Varga', type: 'PERSON', mentions: 1 },
      { name: 'Kremlin', type: 'ORG', mentions: 1 },
    ]);
  });

  it('names each kind of correction in one line', () => {
    const anchor = anchorAt(TEXT, span('Kyiv'));
    assert.deepStrictEqual(
      [
        drafts.relabel('Kremlin', 'ORG'),
        { kind: 'rename', name: 'Varga', to: 'Peter Varga' },
        { kind: 'dismiss', name: 'Monday' },
        { kind: 'merge', name: 'Kos', into: 'Anna Kos' },
        { kind: 'add', seed: 's', type: 'PLACE', anchor },
        { kind: 'dismissMention', seed: 's', anchor },
        { kind: 'split', seed: 's', anchor },
      ].map(c => drafts.describeCorrection(c as Correction)),
      [
        '“Kremlin”: Organisation',
        '“Varga” is named “Peter Varga”',
        '“Monday” is not a name',
        '“Kos” is “Anna Kos”',
        '“Kyiv” here: Place',
        '“Kyiv” is not a name here',
        '“Kyiv” here is an actor of its own',
      ],
    );
  });
});

describe('extension: the Corrections view rows', () => {
  const anchor = anchorAt(TEXT, span('Kyiv'));
  const corrections: Correction[] = [
    { id: 'c1', kind: 'relabel', name: 'Kremlin', type: 'ORG' },
    { id: 'c2', kind: 'add', seed: 'seeds/a.txt', type: 'PLACE', anchor },
    { id: 'c3', kind: 'dismissMention', seed: 'seeds/b.txt', anchor },
  ];

  it('lists the newest first, says where each applies and marks the orphaned', () => {
    const rows = correctionRows(corrections, c => (c.id === 'c3' ? 'orphaned' : 'placed'));
    assert.deepStrictEqual(rows, [
      {
        id: 'correction:c3',
        label: '“Kyiv” is not a name here',
        description: 'b.txt · orphaned: its text is not found',
        tooltip: 'c3: “Kyiv” is not a name here (seeds/b.txt)\n\n…hat Peter Varga met Anna Kos in [Kyiv].…',
        icon: 'warning',
        contextValue: 'correctionOrphaned',
        expand: 'none',
      },
      {
        id: 'correction:c2',
        label: '“Kyiv” here: Place',
        description: 'a.txt',
        tooltip: 'c2: “Kyiv” here: Place (seeds/a.txt)\n\n…hat Peter Varga met Anna Kos in [Kyiv].…',
        icon: 'add',
        contextValue: 'correction',
        expand: 'none',
      },
      {
        id: 'correction:c1',
        label: '“Kremlin”: Organisation',
        description: 'every seed',
        tooltip: 'c1: “Kremlin”: Organisation',
        icon: 'tag',
        contextValue: 'correction',
        expand: 'none',
      },
    ]);
  });

  it('says why the view is read-only, or how to make a first correction', () => {
    assert.deepStrictEqual(
      [correctionsMessage(0, undefined, 'f'), correctionsMessage(2, 'not valid JSON', '.seed-reader/corrections.json'), correctionsMessage(2, undefined, 'f')],
      [
        'No corrections yet. Correct a name from its hover card, the context menu or a Quick Fix.',
        'Read-only: .seed-reader/corrections.json: not valid JSON',
        undefined,
      ],
    );
  });
});

describe('extension: the correction links of a card', () => {
  const arg = (offset: number) => encodeURIComponent(JSON.stringify([{ uri: 'file:///s.txt', offset }]));
  const argWith = (offset: number, type: string) => encodeURIComponent(JSON.stringify([{ uri: 'file:///s.txt', offset }, type]));

  it('links the other kinds, rename, merge, split and dismiss for a name', () => {
    assert.strictEqual(
      actorCorrectionLine('file:///s.txt', 7, 'PLACE', true),
      'Correct: ' +
        [
          `[Person](command:seedReader.relabelActor?${argWith(7, 'PERSON')} "Relabel as Person, in every seed")`,
          `[Organisation](command:seedReader.relabelActor?${argWith(7, 'ORG')} "Relabel as Organisation, in every seed")`,
          `[Other](command:seedReader.relabelActor?${argWith(7, 'MISC')} "Relabel as Other, in every seed")`,
          `[Rename…](command:seedReader.renameActor?${arg(7)} "Give it its right name")`,
          `[Merge…](command:seedReader.mergeActor?${arg(7)} "It is another name of an actor")`,
          `[Split off](command:seedReader.splitMention?${arg(7)} "This mention is another actor")`,
          `[Not a name…](command:seedReader.dismissMention?${arg(7)} "Dismiss this mention, or every one with its text")`,
        ].join(' · '),
    );
    assert.ok(!actorCorrectionLine('file:///s.txt', 7, 'PLACE', false).includes('Split off'));
  });

  it('links dismiss for a date', () => {
    assert.strictEqual(
      dateCorrectionLine('file:///s.txt', 3),
      `Correct: [Not a date…](command:seedReader.dismissMention?${arg(3)} "Dismiss this date, or every one with its text")`,
    );
  });
});

describe('extension: corrections follow a renamed seed', () => {
  const anchor = anchorAt(TEXT, span('Kyiv'));
  const corrections: Correction[] = [
    { id: 'c1', kind: 'relabel', name: 'Kremlin', type: 'ORG' },
    { id: 'c2', kind: 'add', seed: 'news/a.txt', type: 'PLACE', anchor },
    { id: 'c3', kind: 'dismiss', name: 'Monday', seed: 'news/ab.txt' },
  ];

  it('renames the seed path of a file, and of every seed under a folder', () => {
    assert.deepStrictEqual(withSeedRenamed(corrections, 'news/a.txt', 'seeds/a.txt'), [
      corrections[0],
      { id: 'c2', kind: 'add', seed: 'seeds/a.txt', type: 'PLACE', anchor },
      corrections[2],
    ]);
    assert.deepStrictEqual(withSeedRenamed(corrections, 'news', 'old'), [
      corrections[0],
      { id: 'c2', kind: 'add', seed: 'old/a.txt', type: 'PLACE', anchor },
      { id: 'c3', kind: 'dismiss', name: 'Monday', seed: 'old/ab.txt' },
    ]);
    assert.strictEqual(withSeedRenamed(corrections, 'news/a', 'x'), undefined);
  });
});
