import * as assert from 'assert';
import { analyzeSeed } from '../../src/core/analysis';
import { AnalysisCache } from '../../src/core/incremental/analysisCache';
import { repoTagger } from '../../scripts/lib/repoModel';
import { actorRows, analyze, readSeed } from './helpers/seeds';

describe("the user's seed", () => {
  const text = readSeed();
  const a = analyze(text);

  it('reads the title, its repeat and the three see-also headlines', () => {
    assert.strictEqual(a.structure.title?.text, 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty');
    assert.deepStrictEqual(a.structure.titleRepeats, [{ start: 85, end: 168 }]);
    assert.deepStrictEqual(
      a.structure.seeAlso.map(s => s.title),
      [
        'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
        'The defense Ministry showed the military attache of the missile, to which there are claims in the US',
        'Russia warned the United States against military intervention in the Affairs of Venezuela',
      ],
    );
    for (const s of a.structure.seeAlso) assert.strictEqual(text.slice(s.start, s.end), s.title);
  });

  it('finds every actor with its name, aliases, roles and mention count', () => {
    assert.deepStrictEqual(actorRows(a), [
      ['PERSON', 'Jens Stoltenberg', ['Stoltenberg', 'Mr. Stoltenberg'], ['Secretary General'], 4],
      ['ORG', 'NATO', ['Alliance'], [], 6],
      ['PLACE', 'Russia', [], [], 11],
      ['MISC', 'INF Treaty', ['Treaty on the elimination of intermediate-range and shorter-range nuclear forces', 'INF', 'Treaty'], [], 8],
      ['PLACE', 'Ukraine', [], [], 1],
      ['ORG', 'Council Russia—NATO', [], [], 2],
      ['ORG', 'TASS', [], [], 1],
      ['PLACE', 'Brussels', [], [], 2],
      ['MISC', 'Russian', [], [], 1],
      ['PERSON', 'Sergei Ryabkov', [], ['Deputy foreign Minister'], 1],
      ['PLACE', 'United States', ['US', 'U.S.'], [], 7],
      ['PERSON', 'Donald Trump', ['Donald trump'], ['President of the United States'], 1],
      ['PLACE', 'Geneva', [], [], 1],
      ['MISC', 'Russian-American', [], [], 1],
      ['MISC', '9М729', [], [], 1],
      ['MISC', 'Americans', [], [], 1],
      ['PLACE', 'UK', [], [], 1],
      ['PLACE', 'France', [], [], 1],
      ['PLACE', 'Germany', [], [], 1],
      ['ORG', 'U.S. Embassy', [], [], 1],
      ['PLACE', 'Washington', [], [], 1],
      ['ORG', 'UN', [], [], 1],
      ['PLACE', 'Beijing', [], [], 1],
      ['ORG', 'defense Ministry', [], [], 1],
      ['PLACE', 'Venezuela', [], [], 1],
    ]);
  });

  it('puts Stoltenberg\'s four mentions, title included, on one actor; "Mr." stays outside the span', () => {
    const stoltenberg = a.actors.find(x => x.id === 'person:jens-stoltenberg')!;
    assert.deepStrictEqual(stoltenberg.mentions, [
      { start: 0, end: 11, text: 'Stoltenberg' },
      { start: 85, end: 96, text: 'Stoltenberg' },
      { start: 383, end: 399, text: 'Jens Stoltenberg' },
      { start: 633, end: 644, text: 'Stoltenberg' },
    ]);
    assert.strictEqual(text.slice(629, 644), 'Mr. Stoltenberg');
    assert.deepStrictEqual(a.mentions.find(m => m.start === 633)?.honorific, 'Mr.');
  });

  it('keeps the Cyrillic letter of the designator 9М729', () => {
    const designator = a.mentions.find(m => m.type === 'MISC' && m.text.startsWith('9'))!;
    assert.strictEqual(designator.text, '9\u041c729');
  });

  it('orders the six dated events in time without a year, by tense', () => {
    assert.deepStrictEqual(
      a.events.map(e => [e.date.text, e.date.value]),
      [
        ['late October', 'XXXX-10'],
        ['15 January', 'XXXX-01-15'],
        ['23 January', 'XXXX-01-23'],
        ['9:00 GMT', 'XXXX-XX-XXT09:00'],
        ['next week', 'XXXX-WXX'],
        ['13-14 February', 'XXXX-02-13'],
      ],
    );
    assert.deepStrictEqual(a.reference.source, 'tense');
    assert.deepStrictEqual(a.reference.value, 'XXXX-01-24');
  });

  it('gives each event its sentence, a summary and its actors', () => {
    const first = a.events[0];
    assert.strictEqual(
      first.text,
      'Recall that in late October, the President of the United States Donald trump has announced plans to withdraw from the INF Treaty.',
    );
    assert.strictEqual(first.summary, 'The President of the United States Donald trump has announced plans to withdraw…');
    assert.deepStrictEqual(first.actors, ['place:united-states', 'person:donald-trump', 'misc:inf-treaty']);
    assert.deepStrictEqual(
      a.events.map(e => e.summary),
      [
        'The President of the United States Donald trump has announced plans to withdraw…',
        'In Geneva held a closed Russian-American consultations about the fate of the…',
        'Russia held a briefing for foreign military attaches, where for the first time…',
        'A meeting of the Council Russia—NATO began in Brussels and lasted five hours',
        'The US has invited Russia to hold talks on the sidelines of a UN meeting in…',
        'Defence Ministers of NATO countries will discuss the situation in Brussels',
      ],
    );
  });

  it('resolves every date against a reference date the caller gives', () => {
    const withRef = analyze(text, '2019-01-25');
    assert.deepStrictEqual(
      withRef.events.map(e => [e.date.text, e.date.value]),
      [
        ['late October', '2018-10'],
        ['15 January', '2019-01-15'],
        ['23 January', '2019-01-23'],
        ['9:00 GMT', '2019-01-25T09:00'],
        ['next week', '2019-W5'],
        ['13-14 February', '2019-02-13'],
      ],
    );
    assert.strictEqual(withRef.reference.source, 'given');
  });

  it('is immutable and deterministic', () => {
    assert.ok(Object.isFrozen(a) && Object.isFrozen(a.actors) && Object.isFrozen(a.actors[0].mentions[0]));
    assert.deepStrictEqual(JSON.stringify(analyze(text)), JSON.stringify(a));
  });

  it("gives offsets that slice to each mention's text", () => {
    for (const m of [...a.mentions, ...a.dates]) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });
});

describe('per-unit results', () => {
  it('caches date results by unit text and gives the same analysis from the cache', () => {
    const text = readSeed();
    const cache = new AnalysisCache();
    const first = analyzeSeed(text, { tagger: repoTagger(), steps: cache.steps });
    // One entry per distinct unit text: the title (its repeat is the same text), 5 paragraphs, 3 items.
    assert.deepStrictEqual(cache.stats().dates, { hits: 1, misses: 9, size: 9 });
    // The same text again is one block seen before: its units are not looked up one by one.
    const second = analyzeSeed(text, { tagger: repoTagger(), steps: cache.steps });
    assert.deepStrictEqual(cache.stats().dates, { hits: 1, misses: 9, size: 9 });
    assert.strictEqual(JSON.stringify(second), JSON.stringify(first));
    // A new first line makes a new block, whose units are keyed by their own text: all 10 seen before
    // come from the cache, and offsets come out right when a paragraph moves.
    const moved = analyzeSeed(`New first line\n\n${text}`, { tagger: repoTagger(), steps: cache.steps });
    assert.deepStrictEqual(cache.stats().dates, { hits: 11, misses: 10, size: 10 });
    const shift = 'New first line\n\n'.length;
    assert.deepStrictEqual(
      moved.dates.map(d => [d.text, d.start - shift]),
      first.dates.map(d => [d.text, d.start]),
    );
  });
});
