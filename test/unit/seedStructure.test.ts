/**
 * The page structure of real seeds, on pages written for these tests in the shapes the real pages have
 * (../shared/seeds/README.md): datelines, photo credits and captions, subheadings, teasers, trailers, and
 * pages without a title.
 */
import * as assert from 'assert';
import type { Analysis, Span } from '../../src/core';
import { analyzeSeed } from '../../src/core/analysis';
import { AnalysisCache } from '../../src/core/incremental/analysisCache';
import { parseSeed } from '../../src/core/seed/parseSeed';
import { repoTagger } from '../../scripts/lib/repoModel';
import { analyze, eventRows } from './helpers/seeds';

/** Each paragraph-level unit as [kind, text]. */
const kinds = (text: string) => parseSeed(text).paragraphs.map(p => [p.kind, p.text]);
/** The mentions inside `span`, as [type, text]. */
const mentionsIn = (a: Analysis, span: Span) => a.mentions.filter(m => span.start <= m.start && m.end <= span.end).map(m => [m.type, m.text]);

describe('page structure: datelines', () => {
  const forms: Array<[string, string, { place: string; date?: { month: number; day: number; year?: number }; agency?: string }, string]> = [
    [
      'TASS',
      'MINSK, March 3. /TASS/. The parliament met on Tuesday.',
      { place: 'MINSK', date: { month: 3, day: 3 }, agency: 'TASS' },
      'MINSK, March 3. /TASS/.',
    ],
    [
      'TASS, a dash after',
      'KIEV, December 9. /TASS/ — The Rada met on Friday.',
      { place: 'KIEV', date: { month: 12, day: 9 }, agency: 'TASS' },
      'KIEV, December 9. /TASS/ —',
    ],
    [
      'TASS, the stop inside',
      'GOMEL, May 5. /TASS./ The mayor opened a bridge.',
      { place: 'GOMEL', date: { month: 5, day: 5 }, agency: 'TASS' },
      'GOMEL, May 5. /TASS./',
    ],
    [
      'RIA Novosti',
      'KAZAN, 9 June — RIA Novosti. The republic signed a deal.',
      { place: 'KAZAN', date: { month: 6, day: 9 }, agency: 'RIA Novosti' },
      'KAZAN, 9 June — RIA Novosti.',
    ],
    [
      'an upper-case month',
      'OMSK, 12 APR — RIA Novosti. Farmers began sowing.',
      { place: 'OMSK', date: { month: 4, day: 12 }, agency: 'RIA Novosti' },
      'OMSK, 12 APR — RIA Novosti.',
    ],
    [
      'Interfax',
      'Minsk. 4 Mar. INTERFAX.RU — Alexander Sidorov met diplomats.',
      { place: 'Minsk', date: { month: 3, day: 4 }, agency: 'INTERFAX.RU' },
      'Minsk. 4 Mar. INTERFAX.RU —',
    ],
    [
      'Interfax by name',
      'Brest. 7 Sept. Interfax — The border opened.',
      { place: 'Brest', date: { month: 9, day: 7 }, agency: 'Interfax' },
      'Brest. 7 Sept. Interfax —',
    ],
    [
      'a stated year',
      'TVER, March 3, 2019. /TASS/. The governor resigned.',
      { place: 'TVER', date: { month: 3, day: 3, year: 2019 }, agency: 'TASS' },
      'TVER, March 3, 2019. /TASS/.',
    ],
    [
      'an agency in brackets',
      'PERM, 2 May (Reuters) - Workers went on strike.',
      { place: 'PERM', date: { month: 5, day: 2 }, agency: 'Reuters' },
      'PERM, 2 May (Reuters) -',
    ],
    ['a place and a region, no day', 'LIMA, Peru (AP) _ The Congress voted.', { place: 'LIMA, Peru', agency: 'AP' }, 'LIMA, Peru (AP) _'],
  ];
  for (const [name, text, expected, datelineText] of forms) {
    it(`${name}: "${datelineText}" is a unit of its own, and the lead starts after it`, () => {
      const s = parseSeed(text);
      const d = s.dateline!;
      assert.deepStrictEqual(
        [d.text, d.place.text, d.date && { month: d.date.month, day: d.date.day, ...(d.date.year ? { year: d.date.year } : {}) }, d.agency?.text],
        [datelineText, expected.place, expected.date, expected.agency],
      );
      for (const span of [d, d.place, d.agency!]) assert.strictEqual(text.slice(span.start, span.end), span.text);
      assert.strictEqual(s.title, undefined);
      assert.deepStrictEqual(kinds(text), [
        ['dateline', datelineText],
        ['body', text.slice(datelineText.length + 1)],
      ]);
      assert.deepStrictEqual(s.paragraphs[1].sentences[0].start, datelineText.length + 1);
    });
  }

  it('a place and an ISO day alone on a line, under a title (the CoNLL shape): the dateline, with its year', () => {
    const text = 'Floods in the north\nOSLO 2019-05-14\nThe government sent troops on Monday.';
    const s = parseSeed(text);
    assert.deepStrictEqual(s.title?.text, 'Floods in the north');
    assert.deepStrictEqual(s.dateline, {
      start: 20,
      end: 35,
      text: 'OSLO 2019-05-14',
      place: { start: 20, end: 24, text: 'OSLO' },
      date: { start: 25, end: 35, year: 2019, month: 5, day: 14 },
    });
    assert.deepStrictEqual(kinds(text), [
      ['dateline', 'OSLO 2019-05-14'],
      ['body', 'The government sent troops on Monday.'],
    ]);
  });

  it('is no dateline without an agency after a dash, with a day a month lacks, or further down the page', () => {
    for (const text of [
      'Talks in Moscow\n\nMOSCOW, 4 May — Putin said the talks went well.',
      'Talks in Minsk\n\nMINSK, 31 February. /TASS/. The talks went well.',
      'Talks in Minsk\n\nThe talks went well.\n\nMINSK, March 3. /TASS/. More talks.',
      'Talks in Minsk\n\nminsk, March 3. /TASS/. The talks went well.',
    ]) {
      const s = parseSeed(text);
      assert.strictEqual(s.dateline, undefined, text);
      assert.deepStrictEqual(
        s.paragraphs.map(p => p.kind),
        s.paragraphs.map(() => 'body'),
        text,
      );
    }
  });

  it('its day and month are the reference day, year unknown; its agency is one ORG mention; it makes no event', () => {
    const text = 'Minsk. 4 Mar. INTERFAX.RU — Alexander Sidorov met Polish diplomats on Friday.';
    const a = analyze(text);
    assert.deepStrictEqual(a.reference, { source: 'dateline', value: 'XXXX-03-04', note: 'reference day XXXX-03-04, from the dateline (year not stated)' });
    assert.deepStrictEqual(mentionsIn(a, a.structure.dateline!), [
      ['PLACE', 'Minsk'],
      ['ORG', 'INTERFAX.RU'],
    ]);
    assert.deepStrictEqual(
      a.dates.map(d => [d.text, d.value]),
      [
        ['4 Mar.', 'XXXX-03-04'],
        ['Friday', 'XXXX-WXX-5'],
      ],
    );
    assert.deepStrictEqual(eventRows(a), [['Friday', 'XXXX-WXX-5', 28, 77]]);
  });

  it('with a stated year, the reference is that day and resolves the others', () => {
    const a = analyze('TVER, March 3, 2019. /TASS/. The governor resigned yesterday.');
    assert.deepStrictEqual(a.reference, { source: 'dateline', value: '2019-03-03', note: 'reference date 2019-03-03, from the dateline' });
    assert.deepStrictEqual(eventRows(a), [['yesterday', '2019-03-02', 29, 61]]);
  });

  it('a reference the caller gives still wins', () => {
    const a = analyze('MINSK, March 3. /TASS/. The parliament met on Tuesday.', '2020-03-03');
    assert.deepStrictEqual(a.reference, { source: 'given', value: '2020-03-03', note: 'reference date 2020-03-03, given' });
    assert.deepStrictEqual(eventRows(a), [['Tuesday', '2020-03-03', 24, 54]]);
  });

  it('without a dateline, a full date in the first sentence of the body is the reference', () => {
    const a = analyze('Vote in Minsk\n\nThe parliament met on 3 March 2019. It meets again next week.');
    assert.deepStrictEqual(a.reference, { source: 'lead', value: '2019-03-03', note: 'reference date 2019-03-03, from the first sentence' });
  });
});

