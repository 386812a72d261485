import * as assert from 'assert';
import type { Analysis } from '../../src/core';
import { legendEntries, spansByKind } from '../../src/extension/features/decorations/legend';
import { actorPicks } from '../../src/extension/features/navigation/actorPicks';
import { eventPicks, stepEvent } from '../../src/extension/features/navigation/eventOrder';
import { statusView } from '../../src/extension/features/statusBar/statusText';
import { outline } from '../../src/extension/features/symbols/outline';
import {
  actorChildren,
  actorParent,
  actorRoots,
  actorRow,
  eventRoots,
  eventRow,
  seeAlsoDescription,
  seeAlsoRoots,
  seeAlsoRow,
} from '../../src/extension/features/views/treeRows';
import { analyze, readSeed } from './helpers/seeds';

/** The six events of the user seed in timeline order, as Go to Event and the Events view label them. */
const EVENT_LABELS = [
  'late October — The President of the United States Donald trump has announced plans to withdraw…',
  '15 January — In Geneva held a closed Russian-American consultations about the fate of the…',
  '23 January — Russia held a briefing for foreign military attaches, where for the first time…',
  '9:00 GMT — A meeting of the Council Russia—NATO began in Brussels and lasted five hours',
  'next week — The US has invited Russia to hold talks on the sidelines of a UN meeting in…',
  '13-14 February — Defence Ministers of NATO countries will discuss the situation in Brussels',
];
/** The same events as the Events view's rows show them: the date, then a clause short enough to fit. */
const ROW_LABELS = [
  'late October · The President of the United States…',
  '15 January · In Geneva held a closed…',
  '23 January · Russia held a briefing for foreign…',
  '9:00 GMT · A meeting of the Council Russia—NATO…',
  'next week · The US has invited Russia to hold talks…',
  '13-14 February · Defence Ministers of NATO countries…',
];
const EVENT_VALUES = ['XXXX-10', 'XXXX-01-15', 'XXXX-01-23', 'XXXX-XX-XXT09:00', 'XXXX-WXX', 'XXXX-02-13'];

