import * as assert from 'assert';
import type { Analysis } from '../../src/core';
import { analyzeSeed } from '../../src/core/analysis';
import { repoTagger } from '../../scripts/lib/repoModel';
import { actorAt, coActors, dateAt, eventIndexAt, firstFullMention } from '../../src/extension/analysisLookup';
import { actorCard, dateCard, eventOrdinal } from '../../src/extension/features/hover/hoverCard';
import { readSeed } from './helpers/seeds';
import { LATE_OCTOBER_CARD } from '../helpers/userSeedCards';

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

  it('links no part of an actor card to the mention under the mouse', () => {
    const stoltenberg = analysis.actors.find(a => a.id === 'person:jens-stoltenberg')!;
    assert.strictEqual(
      actorCard(analysis, stoltenberg, URI, 'compact', 3),
      [
        '$(person) **Jens Stoltenberg** · Person',
        '',
        'Role: Secretary General  ',
        'Also: Stoltenberg, Mr\\. Stoltenberg  ',
        '4 mentions · this is the first',
      ].join('\n'),
    );
    const nato = analysis.actors.find(a => a.id === 'org:nato')!;
    const inEvent = seedText.indexOf('NATO countries') + 1;
    assert.strictEqual(
      actorCard(analysis, nato, URI, 'technical', inEvent),
      [
        '$(organization) **NATO** · Organisation',
        '',
        'Also: Alliance  ',
        `6 mentions · first: [NATO](${link(13, 17)} "Go to the first mention")  `,
        'Id: `org:nato`',
        '',
        '**Events**',
        '',
        '- 13\\-14 February — Defence Ministers of NATO countries will discuss the situation in Brussels',
        '',
        '**With:** Brussels',
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

  it('builds the card of a date in plain words: day, place among the events, past or future, how it was placed', () => {
    const at = seedText.indexOf('15 January');
    const date = dateAt(analysis, at + 2)!;
    const card = [
      '$(calendar) **15 January** · Date',
      '',
      '15 January · year not stated · 2nd of 6 events · in the past  ',
      'Event: In Geneva held a closed Russian\\-American consultations about the fate of the…',
    ];
    const placed = 'The article states no year; its day is taken as 24 January, inferred from the tenses of its dates.';
    assert.strictEqual(dateCard(analysis, date, URI, 'compact', at + 2), card.join('\n'));
    assert.strictEqual(dateCard(analysis, date, URI, 'full', at + 2), [...card, '', placed].join('\n'));
    assert.strictEqual(
      dateCard(analysis, date, URI, 'technical', at + 2),
      [...card, '', placed, '', 'Value: `XXXX-01-15` · tense: `past` · reference: `XXXX-01-24` (tense)'].join('\n'),
    );
    assert.strictEqual(eventIndexAt(analysis, 993), 0);
    assert.strictEqual(eventIndexAt(analysis, 0), -1);
  });

  it('says a modified month, a range, a clock time and a relative date in words, without codes', () => {
    const cardOf = (text: string) => {
      const at = seedText.indexOf(text) + 1;
      return dateCard(analysis, dateAt(analysis, at)!, URI, 'full', at).split('\n');
    };
    assert.deepStrictEqual(cardOf('late October'), LATE_OCTOBER_CARD);
    assert.deepStrictEqual(cardOf('13-14 February').slice(2, 3), ['13–14 February · year not stated · 6th of 6 events · in the future  ']);
    assert.deepStrictEqual(cardOf('9:00 GMT').slice(2, 6), [
      'at 09:00 · day not stated · 4th of 6 events · in the past  ',
      'Event: A meeting of the Council Russia—NATO began in Brussels and lasted five hours',
      '',
      'The text states no day for this time; it is taken as 24 January, the article’s day as inferred from the tenses of its dates.',
    ]);
    assert.deepStrictEqual(cardOf('next week').slice(2, 6), [
      'the week after 24 January · year not stated · 5th of 6 events · in the future  ',
      'Event: The US has invited Russia to hold talks on the sidelines of a UN meeting in…',
      '',
      'The article states no year; “next week” is counted from 24 January, the article’s day as inferred from the tenses of its dates.',
    ]);
  });

  it('places the dates from a reference date given in the settings', () => {
    const given = analyzeSeed(seedText, { tagger: repoTagger(), ref: '2019-01-24' });
    const cardOf = (text: string) => {
      const at = seedText.indexOf(text) + 1;
      return dateCard(given, dateAt(given, at)!, URI, 'full', at).split('\n');
    };
    assert.deepStrictEqual(
      ['late October', '9:00 GMT', 'next week'].map(text => [cardOf(text)[2], cardOf(text)[5]]),
      [
        ['late October 2018 · 1st of 6 events · in the past  ', 'The year comes from 24 January 2019, the reference date in the settings.'],
        ['24 January 2019, 09:00 · 4th of 6 events · in the past  ', 'The day is 24 January 2019, the reference date in the settings.'],
        ['week 5 of 2019 · 5th of 6 events · in the future  ', '“next week” is counted from 24 January 2019, the reference date in the settings.'],
      ],
    );
  });

  it('links a date card to its event only when the mouse is not in it', () => {
    const date = dateAt(analysis, seedText.indexOf('late October') + 2)!;
    assert.strictEqual(
      dateCard(analysis, date, URI, 'compact').split('\n')[3],
      `Event: [The President of the United States Donald trump has announced plans to withdraw…](${link(993, 1122)} "Go to the event")`,
    );
  });

  it('counts events in English ordinals', () => {
    assert.deepStrictEqual(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(k => eventOrdinal(k, 120)),
      [
        '1st of 120 events',
        '2nd of 120 events',
        '3rd of 120 events',
        '4th of 120 events',
        '11th of 120 events',
        '12th of 120 events',
        '13th of 120 events',
        '21st of 120 events',
        '22nd of 120 events',
        '23rd of 120 events',
        '101st of 120 events',
        '111th of 120 events',
        '112th of 120 events',
      ],
    );
    assert.strictEqual(eventOrdinal(1, 1), 'the only event');
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