describe('page structure: credits, captions, subheadings, teasers and trailers', () => {
  const page = [
    'Bridge opens in Gomel',
    'Bridge opens in Gomel',
    'Deputy Mayor of Gomel Ivan Petrov',
    '© Anna Sidorova/TASS, archive',
    'GOMEL, May 5. /TASS/. The new bridge over the river opened on Friday, Deputy Mayor Ivan Petrov said.',
    '“We waited ten years,” he said.',
    'How the bridge was built',
    'Work began on 12 March. The city paid for it.',
    'Anna Ivanova: the bridge will carry trams',
    '© EPA/JOHN DOE',
    'Trams on the new bridge on 6 May',
    'The first tram crossed on Saturday.',
    'Materials on the topic10:15 — 3 MarNew road opened in Mogilev',
    'The regional governor opened a road on 2 March.',
  ].join('\n\n');

  it('gives each line its kind', () => {
    assert.deepStrictEqual(kinds(page), [
      ['caption', 'Deputy Mayor of Gomel Ivan Petrov'],
      ['credit', '© Anna Sidorova/TASS, archive'],
      ['dateline', 'GOMEL, May 5. /TASS/.'],
      ['body', 'The new bridge over the river opened on Friday, Deputy Mayor Ivan Petrov said.'],
      ['body', '“We waited ten years,” he said.'],
      ['subheading', 'How the bridge was built'],
      ['body', 'Work began on 12 March. The city paid for it.'],
      ['teaser', 'Anna Ivanova: the bridge will carry trams'],
      ['credit', '© EPA/JOHN DOE'],
      ['caption', 'Trams on the new bridge on 6 May'],
      ['body', 'The first tram crossed on Saturday.'],
      ['teaser', 'Materials on the topic10:15 — 3 MarNew road opened in Mogilev'],
      ['teaser', 'The regional governor opened a road on 2 March.'],
    ]);
  });

  it('makes events from the body only; the other units keep their names and dates', () => {
    const a = analyze(page);
    assert.deepStrictEqual(
      a.events.map(e => [e.date.text, e.text]),
      [
        ['12 March', 'Work began on 12 March.'],
        ['Saturday', 'The first tram crossed on Saturday.'],
        ['Friday', 'The new bridge over the river opened on Friday, Deputy Mayor Ivan Petrov said.'],
      ],
    );
    assert.deepStrictEqual(
      a.dates.map(d => d.text),
      ['May 5', 'Friday', '12 March', '6 May', 'Saturday', '2 March'],
    );
    const unit = (kind: string, n = 0) => a.structure.paragraphs.filter(p => p.kind === kind)[n];
    assert.deepStrictEqual(mentionsIn(a, unit('credit')), [
      ['PERSON', 'Anna Sidorova'],
      ['ORG', 'TASS'],
    ]);
    assert.deepStrictEqual(mentionsIn(a, unit('teaser')), [['PERSON', 'Anna Ivanova']]);
  });

  it('reads trailers as trailers, also glued and as the last line, where "Read more" opens no See-also list', () => {
    const text = ['Vote in Minsk', 'The parliament voted on 5 May.', 'Comments', 'CommentsShare', 'Read more'].join('\n\n');
    const s = parseSeed(text);
    assert.deepStrictEqual(kinds(text), [
      ['body', 'The parliament voted on 5 May.'],
      ['trailer', 'Comments'],
      ['trailer', 'CommentsShare'],
      ['trailer', 'Read more'],
    ]);
    assert.deepStrictEqual([s.seeAlsoHeading, s.seeAlso], [undefined, []]);
    const withList = parseSeed('Vote in Minsk\n\nThe parliament voted.\n\nComments\n\nSee also:\n• Minsk votes again');
    assert.deepStrictEqual([withList.paragraphs.map(p => p.kind), withList.seeAlso.map(i => i.title)], [['body', 'trailer'], ['Minsk votes again']]);
  });

  it('reads credits with a mark, a pool, an agency alone and glued agency words', () => {
    const text = [
      'Vote in Minsk',
      'Vote in Minsk',
      'Photo: Some Pool / Agency',
      'The parliament voted on Monday.',
      'RIA Novosti',
      'Kyodo NewsKyodo',
      'The vote was close.',
    ].join('\n\n');
    assert.deepStrictEqual(kinds(text), [
      ['credit', 'Photo: Some Pool / Agency'],
      ['body', 'The parliament voted on Monday.'],
      ['credit', 'RIA Novosti'],
      ['credit', 'Kyodo NewsKyodo'],
      ['body', 'The vote was close.'],
    ]);
  });

  it('gives a paragraph of several lines the same kind whatever its line endings (a length limit counts no CR)', () => {
    // 120 characters with LF, a credit's most; with CRLF its CR made it 121, and no credit.
    const lines = ['© Ivan Petrov/TASS, archive', 'the delegation in Brussels, 2019-01-25 at 9:00 GMT, as planned by them all at the end of May'];
    const page = (ending: string) => ['Vote in Minsk', '', 'Vote in Minsk', '', lines.join(ending), '', 'The vote was close on Monday.'].join(ending);
    const lf = kinds(page('\n'));
    assert.strictEqual(lines.join('\n').length, 120);
    assert.deepStrictEqual(lf, [
      ['credit', lines.join('\n')],
      ['body', 'The vote was close on Monday.'],
    ]);
    for (const ending of ['\r\n', '\r']) {
      assert.deepStrictEqual(
        kinds(page(ending)).map(([kind, text]) => [kind, text.replace(/\r\n?/g, '\n')]),
        lf,
        JSON.stringify(ending),
      );
    }
  });
});

