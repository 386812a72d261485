import * as assert from 'assert';
import {
  deserializeIndex,
  deserializeIndexSteps,
  finishSteps,
  INDEX_PIECE_SEPARATOR,
  serializeIndex,
  serializeIndexParts,
  linkActors,
  linkActorsSteps,
  updateIndex,
  workspaceTimeline,
  workspaceTimelineSteps,
  type ActorLinks,
  type SeedFacts,
  type TimelineParts,
  type WorkspaceIndex,
} from '../../src/core';
import { actorFacts as actor, eventFacts as event, indexOfSeeds, seedFactsOf as seed } from './helpers/workspaceFacts';

const donald = seed('A', [actor('person:donald-trump', 'PERSON', 'Donald Trump', ['Trump'], 3), actor('place:oslo', 'PLACE', 'Oslo', [], 1)], {
  events: [event('3 March 2024', '2024-03-03', 'Donald Trump arrived.')],
});
const bareTrump = seed('C', [actor('person:trump', 'PERSON', 'Trump', [], 1)], {
  events: [event('15 January', 'XXXX-01-15', 'Trump spoke.'), event('1 March 2024', '2024-03-01', 'Trump left.')],
});
const melania = seed('B', [actor('person:melania-trump', 'PERSON', 'Melania Trump', ['Trump'], 2), actor('place:oslo', 'PLACE', 'Oslo', [], 2)], {
  events: [event('2 March 2024', '2024-03-02', 'Melania Trump wrote.')],
});
const nato = seed('D', [actor('org:nato', 'ORG', 'NATO', [], 1)]);
const natoFull = seed('E', [actor('org:north-atlantic-treaty-organization', 'ORG', 'North Atlantic Treaty Organization', [], 2)]);

/** Who each workspace actor is, in which seeds: enough to see every linking decision. */
const who = (actors: ActorLinks['actors']) => actors.map(a => `${a.id} ${a.name} [${a.seeds.map(s => `${s.file}:${s.actors.join('+')}`).join(' ')}]`);

describe('workspace: linking and the timeline again after a change', () => {
  it('links from the previous links exactly as from nothing, through edits that split and join actors', () => {
    const steps: { readonly change: Parameters<typeof updateIndex>[1]; readonly expected: string[] }[] = [
      {
        change: { set: [{ file: 'b.txt', hash: 'b', facts: melania }] },
        // Two people share the surname: the bare "Trump" stays alone.
        expected: [
          'place:oslo Oslo [a.txt:place:oslo b.txt:place:oslo]',
          'person:donald-trump Donald Trump [a.txt:person:donald-trump]',
          'person:melania-trump Melania Trump [b.txt:person:melania-trump]',
          'person:trump Trump [c.txt:person:trump]',
          'org:nato NATO [d.txt:org:nato]',
        ],
      },
      {
        change: { remove: ['b.txt'], set: [{ file: 'e.txt', hash: 'e', facts: natoFull }] },
        // Melania gone: "Trump" is Donald again; the acronym joins the full name.
        expected: [
          'person:donald-trump Donald Trump [a.txt:person:donald-trump c.txt:person:trump]',
          'org:north-atlantic-treaty-organization North Atlantic Treaty Organization [d.txt:org:nato e.txt:org:north-atlantic-treaty-organization]',
          'place:oslo Oslo [a.txt:place:oslo]',
        ],
      },
      {
        change: { set: [{ file: 'a.txt', hash: 'a2', facts: seed('A', [actor('place:oslo', 'PLACE', 'Oslo', [], 4)]) }] },
        expected: [
          'org:north-atlantic-treaty-organization North Atlantic Treaty Organization [d.txt:org:nato e.txt:org:north-atlantic-treaty-organization]',
          'place:oslo Oslo [a.txt:place:oslo]',
          'person:trump Trump [c.txt:person:trump]',
        ],
      },
    ];
    let index: WorkspaceIndex = indexOfSeeds({ 'a.txt': donald, 'c.txt': bareTrump, 'd.txt': nato });
    let links = finishSteps(linkActorsSteps(index));
    assert.deepStrictEqual(who(links.actors), [
      'person:donald-trump Donald Trump [a.txt:person:donald-trump c.txt:person:trump]',
      'place:oslo Oslo [a.txt:place:oslo]',
      'org:nato NATO [d.txt:org:nato]',
    ]);
    for (const { change, expected } of steps) {
      index = updateIndex(index, change);
      links = finishSteps(linkActorsSteps(index, links));
      assert.deepStrictEqual(who(links.actors), expected);
      assert.deepStrictEqual(links.actors, linkActors(index));
    }
  });

  it('orders the timeline from the previous one exactly as from nothing', () => {
    const seeds: Record<string, SeedFacts> = { 'a.txt': donald, 'c.txt': bareTrump };
    let index = indexOfSeeds(seeds);
    let timeline: TimelineParts = finishSteps(workspaceTimelineSteps(index));
    const order = () => timeline.entries.map(e => `${e.file}#${e.event} ${e.date.value}`);
    assert.deepStrictEqual(order(), ['c.txt#1 2024-03-01', 'a.txt#0 2024-03-03', 'c.txt#0 XXXX-01-15']);
    index = updateIndex(index, { set: [{ file: 'b.txt', hash: 'b', facts: melania }] });
    timeline = finishSteps(workspaceTimelineSteps(index, timeline));
    assert.deepStrictEqual(order(), ['c.txt#1 2024-03-01', 'b.txt#0 2024-03-02', 'a.txt#0 2024-03-03', 'c.txt#0 XXXX-01-15']);
    assert.deepStrictEqual(timeline.entries, workspaceTimeline(index));
    index = updateIndex(index, {
      remove: ['c.txt'],
      set: [{ file: 'a.txt', hash: 'a2', facts: seed('A', [], { events: [event('2 March 2024', '2024-03-02', 'Same day.')] }) }],
    });
    timeline = finishSteps(workspaceTimelineSteps(index, timeline));
    // Equal days keep file order.
    assert.deepStrictEqual(order(), ['a.txt#0 2024-03-02', 'b.txt#0 2024-03-02']);
    assert.deepStrictEqual(timeline.entries, workspaceTimeline(index));
  });
});

