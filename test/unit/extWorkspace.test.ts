import * as assert from 'assert';
import { analyzeSeed, contentHash, emptyIndex, seedFacts, updateIndex, type WorkspaceIndex } from '../../src/core';
import { repoTagger } from '../../scripts/lib/repoModel';
import { actorCard } from '../../src/extension/features/hover/hoverCard';
import { actorSeedPicks, timelineRow, workspaceChildren, workspaceRoots, workspaceRow } from '../../src/extension/features/workspace/workspaceRows';
import { workspaceTimeline } from '../../src/core';
import { fuzzyMatches, workspaceSymbols } from '../../src/extension/features/workspace/workspaceSymbols';
import { lineAndColumn, lineStarts } from '../../src/extension/textLines';
import { actorSeeds, fileLabel, otherSeeds, workspaceActorOf, workspaceLookup } from '../../src/extension/workspaceLookup';
import { WORKSPACE_SEED_COUNT, workspaceSeedName, workspaceSeedText } from '../fixtures/workspace/generate';

const DIR = 'file:///w/seeds/';
const uriOf = (i: number) => DIR + workspaceSeedName(i);
const open = (uri: string, start: number, end: number) => `command:seedReader.openSeedAt?${encodeURIComponent(JSON.stringify([uri, start, end]))}`;
const listAll = (id: string) => `command:seedReader.listActorSeeds?${encodeURIComponent(JSON.stringify([id]))}`;

