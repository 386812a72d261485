/**
 * Properties of the core on generated documents (fast-check). A failure prints fast-check's seed and
 * path; replay it with
 *   FC_SEED=<seed> FC_PATH=<path> npx mocha --config .mocharc.json --grep '<property name>'
 * after `npm run compile`. FC_RUNS=<n> sets every property's number of runs (to soak-test locally).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyzeSeed } from '../../src/core/analysis';
import { AnalysisCache } from '../../src/core/incremental/analysisCache';
import { repoTagger } from '../../scripts/lib/repoModel';
import { assertAnalysisInvariants } from '../unit/helpers/analysisInvariants';

const tagger = repoTagger();

function params<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  return {
    numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : numRuns,
    ...(seed !== undefined ? { seed: Number(seed), path: process.env.FC_PATH, endOnFailure: true } : {}),
  };
}

// ---- fragments ---------------------------------------------------------------------------------

const NAMES = [
  'Jens Stoltenberg',
  'Stoltenberg',
  'Mr. Stoltenberg',
  'NATO',
  'Russia',
  'Donald trump',
  'Donald Trump',
  'Sergei Ryabkov',
  'the United States',
  'the US',
  'U.S.',
  'INF Treaty',
  'the Treaty',
  'the Alliance',
  'Council Russia—NATO',
  'Brussels',
  'Geneva',
  'TASS',
  'UN',
  '9М729',
  'Angela Merkel',
  'Merkel',
  'Secretary General',
  'defense Ministry',
  'U.S. Embassy',
  'Intermediate-Range Nuclear Forces Treaty (INF)',
  'European Union',
  'Moscow',
];
const DATES = [
  'on 2 February',
  'next Tuesday',
  'late October',
  '15 January',
  'on 13-14 February',
  'at 9:00 GMT',
  'next week',
  'yesterday',
  'on Monday',
  'in 2019',
  'on 1 March 2019',
  'last year',
  'Labor Day',
  'on Friday',
  'in early 1998',
  'two days ago',
  'tomorrow',
  '2019-01-25',
  'January 24, 2019',
  'this spring',
  'the 1990s',
  'on 31 December',
  'on 1 January',
  'mid-2018',
  'last weekend',
  'at noon',
];
const WORDS = [
  'said',
  'will meet',
  'met',
  'announced',
  'has',
  'will discuss',
  'the',
  'talks',
  'in',
  'and',
  'with',
  'about',
  'was',
  'held',
  'plans to withdraw',
  'from',
  'of',
  'a',
  'meeting',
  'but',
  'which',
  'where',
  'is',
  'no',
  'St.',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '—', '–', '-', '(', ')', '[', ']', '"', '“', '”', '«', '»', '...', '…', "'", '’', '•', '*', '1.', '2)'];
/** Astral characters (surrogate pairs), emoji sequences, Cyrillic, RTL scripts and marks, combining marks. */
const ASTRAL = ['😀', '🇺🇸', '👨‍👩‍👧', '𝐀𝐁', '𠜎', '🎉', '👍🏽', '🏳️‍🌈', '𝕹'];
const SCRIPTS = [
  'Москва',
  'Путин заявил',
  'Столтенберг',
  'НАТО',
  'الناتو',
  'موسكو',
  'ירושלים',
  'שלום',
  'e\u0301',
  '\u0301',
  'A\u0308',
  'n\u0303o',
  '\u200F',
  '\u202E',
  '\u202C',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u00A0',
  'Zürich',
  'Genève',
  'İstanbul',
  'ß',
  'ﬁ',
];
/** Control characters and odd separators; U+0000 is left out here (it makes the text binary). */
const CONTROL = ['\u0001', '\u0007', '\b', '\t', '\v', '\f', '\u001B', '\u001F', '\u007F', '\u0085', '\u2028', '\u2029', '\uFFFD'];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL) },
  // An emoji or astral letter right before a capitalised name, with no space between.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ASTRAL), fc.constantFrom(...NAMES)).map(([a, n]) => a + n) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const rareToken = fc.oneof({ weight: 30, arbitrary: token }, { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) });
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '\t', '\u00A0', '\u3000');
const line = (maxTokens: number) =>
  fc.array(fc.tuple(separator, rareToken), { maxLength: maxTokens }).map(parts =>
    parts
      .map(([s, t]) => s + t)
      .join('')
      .trimStart(),
  );
/** A long line: a generated line repeated to up to 12,000 characters. */
const longLine = fc.tuple(line(20), fc.integer({ min: 20, max: 300 })).map(([l, n]) => (l + ' ').repeat(n).slice(0, 12_000));