describe('workspace: the stored index read a piece at a time', () => {
  const index = indexOfSeeds({ 'a.txt': donald, 'b.txt': melania, 'c.txt': bareTrump });
  const stored = [...serializeIndexParts(index)].join(INDEX_PIECE_SEPARATOR);

  it('reads the pieces joined by the separator back into the same index, one step an entry, as a whole read does', () => {
    let steps = 0;
    const read = deserializeIndexSteps(stored, 'test');
    for (let next = read.next(); !next.done; next = read.next()) steps++;
    assert.deepStrictEqual(finishSteps(deserializeIndexSteps(stored, 'test')), { index });
    assert.deepStrictEqual(deserializeIndex(stored, 'test'), { index });
    assert.strictEqual(steps, 2 * 3);
  });

  it('refuses what a whole read refuses, with the same reason', () => {
    const damaged = stored.replace('"type":"PERSON"', '"type":"ALIEN"');
    const cut = stored.split(INDEX_PIECE_SEPARATOR).slice(0, 2).concat('}}').join(INDEX_PIECE_SEPARATOR);
    for (const [text, engine] of [
      [stored, 'other'],
      [damaged, 'test'],
      [cut, 'test'],
      [stored.replace(INDEX_PIECE_SEPARATOR, ` ${INDEX_PIECE_SEPARATOR}{`), 'test'],
      [serializeIndex(index), 'test'],
    ] as const) {
      assert.deepStrictEqual(finishSteps(deserializeIndexSteps(text, engine)), deserializeIndex(text, engine));
    }
    assert.deepStrictEqual(finishSteps(deserializeIndexSteps(stored, 'other')), { problem: 'the index was made by "test", not "other"' });
    // Entries are stored in hash order: the first holds the first "PERSON", and is the only one left in the cut text.
    const first = Object.keys(index.entries)[0];
    assert.deepStrictEqual(finishSteps(deserializeIndexSteps(damaged, 'test')), { problem: `entry ${first}: actors[0] is malformed` });
    const missing = index.files.findIndex(f => f.hash !== first);
    assert.deepStrictEqual(finishSteps(deserializeIndexSteps(cut, 'test')), {
      problem: `files[${missing}] (${index.files[missing].file}) has no entry`,
    });
  });
});
