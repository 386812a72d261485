import * as assert from 'assert';
import type { Analysis } from '../../src/core';
import { analyzeSeed } from '../../src/core/analysis';
import { repoTagger } from '../../scripts/lib/repoModel';
import { actorAt, coActors, dateAt, eventIndexAt, firstFullMention } from '../../src/extension/analysisLookup';
import { actorCard, dateCard } from '../../src/extension/features/hover/hoverCard';
import { readSeed } from './helpers/seeds';

const seedText = readSeed();
const URI = 'file:///seeds/000.txt';
const link = (start: number, end: number) => `command:seedReader.revealRange?${encodeURIComponent(JSON.stringify([URI, start, end]))}`;

describe('extension: hover cards and lookups on the user seed', () => {
  let analysis: Analysis;
  before(() => {
    analysis = analyzeSeed(seedText, { tagger: repoTagger() });
  });

  it('finds the actor and the definition mention under an offset', () => {
    const offset = seedText.indexOf('Mr. Stoltenberg') + 5;
    const actor = actorAt(analysis, offset)!;
    assert.strictEqual(actor.id, 'person:jens-stoltenberg');
    assert.deepStrictEqual(firstFullMention(actor), { start: 383, end: 399, text: 'Jens Stoltenberg' });
    assert.strictEqual(actorAt(analysis, seedText.indexOf('dispersed')), undefined);
  });

  it('builds the full card of Jens Stoltenberg', () => {
    const actor = analysis.actors.find(a => a.id === 'person:jens-stoltenberg')!;
    assert.strictEqual(
      actorCard(analysis, actor, URI, 'full'),
      [
        '$(person) **Jens Stoltenberg** · Person',
        '',
        'Role: Secretary General  ',
        'Also: Stoltenberg, Mr\\. Stoltenberg  ',
        `4 mentions · first: [Stoltenberg](${link(0, 11)} "Go to the first mention")`,
      ].join('\n'),
    );
  });

  it('lists events and co-occurring actors in the card of NATO', () => {
    const nato = analysis.actors.find(a => a.id === 'org:nato')!;
    assert.deepStrictEqual(
      coActors(analysis, nato).map(c => [c.actor.name, c.shared]),
      [['Brussels', 1]],
    );
    assert.strictEqual(
      actorCard(analysis, nato, URI, 'full'),
      [
        '$(organization) **NATO** · Organisation',
        '',
        'Also: Alliance  ',
        `6 mentions · first: [NATO](${link(13, 17)} "Go to the first mention")`,
        '',
        '**Events**',
        '',
        `- [13\\-14 February](${link(726, 819)} "Go to the event") — Defence Ministers of NATO countries will discuss the situation in Brussels`,
        '',
        '**With:** Brussels',
      ].join('\n'),
    );
    assert.strictEqual(actorCard(analysis, nato, URI, 'compact').split('\n').length, 4);
  });

  it('builds the card of a date with its event, k of n', () => {
    const date = dateAt(analysis, seedText.indexOf('late October') + 2)!;
    assert.strictEqual(
      dateCard(analysis, date, URI, 'full'),
      [
        '$(calendar) **late October** · Date',
        '',
        'Value: `XXXX-10`  ',
        `Event 1 of 6: [The President of the United States Donald trump has announced plans to withdraw…](${link(993, 1122)} "Go to the event")`,
        '',
        'Tense: past  ',
        'Placed: no year in the text\\: reference day inferred as XXXX\\-01\\-24 from tense \\(3 past\\, 1 future dates\\)\\; past tense',
      ].join('\n'),
    );
    assert.strictEqual(eventIndexAt(analysis, 993), 0);
    assert.strictEqual(eventIndexAt(analysis, 0), -1);
  });

  it('escapes names that carry markdown, HTML and command links', () => {
    const evil = '[x](command:workbench.action.quit) <img src=x> **bold**';
    const crafted: Analysis = {
      ...analysis,
      actors: [{ id: 'person:evil', type: 'PERSON', name: evil, aliases: [evil], roles: [evil], mentions: [{ start: 0, end: 5, text: evil }] }],
      events: [],
    };
    const escaped = '\\[x\\]\\(command\\:workbench\\.action\\.quit\\) \\<img src\\=x\\> \\*\\*bold\\*\\*';
    assert.strictEqual(
      actorCard(crafted, crafted.actors[0], URI, 'full'),
      [
        `$(person) **${escaped}** · Person`,
        '',
        `Role: ${escaped}  `,
        `Also: ${escaped}  `,
        `1 mention · first: [${escaped}](${link(0, 5)} "Go to the first mention")`,
      ].join('\n'),
    );
  });
});