const HEADINGS = [
  'See also',
  'See also:',
  'SEE ALSO',
  'see  also :',
  'See\talso:',
  'Related:',
  'Related articles',
  'related stories:',
  'Read also:',
  'READ ALSO',
  'Also read',
  'Read more:',
  'More on this topic:',
  'See also: Stoltenberg',
  'See',
];
const BULLETS = ['• ', '- ', '* ', '– ', '— ', '· ', '▪ ', '◦ ', '► ', '> ', '1. ', '12) ', '(3) ', 'a) ', 'B. ', '', '•', '-', '   ◦ ', '\t- ', '    * '];
const seeAlsoBlock = fc
  .tuple(fc.constantFrom(...HEADINGS), fc.array(fc.tuple(fc.constantFrom(...BULLETS), fc.oneof(line(10), fc.constant(''))), { maxLength: 12 }))
  .map(([heading, items]) => [heading, ...items.map(([b, t]) => b + t)]);

/** Lines of a real page around an article: credits, captions, subheadings, teasers, trailers (invented, in the real pages' shapes). */
const PAGE_LINES = [
  '© Ivan Petrov/TASS, archive',
  '© EPA/JOHN DOE',
  'Photo: Some Pool / Agency',
  'RIA Novosti',
  'Kyodo NewsKyodo',
  'Deputy Mayor of Gomel Ivan Petrov',
  'How the bridge was built',
  'Anna Ivanova: the bridge will carry trams',
  'Materials on the topic10:15 — 3 MarNew road opened',
  'Comments',
  'Read more',
];
/** Datelines that open a line (invented, in the real pages' shapes). */
const DATELINES = [
  'MINSK, March 3. /TASS/.',
  'KIEV, December 9. /TASS/ —',
  'KAZAN, 9 June — RIA Novosti.',
  'OMSK, 12 APR — RIA Novosti.',
  'Minsk. 4 Mar. INTERFAX.RU —',
  'OSLO 2019-05-14',
  'LIMA, Peru (AP) _',
];

const ENDINGS = ['\n', '\n', '\r\n', '\r'];
/**
 * Lines joined with one line-ending style, or a random mix of LF, CRLF and CR. A CR before a blank line
 * that ends in LF would read as one CRLF, losing the blank line: that CR becomes a CRLF.
 */
const joinLines = (lines: string[]) =>
  fc
    .oneof(
      fc.constantFrom(...ENDINGS).map(e => lines.map(() => e)),
      fc.array(fc.constantFrom(...ENDINGS), { minLength: lines.length, maxLength: lines.length }),
    )
    .map(es => lines.map((l, i) => l + (es[i] === '\r' && lines[i + 1] === '' && es[i + 1]?.startsWith('\n') ? '\r\n' : es[i])).join(''));

/**
 * A whole document: optional BOM, title (maybe repeated), body lines and blank lines, a See-also block,
 * lines after it; with `long`, one in twenty documents also gets a line of up to 12,000 characters.
 */
const documentLinesOf = (long: boolean) =>
  fc
    .tuple(
      fc.boolean(),
      fc.oneof({ weight: 6, arbitrary: line(14) }, { weight: 1, arbitrary: fc.constantFrom(...PAGE_LINES, ...DATELINES) }),
      fc.boolean(),
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: line(30) },
          { weight: 3, arbitrary: fc.constant('') },
          { weight: 1, arbitrary: fc.constantFrom(...PAGE_LINES) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DATELINES), line(20)).map(([d, l]) => `${d} ${l}`) },
        ),
        { maxLength: 8 },
      ),
      long ? fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(longLine, fc.nat()) }) : fc.constant(null),
      fc.option(seeAlsoBlock), // fast-check's option: nil one time in five
      fc.array(line(12), { maxLength: 2 }),
    )
    .map(([bom, title, repeat, body, longAt, seeAlso, tail]) => {
      if (longAt) body.splice(longAt[1] % (body.length + 1), 0, longAt[0]);
      return [(bom ? '\uFEFF' : '') + title, ...(repeat ? ['', title] : []), ...body, ...(seeAlso ?? []), ...tail];
    });
const documentLines = documentLinesOf(false);
const document = documentLinesOf(true).chain(joinLines);
/** Reference days, including the edges of a year and a leap day. */
const ref = fc.option(fc.constantFrom('2019-01-25', '2000-02-29', '2018-12-31', '2019-01-01', '1998-06-15'), { freq: 2 }); // nil one time in two

/** Analyses with the committed model; a throw becomes a failure that names the text. */
function analyse(text: string, refDay?: string) {
  return analyzeSeed(text, { tagger, ref: refDay ?? undefined });
}