describe('extension: the workspace index in cards and pickers (30 invented seeds)', () => {
  let index: WorkspaceIndex;
  before(() => {
    const tagger = repoTagger();
    const set = Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => {
      const text = workspaceSeedText(i);
      return { file: uriOf(i), hash: contentHash(text), facts: seedFacts(analyzeSeed(text, { tagger })) };
    });
    index = updateIndex(emptyIndex('test'), { set });
  });

  it('finds the workspace actor of a seed’s actor, and its other seeds, most mentions first', () => {
    const lookup = workspaceLookup(index);
    assert.strictEqual(workspaceLookup(index), lookup, 'one lookup per index value');
    assert.strictEqual(workspaceActorOf(lookup, uriOf(0), 'person:ingrid-halvorsen')?.id, 'person:ingrid-halvorsen');
    assert.strictEqual(workspaceActorOf(lookup, uriOf(0), 'person:nobody'), undefined);
    assert.strictEqual(workspaceActorOf(lookup, 'file:///elsewhere.txt', 'person:ingrid-halvorsen'), undefined);
    const others = otherSeeds(lookup, uriOf(0), 'person:ingrid-halvorsen');
    assert.deepStrictEqual(
      others.map(s => [fileLabel(s.file), s.mentions]),
      [
        ['ws-02.txt', 4],
        ['ws-05.txt', 4],
        ['ws-08.txt', 4],
        ['ws-01.txt', 3],
        ['ws-04.txt', 3],
        ['ws-07.txt', 3],
        ['ws-03.txt', 2],
        ['ws-06.txt', 2],
        ['ws-09.txt', 2],
      ],
    );
    const text2 = workspaceSeedText(2);
    assert.deepStrictEqual(
      others[0].spans.map(([s, e]) => text2.slice(s, e)),
      ['Halvorsen', 'Ingrid Halvorsen', 'Halvorsen', 'Halvorsen'],
    );
    assert.deepStrictEqual(
      otherSeeds(lookup, uriOf(23), 'person:peter-varga').map(s => fileLabel(s.file)),
      ['ws-24.txt'],
    );
    assert.deepStrictEqual(
      otherSeeds(lookup, uriOf(18), 'place:helsinki').map(s => fileLabel(s.file)),
      ['ws-08.txt', 'ws-28.txt'],
    );
  });

  it('says on the name card in how many other seeds the actor is, linking the three with the most mentions', () => {
    const text = workspaceSeedText(0);
    const analysis = analyzeSeed(text, { tagger: repoTagger() });
    const actor = analysis.actors.find(a => a.id === 'person:ingrid-halvorsen')!;
    const lookup = workspaceLookup(index);
    const seeds = otherSeeds(lookup, uriOf(0), actor.id);
    const card = actorCard(analysis, actor, uriOf(0), 'compact', undefined, { actorId: 'person:ingrid-halvorsen', seeds });
    const t = (i: number) => workspaceSeedText(i).indexOf('Halvorsen');
    assert.strictEqual(
      card.split('\n').slice(-2).join('\n'),
      [
        `2 mentions · first: [Halvorsen](command:seedReader.revealRange?${encodeURIComponent(JSON.stringify([uriOf(0), 0, 9]))} "Go to the first mention")  `,
        `Also in 9 other seeds: [ws\\-02\\.txt](${open(uriOf(2), t(2), t(2) + 9)} "Halvorsen presents defence review 3 in Warsaw") (4), ` +
          `[ws\\-05\\.txt](${open(uriOf(5), t(5), t(5) + 9)} "Halvorsen presents defence review 6 in Tallinn") (4), ` +
          `[ws\\-08\\.txt](${open(uriOf(8), t(8), t(8) + 9)} "Halvorsen presents defence review 9 in Helsinki") (4) · ` +
          `[list all](${listAll('person:ingrid-halvorsen')} "Pick one of the seeds")`,
      ].join('\n'),
    );
    const peter = analyzeSeed(workspaceSeedText(23), { tagger: repoTagger() }).actors.find(a => a.id === 'person:peter-varga')!;
    const one = otherSeeds(lookup, uriOf(23), peter.id);
    assert.strictEqual(
      actorCard(analyzeSeed(workspaceSeedText(23), { tagger: repoTagger() }), peter, uriOf(23), 'compact', undefined, {
        actorId: 'person:peter-varga',
        seeds: one,
      })
        .split('\n')
        .pop(),
      `Also in 1 other seed: [ws\\-24\\.txt](${open(uriOf(24), 0, 5)} "Varga family statement number 5 on regional budget") (2)`,
    );
    assert.ok(!actorCard(analysis, actor, uriOf(0), 'compact', undefined, { actorId: 'x', seeds: [] }).includes('Also in'), 'no line without other seeds');
  });

  it('lists every seed of an actor for the Quick Pick', () => {
    const lookup = workspaceLookup(index);
    const picks = actorSeedPicks(actorSeeds(lookup, lookup.byId.get('person:peter-varga')!));
    assert.deepStrictEqual(picks, [
      { label: 'ws-23.txt', description: 'Varga family statement number 4 on regional budget', detail: '2 mentions', file: uriOf(23), start: 0, end: 5 },
      { label: 'ws-24.txt', description: 'Varga family statement number 5 on regional budget', detail: '2 mentions', file: uriOf(24), start: 0, end: 5 },
    ]);
  });

  it('finds actors, then events, of every seed for Go to Symbol in Workspace, by letters in order', () => {
    assert.deepStrictEqual(
      ['jstolt', 'JENS STOLT', 'stoltj', ''].map(q => fuzzyMatches(q, 'Jens Stoltenberg')),
      [true, true, false, true],
    );
    const lookup = workspaceLookup(index);
    const symbols = workspaceSymbols(lookup, 'pvarga');
    assert.deepStrictEqual(
      symbols.map(s => [s.name, s.kind, s.container, fileLabel(s.file), s.start, s.end]),
      [
        ['Peter Varga', 'PERSON', 'Varga family statement number 4 on regional budget', 'ws-23.txt', 0, 5],
        ['Peter Varga', 'PERSON', 'Varga family statement number 5 on regional budget', 'ws-24.txt', 0, 5],
        [
          '24 August 2019 — Peter Varga criticised the regional budget in Szeged',
          'event',
          'Varga family statement number 4 on regional budget',
          'ws-23.txt',
          52,
          123,
        ],
        [
          '25 September 2019 — Peter Varga criticised the regional budget in Szeged',
          'event',
          'Varga family statement number 5 on regional budget',
          'ws-24.txt',
          52,
          126,
        ],
      ],
    );
    // 30 events and 88 actor-in-seed entries in all; `max` caps them.
    assert.deepStrictEqual([workspaceSymbols(lookup, '').length, workspaceSymbols(lookup, '', 100).length], [118, 100]);
    assert.strictEqual(workspaceSymbols(lookup, 'halvorsen', 5).length, 5);
  });

  it('gives lines and columns as VS Code counts them', () => {
    const starts = lineStarts('ab\ncd\r\nef\rg');
    assert.deepStrictEqual(starts, [0, 3, 7, 10]);
    assert.deepStrictEqual(
      [0, 2, 3, 5, 7, 10, 11].map(o => lineAndColumn(starts, o)),
      [
        [0, 0],
        [0, 2],
        [1, 0],
        [1, 2],
        [2, 0],
        [3, 0],
        [3, 1],
      ],
    );
  });

  it('lists actors by kind in the most seeds first in the Workspace view, then seeds, then mentions', () => {
    const lookup = workspaceLookup(index);
    const roots = workspaceRoots(lookup);
    assert.deepStrictEqual(
      roots.map(r => [workspaceRow(r).label, workspaceRow(r).description]),
      [
        ['People', '6'],
        ['Organisations', '1'],
        ['Places', '12'],
      ],
    );
    const people = workspaceChildren(lookup, roots[0]);
    assert.deepStrictEqual(
      people.map(p => [workspaceRow(p).label, workspaceRow(p).description]),
      [
        ['Jens Stoltenberg', '12 seeds · ×13'],
        ['Ingrid Halvorsen', '10 seeds · ×29'],
        ['Marek Dombrowski', '8 seeds · ×16'],
        ['Tomas Lindqvist', '7 seeds · ×14'],
        ['Anna Varga', '3 seeds · ×6'],
        ['Peter Varga', '2 seeds · ×4'],
      ],
    );
    const seeds = workspaceChildren(lookup, people[5]);
    assert.deepStrictEqual(
      seeds.map(n => workspaceRow(n)),
      [23, 24].map(i => ({
        id: `ws:person:peter-varga:${uriOf(i)}`,
        label: workspaceSeedName(i),
        description: '×2',
        tooltip: `Varga family statement number ${i - 19} on regional budget`,
        contextValue: 'workspaceSeed',
        expand: 'collapsed',
      })),
    );
    assert.deepStrictEqual(
      workspaceChildren(lookup, seeds[0]).map(n => [workspaceRow(n).label, workspaceRow(n).expand]),
      [
        ['Mention 1 of 2', 'none'],
        ['Mention 2 of 2', 'none'],
      ],
    );
  });

  it('lists every seed’s events on one timeline for the Events view’s "all seeds"', () => {
    const rows = workspaceTimeline(index).map(timelineRow);
    assert.deepStrictEqual(
      rows.map(r => r.description),
      Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => workspaceSeedName(i)),
    );
    assert.deepStrictEqual(rows[23], {
      id: `timeline:${uriOf(23)}:0`,
      label: '24 August 2019 · Peter Varga criticised the regional…',
      description: 'ws-23.txt',
      tooltip: '24 August 2019: 24 August 2019\n\nPeter Varga criticised the regional budget in Szeged on 24 August 2019.',
      icon: 'calendar',
      contextValue: 'timelineEvent',
      expand: 'none',
    });
    const undated = timelineRow({ ...workspaceTimeline(index)[0], date: { text: '15 January', value: 'XXXX-01-15' }, yearKnown: false });
    assert.strictEqual(undated.description, 'ws-00.txt · year not stated');
  });
});
