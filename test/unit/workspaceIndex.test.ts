import * as assert from 'assert';
import {
  contentHash,
  deserializeIndex,
  emptyIndex,
  factsOf,
  hashOf,
  mergeIndexes,
  resolveSeeAlso,
  seeAlsoResolver,
  serializeIndex,
  serializeIndexParts,
  updateIndex,
  workspaceTimeline,
  WORKSPACE_FORMAT_VERSION,
  type WorkspaceIndex,
} from '../../src/core';
import { actorFacts, eventFacts, indexOfSeeds, seedFactsOf as seed } from './helpers/workspaceFacts';

const A = seed('Stoltenberg: NATO and Russia are fully dispersed on the INF Treaty', [actorFacts('person:jens-stoltenberg', 'PERSON', 'Jens Stoltenberg')]);
const B = seed('The United States has notified Russia that the decision to withdraw from the INF Treaty is settled', []);
const C = seed('Venezuela crisis deepens', []);

describe('workspace: the index', () => {
  it('keys a text by a content hash of 16 hex digits and its length', () => {
    assert.deepStrictEqual(
      ['', 'Seed', 'Seed '].map(contentHash),
      // Fixed values: a stored index is keyed by them, so a change to the hash needs a new format version.
      ['811c9dc501000193-0', 'd07208ccce86aada-4', '0f840b84bb728172-5'],
    );
  });

  it('adds, replaces and removes seeds without changing the index it was given, sharing facts by content', () => {
    const one = updateIndex(emptyIndex('e'), {
      set: [
        { file: 'b.txt', hash: 'h1', facts: A },
        { file: 'a.txt', hash: 'h1', facts: A },
      ],
    });
    assert.deepStrictEqual(one, {
      formatVersion: WORKSPACE_FORMAT_VERSION,
      engine: 'e',
      files: [
        { file: 'a.txt', hash: 'h1' },
        { file: 'b.txt', hash: 'h1' },
      ],
      entries: { h1: A },
    });
    const two = updateIndex(one, { set: [{ file: 'c.txt', hash: 'h2', facts: B }], remove: ['a.txt'] });
    assert.deepStrictEqual(two.files, [
      { file: 'b.txt', hash: 'h1' },
      { file: 'c.txt', hash: 'h2' },
    ]);
    assert.deepStrictEqual(Object.keys(two.entries), ['h1', 'h2']);
    const three = updateIndex(two, { remove: ['b.txt'] });
    assert.deepStrictEqual(three.entries, { h2: B });
    assert.deepStrictEqual(one.files.length, 2);
    assert.deepStrictEqual([hashOf(two, 'c.txt'), hashOf(two, 'a.txt'), hashOf(two, 'constructor')], ['h2', undefined, undefined]);
    assert.deepStrictEqual([factsOf(two, 'h2'), factsOf(two, 'toString')], [B, undefined]);
  });

  it('reads back what it stored, equal to the index it wrote', () => {
    const index = indexOfSeeds({ 'a.txt': A, 'b.txt': B });
    assert.deepStrictEqual(deserializeIndex(serializeIndex(index), 'test'), { index });
  });

  it('stores in pieces exactly the text it stores whole: the head with the files, an entry a piece, the end', () => {
    const index = indexOfSeeds({ 'a.txt': A, 'b.txt': B, 'c.txt': A });
    const parts = [...serializeIndexParts(index)];
    assert.strictEqual(parts.join(''), serializeIndex(index));
    assert.deepStrictEqual([parts.length, Object.keys(index.entries).length], [5, 3]);
    assert.deepStrictEqual([...serializeIndexParts(emptyIndex('test'))].join(''), serializeIndex(emptyIndex('test')));
  });

  it('refuses a stored index of another format version, another engine, or damaged, whole', () => {
    const stored = JSON.parse(serializeIndex(indexOfSeeds({ 'a.txt': A, 'b.txt': B }))) as WorkspaceIndex & Record<string, unknown>;
    const hashA = stored.files[0].hash;
    const read = (change: (x: Record<string, unknown>) => void, engine?: string) => {
      const copy = JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
      change(copy);
      return deserializeIndex(JSON.stringify(copy), engine);
    };
    assert.deepStrictEqual(
      read(x => (x.formatVersion = 0)),
      { problem: 'the index has format version 0; this Seed Reader reads version 1' },
    );
    assert.deepStrictEqual(
      read(x => delete x.formatVersion),
      { problem: 'the index has format version none; this Seed Reader reads version 1' },
    );
    assert.deepStrictEqual(
      read(() => {}, 'seed-reader 0.2.0'),
      { problem: 'the index was made by "test", not "seed-reader 0.2.0"' },
    );
    assert.deepStrictEqual(
      read(x => ((x.entries as Record<string, { actors: { type: string }[] }>)[hashA].actors[0].type = 'ALIEN')),
      { problem: `entry ${hashA}: actors[0] is malformed` },
    );
    assert.deepStrictEqual(
      read(x => (x.files as unknown[]).reverse()),
      { problem: 'files[1] (a.txt) is out of order or repeated' },
    );
    assert.deepStrictEqual(
      read(x => (x.files as unknown[]).pop()),
      { problem: `entry ${stored.files[1].hash} belongs to no file` },
    );
    assert.deepStrictEqual(deserializeIndex('{"formatVersion": 1, "engine": "test", "files": [', 'test'), { problem: 'the index is not valid JSON' });
    assert.deepStrictEqual(deserializeIndex('[]'), { problem: 'the index is not a JSON object' });
  });

  it('merges shards into exactly the index of all their files, in any order', () => {
    const whole = indexOfSeeds({ 'a.txt': A, 'b.txt': B, 'c.txt': C, 'd.txt': A });
    const part1 = indexOfSeeds({ 'a.txt': A, 'c.txt': C });
    const part2 = indexOfSeeds({ 'b.txt': B, 'd.txt': A });
    assert.deepStrictEqual(mergeIndexes([part1, part2]), { index: whole });
    assert.deepStrictEqual(mergeIndexes([part2, part1]), { index: whole });
    assert.deepStrictEqual(mergeIndexes([part1, indexOfSeeds({ 'a.txt': B })]), { problem: 'a.txt has different texts in two parts' });
    assert.deepStrictEqual(mergeIndexes([part1, indexOfSeeds({ 'b.txt': B }, 'other')]), { problem: 'part 2 was made by "other", part 1 by "test"' });
    assert.deepStrictEqual(mergeIndexes([]), { problem: 'no index to merge' });
  });
});