describe('extension: what the features show, computed from the user seed', () => {
  let analysis: Analysis;
  before(() => {
    analysis = analyze(readSeed());
  });

  describe('the Actors view', () => {
    it('groups the actors by kind, with counts', () => {
      assert.deepStrictEqual(actorRoots(analysis).map(actorRow), [
        { id: 'group:person', label: 'People', description: '3', icon: 'person', contextValue: 'actorGroup', expand: 'expanded' },
        { id: 'group:organisation', label: 'Organisations', description: '6', icon: 'organization', contextValue: 'actorGroup', expand: 'expanded' },
        { id: 'group:place', label: 'Places', description: '11', icon: 'location', contextValue: 'actorGroup', expand: 'expanded' },
        { id: 'group:misc', label: 'Other', description: '5', icon: 'symbol-misc', contextValue: 'actorGroup', expand: 'expanded' },
      ]);
    });

    it('lists the people with roles and aliases, and an actor expands to its mentions', () => {
      const people = actorChildren(actorRoots(analysis)[0]);
      assert.deepStrictEqual(people.map(actorRow), [
        {
          id: 'actor:person:jens-stoltenberg',
          label: 'Jens Stoltenberg',
          description: '×4',
          tooltip: 'Jens Stoltenberg: Secretary General; also “Stoltenberg”; also “Mr. Stoltenberg”',
          contextValue: 'actor',
          expand: 'collapsed',
        },
        {
          id: 'actor:person:sergei-ryabkov',
          label: 'Sergei Ryabkov',
          description: '×1',
          tooltip: 'Sergei Ryabkov: Deputy foreign Minister',
          contextValue: 'actor',
          expand: 'collapsed',
        },
        {
          id: 'actor:person:donald-trump',
          label: 'Donald Trump',
          description: '×1',
          tooltip: 'Donald Trump: President of the United States; also “Donald trump”',
          contextValue: 'actor',
          expand: 'collapsed',
        },
      ]);
      const mentions = actorChildren(people[0]);
      assert.deepStrictEqual(
        mentions.map(actorRow),
        [0, 85, 383, 633].map((start, i) => ({
          id: `mention:person:jens-stoltenberg:${start}`,
          label: i === 2 ? 'Jens Stoltenberg' : 'Stoltenberg',
          contextValue: 'mention',
          expand: 'none',
        })),
      );
      assert.deepStrictEqual(actorChildren(mentions[0]), []);
    });

    it('finds the parent of a mention and of an actor, so reveal() works', () => {
      const group = actorRoots(analysis)[0];
      const stoltenberg = actorChildren(group)[0];
      assert.deepStrictEqual(actorParent(analysis, actorChildren(stoltenberg)[2]), stoltenberg);
      assert.deepStrictEqual(actorParent(analysis, stoltenberg), group);
      assert.strictEqual(actorParent(analysis, group), undefined);
    });
  });

  it('lists the events in timeline order, each row the date and a short clause, the day in words and the sentence in the tooltip', () => {
    const rows = eventRoots(analysis).map(eventRow);
    assert.deepStrictEqual(
      rows.map(r => [r.id, r.label, r.description]),
      ROW_LABELS.map((label, i) => [`event:${i}:${[993, 1206, 1366, 821, 1797, 726][i]}`, label, undefined]),
    );
    assert.deepStrictEqual(
      rows.map(r => r.tooltip?.split('\n')[0]),
      [
        'late October: October, year not stated',
        '15 January: 15 January, year not stated',
        '23 January: 23 January, year not stated',
        '9:00 GMT: at 09:00, day not stated',
        'next week: a week not stated',
        '13-14 February: 13 February, year not stated',
      ],
    );
    assert.deepStrictEqual(rows[3], {
      id: 'event:3:821',
      label: ROW_LABELS[3],
      tooltip: '9:00 GMT: at 09:00, day not stated\n\nA meeting of the Council Russia—NATO began in Brussels at 9:00 GMT and lasted five hours.',
      icon: 'calendar',
      contextValue: 'event',
      expand: 'none',
    });
  });

  it('orders the actors of a kind by mentions (ties in text order), or in text order when the setting asks', () => {
    const places = (order?: 'mentions' | 'textOrder') => actorChildren(actorRoots(analysis, order)[2]).map(n => actorRow(n).label);
    const rest = ['Geneva', 'UK', 'France', 'Germany', 'Washington', 'Beijing', 'Venezuela'];
    assert.deepStrictEqual(places(), ['Russia', 'United States', 'Brussels', 'Ukraine', ...rest]);
    assert.deepStrictEqual(places('textOrder'), ['Russia', 'Ukraine', 'Brussels', 'United States', ...rest]);
    const unitedStates = actorChildren(actorRoots(analysis)[2])[1];
    assert.deepStrictEqual(actorParent(analysis, unitedStates), actorRoots(analysis)[2]);
  });

  it('lists the see-also headlines', () => {
    const titles = [
      'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
      'The defense Ministry showed the military attache of the missile, to which there are claims in the US',
      'Russia warned the United States against military intervention in the Affairs of Venezuela',
    ];
    assert.deepStrictEqual(
      seeAlsoRoots(analysis).map(seeAlsoRow),
      titles.map((title, i) => ({
        id: `seeAlso:${i}:${[1908, 2008, 2113][i]}`,
        label: title,
        tooltip: `${title}\n\nOpens the seed with this title if the workspace has one, else shows the line.`,
        icon: 'link',
        contextValue: 'seeAlsoItem',
        expand: 'none',
      })),
    );
    const one = { ...analysis, structure: { ...analysis.structure, seeAlso: analysis.structure.seeAlso.slice(0, 1) } };
    const none = { ...analysis, structure: { ...analysis.structure, seeAlso: [] } };
    assert.deepStrictEqual(
      [seeAlsoDescription(analysis), seeAlsoDescription(one), seeAlsoDescription(none), seeAlsoDescription(undefined)],
      ['3 headlines', '1 headline', undefined, undefined],
    );
  });

  it('orders Go to Event, and Next / Previous Event step and wrap', () => {
    assert.deepStrictEqual(
      eventPicks(analysis).map(p => [p.label, p.description, p.index]),
      EVENT_LABELS.map((label, i) => [label, EVENT_VALUES[i], i]),
    );
    assert.deepStrictEqual(
      [
        [-1, 1],
        [-1, -1],
        [2, 1],
        [5, 1],
        [0, -1],
        [3, -1],
      ].map(([at, dir]) => stepEvent(at, 6, dir as 1 | -1)),
      [{ index: 0 }, { index: 5 }, { index: 3 }, { index: 0, wrapped: 'first' }, { index: 5, wrapped: 'last' }, { index: 2 }],
    );
  });

  it('lists Go to Actor in order of first mention', () => {
    assert.deepStrictEqual(
      actorPicks(analysis)
        .slice(0, 4)
        .map(p => [p.label, p.description, p.detail]),
      [
        ['$(person) Jens Stoltenberg', 'Person · ×4', 'Secretary General · Stoltenberg · Mr. Stoltenberg'],
        ['$(organization) NATO', 'Organisation · ×6', 'Alliance'],
        ['$(location) Russia', 'Place · ×11', undefined],
        ['$(symbol-misc) INF Treaty', 'Other · ×8', 'Treaty on the elimination of intermediate-range and shorter-range nuclear forces · INF · Treaty'],
      ],
    );
    assert.strictEqual(actorPicks(analysis).length, 25);
  });

  it('counts the spans per kind, and the legend says what is shown', () => {
    assert.deepStrictEqual(
      [...spansByKind(analysis)].map(([kind, spans]) => [kind, spans.length]),
      [
        ['person', 6],
        ['organisation', 12],
        ['place', 28],
        ['misc', 12],
        ['date', 6],
      ],
    );
    assert.deepStrictEqual(
      legendEntries(kind => kind !== 'misc', analysis).map(e => [e.label, e.description]),
      [
        ['$(person) People', 'shown · 6 in this seed'],
        ['$(organization) Organisations', 'shown · 12 in this seed'],
        ['$(location) Places', 'shown · 28 in this seed'],
        ['$(symbol-misc) Other', 'hidden · 12 in this seed'],
        ['$(calendar) Dates', 'shown · 6 in this seed'],
      ],
    );
    assert.deepStrictEqual(legendEntries(() => true, undefined)[4], {
      entity: 'date',
      label: '$(calendar) Dates',
      description: 'shown',
      detail: 'Tinted background seedReader.dateBackground, underline seedReader.dateUnderline, marked in the overview ruler',
    });
  });

  it('states the status bar text, tooltip and click', () => {
    assert.deepStrictEqual(statusView(analysis, undefined), {
      text: '25 actors · 6 events',
      tooltip: 'Seed Reader: Go to Event…',
      command: 'seedReader.goToEvent',
    });
    assert.deepStrictEqual(statusView(analysis, '10 MB, above the 5 MB limit'), {
      text: 'Seed Reader: not analysed — 10 MB, above the 5 MB limit',
      tooltip: 'Seed Reader: this seed is above seedReader.maxFileSizeMB. Click to analyse it anyway.',
      command: 'seedReader.analyseAnyway',
    });
    assert.deepStrictEqual(statusView(analyze(''), undefined), {
      text: 'Seed Reader: not analysed — the file is empty',
      tooltip: 'Seed Reader did not analyse this file: the file is empty. Click to show the "Seed Reader" output.',
      command: 'seedReader.showOutput',
    });
    assert.strictEqual(statusView(undefined, undefined), undefined);
  });

  it('outlines the title, the events and the actors', () => {
    const [title, events, actors] = outline(analysis);
    const heading = 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty';
    assert.deepStrictEqual(
      [title.name, title.detail, title.kind, title.range, title.selection, title.children],
      [heading, 'title', 'title', { start: 0, end: 83, text: heading }, { start: 0, end: 83, text: heading }, []],
    );
    const row = (e: typeof events) => [e.name, e.detail, e.kind, e.range.start, e.range.end, e.selection.start, e.selection.end];
    assert.deepStrictEqual(row(events), ['Events', '6', 'group', 726, 1891, 726, 726]);
    assert.deepStrictEqual(events.children.map(row), [
      [EVENT_LABELS[0], 'XXXX-10', 'event', 993, 1122, 1008, 1020],
      [EVENT_LABELS[1], 'XXXX-01-15', 'event', 1206, 1364, 1209, 1219],
      [EVENT_LABELS[2], 'XXXX-01-23', 'event', 1366, 1612, 1366, 1376],
      [EVENT_LABELS[3], 'XXXX-XX-XXT09:00', 'event', 821, 910, 879, 887],
      [EVENT_LABELS[4], 'XXXX-WXX', 'event', 1797, 1891, 1881, 1890],
      [EVENT_LABELS[5], 'XXXX-02-13', 'event', 726, 819, 792, 806],
    ]);
    assert.deepStrictEqual(row(actors), ['Actors', '25', 'group', 0, 2202, 0, 0]);
    assert.deepStrictEqual(actors.children.slice(0, 3).map(row), [
      ['Jens Stoltenberg', 'Person ×4', 'PERSON', 0, 11, 0, 11],
      ['NATO', 'Organisation ×6', 'ORG', 13, 17, 13, 17],
      ['Russia', 'Place ×11', 'PLACE', 22, 28, 22, 28],
    ]);
    assert.strictEqual(actors.children.length, 25);
  });
});