describe('core properties (fast-check)', function () {
  this.timeout(300_000);

  it('keeps every span inside the text and exact, never splits a surrogate pair, orders events, and is deterministic', () => {
    // One cache for all cases, as the extension keeps one: what it holds from other texts must not leak in.
    const cache = new AnalysisCache(5_000);
    fc.assert(
      fc.property(document, ref, (text, refDay) => {
        const a = analyse(text, refDay ?? undefined);
        assertAnalysisInvariants(text, a);
        assert.deepStrictEqual(analyse(text, refDay ?? undefined), a, 'a second analysis differs');
        assert.deepStrictEqual(analyzeSeed(text, { tagger, ref: refDay ?? undefined, steps: cache.steps }), a, 'an analysis through the shared cache differs');
      }),
      params(2000),
    );
  });

  it('keeps the invariants in a first look at a window, with every finding inside the range it reports', () => {
    const doc = document.chain(text =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: 3_000 }))
        .map(([start, size]) => ({ text, window: { start, end: Math.min(text.length, start + size) } })),
    );
    fc.assert(
      fc.property(doc, ({ text, window }) => {
        const a = analyzeSeed(text, { tagger, window });
        assertAnalysisInvariants(text, a);
        if (a.problem) return;
        const range = a.partial;
        assert.ok(range && range.start <= range.end, `partial ${JSON.stringify(range)}`);
        const inside = (s: { start: number; end: number }) => range.start <= s.start && s.end <= range.end;
        assert.ok([...a.mentions, ...a.dates, ...a.events].every(inside), 'a finding lies outside the range read');
      }),
      params(500),
    );
  });

  it('reads every item of a See-also list, with its bullet or number removed and spaces collapsed', () => {
    const itemText = fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.array(
          fc.tuple(
            fc.constantFrom(' ', '  ', '\t'),
            fc.oneof(fc.constantFrom(...NAMES, ...WORDS, ...DATES, ...ASTRAL), fc.constantFrom('Москва', 'الناتو', 'ירושלים')),
          ),
          { maxLength: 8 },
        ),
      )
      .map(([first, rest]) => first + rest.map(([s, t]) => s + t).join(''));
    const items = fc.array(fc.tuple(fc.constantFrom(...BULLETS), itemText, fc.constantFrom('', ' ', '\t', '\u00A0')), { maxLength: 15 });
    const blankLines = fc.array(fc.boolean(), { maxLength: 15 });
    const doc = fc
      .tuple(fc.constantFrom(...HEADINGS.slice(0, -2)), items, blankLines, line(30))
      .chain(([heading, list, blanks, body]) =>
        joinLines([
          'Talks in Geneva',
          body.replace(/[\r\n\0]/g, ' '),
          heading,
          ...list.flatMap(([b, t, pad], i) => [...(blanks[i] ? [''] : []), b + t + pad]),
        ]).map(text => ({ text, expected: list.map(([, t]) => t.replace(/\s+/g, ' ')) })),
      );
    fc.assert(
      fc.property(doc, ({ text, expected }) => {
        const a = analyse(text);
        assertAnalysisInvariants(text, a);
        assert.deepStrictEqual(
          a.structure.seeAlso.map(i => i.title),
          expected,
        );
      }),
      params(400),
    );
  });

  it('finds the same mentions, dates and events whatever the line endings (LF, CRLF, CR or mixed)', () => {
    // A line break inside a generated line would make a line ending of its own: those become spaces here.
    const doc = documentLines
      .map(lines => lines.map(l => l.replace(/[\r\n]/g, ' ')))
      .chain(lines => joinLines(lines).map(mixed => ({ lf: lines.join('\n'), mixed })));
    // Offsets move with the endings; what is found, and in which order, must not.
    const shape = (text: string) => {
      const a = analyse(text);
      return {
        title: a.structure.title?.text.replace(/\r\n?/g, '\n'),
        mentions: a.mentions.map(m => [m.type, m.text.replace(/\r\n?/g, '\n')]),
        dates: a.dates.map(d => [d.text.replace(/\r\n?/g, '\n'), d.value]),
        events: a.events.map(e => [e.date.text, e.date.value, e.actors.length]),
        seeAlso: a.structure.seeAlso.map(i => i.title),
      };
    };
    fc.assert(
      fc.property(doc, ({ lf, mixed }) => {
        assertAnalysisInvariants(mixed, analyse(mixed));
        assert.deepStrictEqual(shape(mixed), shape(lf));
      }),
      params(800),
    );
  });
});
