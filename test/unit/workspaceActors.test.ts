import * as assert from 'assert';
import { describeWorkspace, linkActors, seedFacts, updateIndex, emptyIndex, contentHash } from '../../src/core';
import { actorFacts as actor, indexOfSeeds, seedFactsOf as seed } from './helpers/workspaceFacts';
import { analyze } from './helpers/seeds';

describe('workspace: one actor across seeds', () => {
  it('keeps two people who share a surname apart, and a bare surname shared by both alone', () => {
    const index = indexOfSeeds({
      'a.txt': seed('A', [actor('person:donald-trump', 'PERSON', 'Donald Trump', ['Trump'], 3)]),
      'b.txt': seed('B', [actor('person:melania-trump', 'PERSON', 'Melania Trump', ['Trump'], 2)]),
      'c.txt': seed('C', [actor('person:trump', 'PERSON', 'Trump', [], 1)]),
    });
    assert.deepStrictEqual(linkActors(index), [
      {
        id: 'person:donald-trump',
        type: 'PERSON',
        name: 'Donald Trump',
        aliases: ['Trump'],
        seeds: [{ file: 'a.txt', mentions: 3, actors: ['person:donald-trump'] }],
      },
      {
        id: 'person:melania-trump',
        type: 'PERSON',
        name: 'Melania Trump',
        aliases: ['Trump'],
        seeds: [{ file: 'b.txt', mentions: 2, actors: ['person:melania-trump'] }],
      },
      { id: 'person:trump', type: 'PERSON', name: 'Trump', aliases: [], seeds: [{ file: 'c.txt', mentions: 1, actors: ['person:trump'] }] },
    ]);
  });

  it('joins a bare surname to the one full name in the workspace, and case variants of a name', () => {
    const index = indexOfSeeds({
      'a.txt': seed('A', [actor('person:jens-stoltenberg', 'PERSON', 'Jens Stoltenberg', ['Stoltenberg'], 2)]),
      'b.txt': seed('B', [actor('person:stoltenberg', 'PERSON', 'Stoltenberg', ['Mr. Stoltenberg'], 2)]),
      'c.txt': seed('C', [actor('person:donald-trump', 'PERSON', 'Donald trump', [], 1), actor('org:defense-ministry', 'ORG', 'defense Ministry', [], 1)]),
      'd.txt': seed('D', [
        actor('person:donald-trump', 'PERSON', 'Donald Trump', ['Trump'], 2),
        actor('org:defense-ministry', 'ORG', 'Defense Ministry', [], 2),
      ]),
    });
    assert.deepStrictEqual(linkActors(index), [
      {
        id: 'person:jens-stoltenberg',
        type: 'PERSON',
        name: 'Jens Stoltenberg',
        aliases: ['Stoltenberg', 'Mr. Stoltenberg'],
        seeds: [
          { file: 'a.txt', mentions: 2, actors: ['person:jens-stoltenberg'] },
          { file: 'b.txt', mentions: 2, actors: ['person:stoltenberg'] },
        ],
      },
      {
        id: 'person:donald-trump',
        type: 'PERSON',
        name: 'Donald Trump',
        aliases: ['Donald trump', 'Trump'],
        seeds: [
          { file: 'c.txt', mentions: 1, actors: ['person:donald-trump'] },
          { file: 'd.txt', mentions: 2, actors: ['person:donald-trump'] },
        ],
      },
      {
        id: 'org:defense-ministry',
        type: 'ORG',
        name: 'Defense Ministry',
        aliases: ['defense Ministry'],
        seeds: [
          { file: 'c.txt', mentions: 1, actors: ['org:defense-ministry'] },
          { file: 'd.txt', mentions: 2, actors: ['org:defense-ministry'] },
        ],
      },
    ]);
  });

  it('joins an acronym to its spelled-out name: by a known form, by an alias, by initials', () => {
    const index = indexOfSeeds({
      'a.txt': seed('A', [
        actor('org:north-atlantic-treaty-organization', 'ORG', 'North Atlantic Treaty Organization', ['NATO'], 2),
        actor('org:collective-security-treaty-organization', 'ORG', 'Collective Security Treaty Organization', ['CSTO', 'Organization'], 2),
        actor('org:shanghai-cooperation-organisation', 'ORG', 'Shanghai Cooperation Organisation', [], 1),
      ]),
      'b.txt': seed('B', [actor('org:nato', 'ORG', 'NATO', ['Alliance'], 3), actor('org:csto', 'ORG', 'CSTO', [], 1), actor('org:sco', 'ORG', 'SCO', [], 1)]),
      'c.txt': seed('C', [actor('org:organization', 'ORG', 'Organization', [], 1)]),
    });
    assert.deepStrictEqual(
      linkActors(index).map(a => [a.id, a.name, a.aliases, a.seeds.map(s => `${s.file} ${s.actors.join(' ')} ×${s.mentions}`)]),
      [
        [
          'org:north-atlantic-treaty-organization',
          'North Atlantic Treaty Organization',
          ['NATO', 'Alliance'],
          ['a.txt org:north-atlantic-treaty-organization ×2', 'b.txt org:nato ×3'],
        ],
        [
          'org:collective-security-treaty-organization',
          'Collective Security Treaty Organization',
          ['CSTO', 'Organization'],
          ['a.txt org:collective-security-treaty-organization ×2', 'b.txt org:csto ×1'],
        ],
        [
          'org:shanghai-cooperation-organisation',
          'Shanghai Cooperation Organisation',
          ['SCO'],
          ['a.txt org:shanghai-cooperation-organisation ×1', 'b.txt org:sco ×1'],
        ],
        // A generic alias ("Organization") links nothing: the bare word in another seed stays its own.
        ['org:organization', 'Organization', [], ['c.txt org:organization ×1']],
      ],
    );
  });

  it('keeps a place and a person with the same name apart by type', () => {
    const index = indexOfSeeds({
      'a.txt': seed('A', [actor('place:jordan', 'PLACE', 'Jordan', [], 2)]),
      'b.txt': seed('B', [actor('person:michael-jordan', 'PERSON', 'Michael Jordan', ['Jordan'], 2)]),
      'c.txt': seed('C', [actor('person:jordan', 'PERSON', 'Jordan', [], 1), actor('place:jordan', 'PLACE', 'Jordan', [], 1)]),
    });
    assert.deepStrictEqual(
      linkActors(index).map(a => [a.id, a.type, a.name, a.seeds.map(s => `${s.file} ${s.actors.join(' ')}`)]),
      [
        ['place:jordan', 'PLACE', 'Jordan', ['a.txt place:jordan', 'c.txt place:jordan']],
        ['person:michael-jordan', 'PERSON', 'Michael Jordan', ['b.txt person:michael-jordan', 'c.txt person:jordan']],
      ],
    );
  });

  it('gives the same actors whatever order the seeds were indexed in', () => {
    const seeds = {
      'a.txt': seed('A', [actor('person:donald-trump', 'PERSON', 'Donald Trump', ['Trump'], 3)]),
      'b.txt': seed('B', [actor('person:trump', 'PERSON', 'Trump', [], 1), actor('org:nato', 'ORG', 'NATO', [], 1)]),
      'c.txt': seed('C', [actor('org:north-atlantic-treaty-organization', 'ORG', 'North Atlantic Treaty Organization', [], 1)]),
    };
    const reversed = Object.fromEntries(Object.entries(seeds).reverse());
    assert.deepStrictEqual(linkActors(indexOfSeeds(reversed)), linkActors(indexOfSeeds(seeds)));
  });

  it('links the actors of analysed seeds: Donald and Melania Trump stay two, NATO and its full name one', () => {
    const texts = {
      'a.txt':
        'Donald Trump meets NATO leaders in Brussels\n\nBRUSSELS, 11 July 2018. Donald Trump told the leaders of the North Atlantic Treaty Organization (NATO) on Wednesday that they must spend more. Trump left the summit early.\n',
      'b.txt':
        'First lady visits a school in Washington\n\nMelania Trump visited a school in Washington on 3 May. Trump said that children need kindness. NATO was not discussed.\n',
      'c.txt':
        'Donald trump says he will meet Kim Jong-un\n\nThe President of the United States Donald trump said on Friday that he will meet Kim Jong-un in June.\n',
    };
    const set = Object.entries(texts).map(([file, text]) => ({ file, hash: contentHash(text), facts: seedFacts(analyze(text)) }));
    const view = describeWorkspace(updateIndex(emptyIndex('test'), { set }));
    assert.deepStrictEqual(
      view.actors.map(a => [a.id, a.name, a.aliases, a.seeds.map(s => `${s.file} ×${s.mentions}`)]),
      [
        ['person:donald-trump', 'Donald Trump', ['Trump', 'Donald trump'], ['a.txt ×3', 'c.txt ×2']],
        ['org:north-atlantic-treaty-organization', 'North Atlantic Treaty Organization', ['NATO'], ['a.txt ×3', 'b.txt ×1']],
        ['person:kim-jong-un', 'Kim Jong-un', ['Kim', 'Jong-un'], ['c.txt ×3']],
        ['place:brussels', 'Brussels', ['BRUSSELS'], ['a.txt ×2']],
        ['place:washington', 'Washington', [], ['b.txt ×2']],
        ['person:melania-trump', 'Melania Trump', ['Trump'], ['b.txt ×2']],
        ['place:united-states', 'United States', [], ['c.txt ×1']],
      ],
    );
    assert.deepStrictEqual(
      view.seeds.map(s => [s.file, s.actors]),
      [
        ['a.txt', ['person:donald-trump', 'org:north-atlantic-treaty-organization', 'place:brussels']],
        ['b.txt', ['place:washington', 'person:melania-trump', 'org:north-atlantic-treaty-organization']],
        ['c.txt', ['person:donald-trump', 'person:kim-jong-un', 'place:united-states']],
      ],
    );
  });
});