describe('workspace: the timeline', () => {
  it('places events with a year in time order across seeds, then those without one, seed by seed', () => {
    const index = indexOfSeeds({
      'a.txt': seed('A', [], {
        reference: { source: 'lead', value: '2019-01-25' },
        events: [
          eventFacts('late October', '2018-10', 'Trump announced the withdrawal'),
          eventFacts('15 October', '2018-10-15', 'A later clause'),
          eventFacts('Friday', '2019-01-25', 'Talks'),
        ],
      }),
      'b.txt': seed('B', [], {
        reference: { source: 'tense', value: 'XXXX-01-24' },
        events: [eventFacts('15 January', 'XXXX-01-15', 'Consultations in Geneva'), eventFacts('in 2018', '2018', 'Sanctions')],
      }),
      'c.txt': seed('C', [], {
        reference: { source: 'lead', value: '2018-11-02' },
        events: [eventFacts('1 November', '2018-11-01', 'A meeting in Moscow')],
      }),
      'd.txt': seed('D', [], { events: [eventFacts('Monday', 'XXXX-WXX-1', 'A call')] }),
    });
    assert.deepStrictEqual(
      workspaceTimeline(index).map(e => [e.file, e.event, e.date.value, e.text, e.yearKnown]),
      [
        ['b.txt', 1, '2018', 'Sanctions', true],
        // a.txt's own order holds: "late October" (2018-10) is after 15 October although its value sorts first.
        ['a.txt', 0, '2018-10', 'Trump announced the withdrawal', true],
        ['a.txt', 1, '2018-10-15', 'A later clause', true],
        ['c.txt', 0, '2018-11-01', 'A meeting in Moscow', true],
        ['a.txt', 2, '2019-01-25', 'Talks', true],
        ['b.txt', 0, 'XXXX-01-15', 'Consultations in Geneva', false],
        ['d.txt', 0, 'XXXX-WXX-1', 'A call', false],
      ],
    );
  });
});

describe('workspace: See Also', () => {
  const index = indexOfSeeds({ 'a.txt': { ...A, seeAlso: [B.title] }, 'b.txt': B, 'c.txt': C });

  it('resolves a headline to the seed whose title it names, never the seed it is in', () => {
    assert.deepStrictEqual(resolveSeeAlso(index, 'The United States has notified Russia that the decision to withdraw from the INF Treaty settled', 'a.txt'), {
      file: 'b.txt',
      title: B.title,
    });
    assert.deepStrictEqual(resolveSeeAlso(index, A.title, 'a.txt'), { reason: 'no seed in the workspace has this title' });
  });

  it('resolves many headlines alike through one resolver', () => {
    const resolve = seeAlsoResolver(index);
    assert.deepStrictEqual(
      [resolve(B.title, 'a.txt'), resolve(B.title, 'b.txt'), resolve('Venezuela crisis deepens further', 'a.txt'), resolve('')],
      [
        { file: 'b.txt', title: B.title },
        { reason: 'no seed in the workspace has this title' },
        { file: 'c.txt', title: C.title },
        { reason: 'no seed in the workspace has this title' },
      ],
    );
  });

  it('says when no seed matches', () => {
    assert.deepStrictEqual(resolveSeeAlso(index, 'Russia warned the United States against military intervention in the Affairs of Venezuela'), {
      reason: 'no seed in the workspace has this title',
    });
  });
});