describe('page structure: the title', () => {
  it('is not invented from a caption above a credit', () => {
    const text = 'The Hall Of Minsk\n\n© Ivan Petrov/TASS\n\nMINSK, March 3. /TASS/. The parliament met.';
    const s = parseSeed(text);
    assert.strictEqual(s.title, undefined);
    assert.deepStrictEqual(
      s.paragraphs.map(p => p.kind),
      ['caption', 'credit', 'dateline', 'body'],
    );
  });

  it('is not invented from a name alone that the lead gives', () => {
    const a = analyze('Ivan Petrov\n\nThe mayor of Gomel Ivan Petrov resigned on Monday.');
    assert.strictEqual(a.structure.title, undefined);
    assert.deepStrictEqual(
      a.structure.paragraphs.map(p => [p.kind, p.text]),
      [
        ['caption', 'Ivan Petrov'],
        ['body', 'The mayor of Gomel Ivan Petrov resigned on Monday.'],
      ],
    );
    assert.deepStrictEqual(eventRows(a), [['Monday', 'XXXX-WXX-1', 13, 63]]);
  });

  it('is not invented from a credit or a dateline on the first line', () => {
    assert.strictEqual(parseSeed('RIA Novosti\n\nThe parliament met.').title, undefined);
    assert.strictEqual(parseSeed('MINSK, March 3. /TASS/. The parliament met.').title, undefined);
  });

  it('stays the title when the next line repeats it, a credit following, or when a lone line is all there is', () => {
    const s = parseSeed('Vote in Minsk\n\nVote in Minsk\n\n© Ivan Petrov/TASS\n\nThe parliament voted on Monday.');
    assert.deepStrictEqual([s.title?.text, s.titleRepeats, s.paragraphs.map(p => p.kind)], ['Vote in Minsk', [{ start: 15, end: 28 }], ['credit', 'body']]);
    assert.deepStrictEqual(parseSeed('Ivan Petrov').title, { start: 0, end: 11, text: 'Ivan Petrov' });
    assert.deepStrictEqual(parseSeed('Ivan Petrov\n\nThe mayor resigned on Monday.').title?.text, 'Ivan Petrov');
  });
});

describe('page structure: the incremental path', () => {
  it('gives what a fresh analysis gives, as a dateline comes and goes and a caption becomes a title', () => {
    const tagger = repoTagger();
    const cache = new AnalysisCache();
    const versions = [
      'The Hall Of Minsk\n\n© Ivan Petrov/TASS\n\nMINSK, March 3. /TASS/. The parliament met on Tuesday. It meets again next week.\n\nComments',
      'The Hall Of Minsk\n\n© Ivan Petrov/TASS\n\nThe parliament met on Tuesday. It meets again next week.\n\nComments',
      'The Hall Of Minsk\n\nThe Hall Of Minsk\n\nMinsk. 4 Mar. INTERFAX.RU — The parliament met on Tuesday. It meets again next week.',
    ];
    for (const text of versions) assert.deepStrictEqual(analyzeSeed(text, { tagger, steps: cache.steps }), analyzeSeed(text, { tagger }), text);
  });
});
