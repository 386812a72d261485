import * as assert from 'assert';
import { analysisSources, layoutTimeline, textModifiers, type TimelineItem, timelineItems, workspaceSources } from '../../src/core';
import { dayNumberOf } from '../../src/core/dates/calendar';
import { analyze, readSeed } from './helpers/seeds';
import { actorFacts, eventFacts, indexOfSeeds, seedFactsOf } from './helpers/workspaceFacts';

const day = (y: number, m: number, d: number) => dayNumberOf(y, m, d);
/** An item as a row: date text, first day, day after the last, certainty, year known, actors. */
const rows = (items: TimelineItem[]) => items.map(i => [i.dateText, i.from, i.to, i.certainty, i.yearKnown, [...i.actors]]);

describe('story: timeline items', () => {
  it("places the user's seed's six events in order: late October as its last third, a range for 13-14 February, the undated between their neighbours", () => {
    const items = timelineItems(analysisSources(analyze(readSeed())));
    assert.deepStrictEqual(rows(items), [
      ['late October', day(2000, 10, 22), day(2000, 11, 1), 'approximate', false, ['United States', 'Donald Trump', 'INF Treaty']],
      ['15 January', day(2001, 1, 15), day(2001, 1, 16), 'yearless', false, ['Geneva', 'Russian-American']],
      ['23 January', day(2001, 1, 23), day(2001, 1, 24), 'yearless', false, ['Russia', '9М729', 'Americans', 'INF Treaty']],
      ['9:00 GMT', day(2001, 2, 2), day(2001, 2, 3), 'undated', false, ['Council Russia—NATO', 'Brussels']],
      ['next week', day(2001, 2, 7), day(2001, 2, 8), 'undated', false, ['United States', 'Russia', 'UN', 'Beijing']],
      ['13-14 February', day(2001, 2, 13), day(2001, 2, 15), 'yearless', false, ['NATO', 'Brussels']],
    ]);
    assert.deepStrictEqual(
      items.map(i => [i.id, i.file, i.start, i.value]),
      [
        [0, '', 993, 'XXXX-10'],
        [1, '', 1206, 'XXXX-01-15'],
        [2, '', 1366, 'XXXX-01-23'],
        [3, '', 821, 'XXXX-XX-XXT09:00'],
        [4, '', 1797, 'XXXX-WXX'],
        [5, '', 726, 'XXXX-02-13'],
      ],
    );
  });

  it('keeps stated years, counts a year-less day from the event before, and reads modifiers and ranges from the words', () => {
    const index = indexOfSeeds({
      'a.txt': seedFactsOf('A', [actorFacts('p:a', 'PERSON', 'Ann Lee')], {
        events: [
          eventFacts('early 2019', '2019', 'Ann Lee came.', ['p:a']),
          eventFacts('3-5 March', 'XXXX-03-03', 'It rained.'),
          eventFacts('week 10 of 2019', '2019-W10', 'It snowed.'),
        ],
      }),
      'b.txt': seedFactsOf('B', [], { events: [eventFacts('1 May 2018', '2018-05-01', 'B began.')] }),
    });
    assert.deepStrictEqual(rows(timelineItems(workspaceSources(index))), [
      ['1 May 2018', day(2018, 5, 1), day(2018, 5, 2), 'exact', true, []],
      ['early 2019', day(2019, 1, 1), day(2019, 1, 1) + 122, 'approximate', true, ['Ann Lee']],
      ['3-5 March', day(2019, 3, 3), day(2019, 3, 6), 'yearless', false, []],
      ['week 10 of 2019', day(2019, 3, 4), day(2019, 3, 11), 'approximate', true, []],
    ]);
    assert.deepStrictEqual(
      timelineItems(workspaceSources(index)).map(i => i.file),
      ['b.txt', 'a.txt', 'a.txt', 'a.txt'],
    );
  });

  it('reads "early", "mid", "late" and a day range from a date text', () => {
    assert.deepStrictEqual(['late October', 'mid-1998', 'early March', '13-14 February', '15 January'].map(textModifiers), [
      { mod: 'END' },
      { mod: 'MID' },
      { mod: 'START' },
      { endDay: 14 },
      {},
    ]);
  });
});

describe('story: timeline layout', () => {
  it("lays the user's seed out on 800 pixels: its axis from late October to 14 February, room for the longest label, lanes where labels would overlap, colours by first actor", () => {
    const layout = layoutTimeline(timelineItems(analysisSources(analyze(readSeed()))), 800);
    assert.deepStrictEqual(layout, {
      width: 800,
      height: 124,
      axisY: 90,
      // Days since 1970: 22 October 2000 (the last third of October, in the counted year) to the day after 14 February 2001.
      scale: { from: 11252, to: 11368, x0: 24, x1: 668 },
      showYears: false,
      groups: [{ label: '', y: 8 }],
      items: [
        { id: 0, x: 24, width: 55.5, y: 8, colour: 0 },
        { id: 1, x: 495.9, width: 10, y: 8, colour: 5 },
        { id: 2, x: 540.3, width: 10, y: 34, colour: 2 },
        { id: 3, x: 595.8, width: 10, y: 8, colour: -1 },
        { id: 4, x: 623.6, width: 10, y: 60, colour: 0 },
        { id: 5, x: 656.9, width: 11.1, y: 34, colour: -1 },
      ],
      actors: ['United States', 'INF Treaty', 'Russia', 'Brussels', 'Donald Trump', 'Geneva', 'Russian-American', '9М729'],
    });
  });

  it('gives each seed its own band under a header when the items come from several seeds, on an axis of the four days from 1 May 2018', () => {
    const index = indexOfSeeds({
      'a.txt': seedFactsOf('A', [], { events: [eventFacts('2 May 2018', '2018-05-02', 'A.')] }),
      'b.txt': seedFactsOf('B', [], { events: [eventFacts('1 May 2018', '2018-05-01', 'B.'), eventFacts('4 May 2018', '2018-05-04', 'B again.')] }),
    });
    // 424 pixels less two margins of 24 and 80 for the longest label ("2 May 2018"): 296 over 4 days, 74 a day.
    const layout = layoutTimeline(timelineItems(workspaceSources(index)), 424);
    assert.deepStrictEqual(
      { groups: layout.groups, items: layout.items, scale: layout.scale, showYears: layout.showYears, height: layout.height },
      {
        groups: [
          { label: 'b.txt', y: 8 },
          { label: 'a.txt', y: 54 },
        ],
        items: [
          { id: 0, x: 24, width: 74, y: 28, colour: -1 },
          { id: 1, x: 246, width: 74, y: 28, colour: -1 },
          { id: 2, x: 98, width: 74, y: 74, colour: -1 },
        ],
        // 1 May 2018 to the day after 4 May 2018.
        scale: { from: 17652, to: 17656, x0: 24, x1: 320 },
        showYears: true,
        height: 138,
      },
    );
  });

  it('draws nothing but an axis for no events', () => {
    assert.deepStrictEqual(layoutTimeline([], 300), {
      width: 300,
      height: 12 + 34,
      axisY: 12,
      scale: { from: 0, to: 1, x0: 24, x1: 276 },
      showYears: false,
      groups: [],
      items: [],
      actors: [],
    });
  });
});
