import * as assert from 'assert';
import { actorGraph } from '../../src/core';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, projectRoot, readSeed } from './helpers/seeds';

const nodeRows = (g: ReturnType<typeof actorGraph>) => g.nodes.map(n => [n.id, n.type, n.radius, n.mentions.length]);

describe('story: actor graph', () => {
  const analysis = analyze(readSeed());

  it("keeps the user's seed's five most mentioned actors, sized by mentions, linked by shared sentences and events", () => {
    const graph = actorGraph(analysis, { cap: 5 });
    assert.deepStrictEqual(nodeRows(graph), [
      ['place:russia', 'PLACE', 14.9, 11],
      ['misc:inf-treaty', 'MISC', 13.5, 8],
      ['place:united-states', 'PLACE', 12.9, 7],
      ['org:nato', 'ORG', 12.3, 6],
      ['person:jens-stoltenberg', 'PERSON', 11, 4],
    ]);
    assert.strictEqual(graph.hidden, 20);
    assert.deepStrictEqual(graph.edges, [
      { source: 'place:russia', target: 'misc:inf-treaty', sentences: 3, events: 1 },
      { source: 'place:russia', target: 'place:united-states', sentences: 2, events: 1 },
      { source: 'place:russia', target: 'org:nato', sentences: 3, events: 0 },
      { source: 'place:russia', target: 'person:jens-stoltenberg', sentences: 2, events: 0 },
      { source: 'misc:inf-treaty', target: 'place:united-states', sentences: 1, events: 1 },
      { source: 'misc:inf-treaty', target: 'org:nato', sentences: 2, events: 0 },
      { source: 'misc:inf-treaty', target: 'person:jens-stoltenberg', sentences: 2, events: 0 },
      { source: 'place:united-states', target: 'org:nato', sentences: 1, events: 0 },
      { source: 'org:nato', target: 'person:jens-stoltenberg', sentences: 2, events: 0 },
    ]);
  });

  it('filters by kind before the cap, and lists each mention with its sentence, cut around it when long', () => {
    const graph = actorGraph(analysis, { cap: 3, kinds: ['PERSON'] });
    assert.deepStrictEqual(nodeRows(graph), [
      ['person:jens-stoltenberg', 'PERSON', 11, 4],
      ['person:sergei-ryabkov', 'PERSON', 8, 1],
      ['person:donald-trump', 'PERSON', 8, 1],
    ]);
    assert.strictEqual(graph.hidden, 0);
    assert.deepStrictEqual(graph.edges, []);
    assert.deepStrictEqual(graph.nodes[2].mentions, [
      {
        start: 1057,
        end: 1069,
        text: 'Donald trump',
        context: '…at in late October, the President of the United States Donald trump has announced plans to withdraw from the INF Treaty.',
      },
    ]);
  });

  it('gives no nodes for a cap of 0 and says how many it left out', () => {
    assert.deepStrictEqual(actorGraph(analysis, { cap: 0, kinds: ['ORG'] }), { nodes: [], edges: [], hidden: 6 });
  });

  it('keeps the injection seed’s text as data: names and contexts are the text itself', () => {
    const inject = analyze(fs.readFileSync(path.join(projectRoot, 'test/fixtures/inject/seed.txt'), 'utf8'));
    const graph = actorGraph(inject, { cap: 10 });
    assert.deepStrictEqual(
      graph.nodes.map(n => [n.name, n.mentions.map(m => m.context)]),
      [
        [
          'John Smith',
          [
            'Smith meets Berg in Oslo',
            'John Smith said **bold** [x](command:workbench.action.quit) <img src=x> in Oslo on 15 January.',
            'Mr. Smith met Anna Berg.',
            'Smith',
          ],
        ],
        ['Anna Berg', ['Smith meets Berg in Oslo', 'Mr. Smith met Anna Berg.', 'Berg']],
        ['Oslo', ['Smith meets Berg in Oslo', 'John Smith said **bold** [x](command:workbench.action.quit) <img src=x> in Oslo on 15 January.', 'Oslo']],
      ],
    );
  });
});
