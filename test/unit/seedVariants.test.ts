import * as assert from 'assert';
import { canonicalKey, GENERIC_HEADS } from '../../src/core/actors/actorKeys';
import { parseSeed } from '../../src/core/seed/parseSeed';
import { splitSentences } from '../../src/core/seed/sentences';
import { actorRows, analyze, readSeed } from './helpers/seeds';

const mentionRows = (text: string) => analyze(text).mentions.map(m => [m.type, m.text, m.start]);

describe('seed variants', () => {
  it('gives the same actors and exact offsets with CRLF line endings', () => {
    const lf = readSeed();
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyze(crlf);
    assert.deepStrictEqual(actorRows(a), actorRows(analyze(lf)));
    for (const m of [...a.mentions, ...a.dates, ...a.events]) assert.strictEqual(crlf.slice(m.start, m.end), m.text);
    assert.deepStrictEqual(
      a.structure.seeAlso.map(s => crlf.slice(s.start, s.end)),
      analyze(lf).structure.seeAlso.map(s => s.title),
    );
  });

  it('reads "Related:" with -, *, numbered and plain items', () => {
    const text =
      'Talks in Geneva\n\nAngela Merkel met Emmanuel Macron in Berlin on 3 March.\n\nRelated:\n- Merkel visits Paris\n* Macron in Berlin\n1. EU summit ends\n2) Talks resume\nPlain line item\n';
    const a = analyze(text);
    assert.deepStrictEqual(
      a.structure.seeAlso.map(s => s.title),
      ['Merkel visits Paris', 'Macron in Berlin', 'EU summit ends', 'Talks resume', 'Plain line item'],
    );
    assert.deepStrictEqual(mentionRows(text), [
      ['PLACE', 'Geneva', 9],
      ['PERSON', 'Angela Merkel', 17],
      ['PERSON', 'Emmanuel Macron', 35],
      ['PLACE', 'Berlin', 54],
      ['PERSON', 'Merkel', 85],
      ['PLACE', 'Paris', 99],
      ['PERSON', 'Macron', 107],
      ['PLACE', 'Berlin', 117],
      ['ORG', 'EU', 127],
    ]);
    assert.deepStrictEqual(
      actorRows(a).filter(r => r[0] === 'PERSON'),
      [
        ['PERSON', 'Angela Merkel', ['Merkel'], [], 2],
        ['PERSON', 'Emmanuel Macron', ['Macron'], [], 2],
      ],
    );
    assert.deepStrictEqual(
      a.events.map(e => [e.date.text, e.date.value]),
      [['3 March', 'XXXX-03-03']],
    );
  });

  it('accepts other headings in any case, with – and • bullets', () => {
    for (const heading of ['READ ALSO', 'See also', 'see also:', 'Read also:', 'Related']) {
      const s = parseSeed(`Budget vote\nThe parliament approved the budget.\n${heading}\n– First item\n• Second item\n`);
      assert.deepStrictEqual(
        s.seeAlso.map(i => i.title),
        ['First item', 'Second item'],
        heading,
      );
      assert.deepStrictEqual(
        s.paragraphs.map(p => p.text),
        ['The parliament approved the budget.'],
        heading,
      );
    }
  });

  it('treats a text with no See-also section as all body', () => {
    const text = 'Storm hits coast\n\nA storm hit Florida on Monday, officials said.\nThe National Hurricane Center warned of floods.\n';
    const a = analyze(text);
    assert.deepStrictEqual(a.structure.seeAlso, []);
    assert.strictEqual(a.structure.paragraphs.length, 2);
    assert.deepStrictEqual(mentionRows(text), [
      ['PLACE', 'Florida', 30],
      ['ORG', 'National Hurricane Center', 69],
    ]);
    assert.deepStrictEqual(
      a.dates.map(d => [d.text, d.value]),
      [['Monday', 'XXXX-WXX-1']],
    );
  });

  it('keeps offsets exact with a BOM, an emoji, accents, a no-break space and a tab', () => {
    const text =
      '\uFEFFZürich talks\n\n🎉 José Manuel Barroso met François Hollande in Zürich on 3 March.\u00a0The talks were held in Genève.\tSergei Lavrov said Moscow would reply.\n';
    const a = analyze(text);
    assert.strictEqual(a.structure.title?.text, 'Zürich talks');
    assert.deepStrictEqual(mentionRows(text), [
      ['PLACE', 'Zürich', 1],
      ['PERSON', 'José Manuel Barroso', 18],
      ['PERSON', 'François Hollande', 42],
      ['PLACE', 'Zürich', 63],
      ['PLACE', 'Genève', 105],
      ['PERSON', 'Sergei Lavrov', 113],
      ['PLACE', 'Moscow', 132],
    ]);
    assert.deepStrictEqual(
      a.structure.paragraphs[0].sentences.map(s => text.slice(s.start, s.end)),
      ['🎉 José Manuel Barroso met François Hollande in Zürich on 3 March.', 'The talks were held in Genève.', 'Sergei Lavrov said Moscow would reply.'],
    );
  });

  it('returns an empty analysis with a reason for an empty or blank file', () => {
    for (const text of ['', ' \n\t\n']) {
      const a = analyze(text);
      assert.strictEqual(a.problem, 'the file is empty');
      assert.deepStrictEqual([a.actors, a.events, a.structure.seeAlso, a.dates], [[], [], [], []]);
    }
  });

  it('reads a title-only file as a title with nothing else', () => {
    const a = analyze('Only a title here\n');
    assert.deepStrictEqual([a.structure.title?.text, a.problem, a.actors.length, a.structure.paragraphs.length], ['Only a title here', undefined, 0, 0]);
  });

  it("keys names that are also names of Object's own properties as any other name", () => {
    // "constructor" once found Object's own property in a plain lookup table, and "the Constructor" was
    // taken for a generic reference such as "the Alliance".
    assert.deepStrictEqual([canonicalKey('Constructor'), canonicalKey('toString'), canonicalKey('U.S.')], ['constructor', 'tostring', 'united states']);
    assert.deepStrictEqual([GENERIC_HEADS.has('constructor'), GENERIC_HEADS.has('alliance')], [false, true]);
  });

  it('declines binary text', () => {
    assert.strictEqual(analyze('abc\u0000def').problem, 'the file looks binary (it contains NUL bytes)');
  });
});

describe('sentences', () => {
  it('splits real seed text but not after abbreviations, initials or dotted acronyms', () => {
    const text = 'The U.S. and NATO met. Mr. Stoltenberg spoke at 9 a.m. Friday. J. Smith agreed! “We disagreed.” Then it ended';
    assert.deepStrictEqual(
      splitSentences(text).map(s => text.slice(s.start, s.end)),
      ['The U.S. and NATO met.', 'Mr. Stoltenberg spoke at 9 a.m. Friday.', 'J. Smith agreed!', '“We disagreed.”', 'Then it ended'],
    );
  });
});

describe('structure', () => {
  it('joins hard-wrapped lines into one paragraph and recognises a repeated title', () => {
    const s = parseSeed('Title here\r\n\r\nTitle  here\r\nFirst line of a wrapped\r\nparagraph goes on. Second.\r\nNew para.\r\n');
    assert.deepStrictEqual(s.titleRepeats, [{ start: 14, end: 25 }]);
    assert.deepStrictEqual(
      s.paragraphs.map(p => p.text),
      ['First line of a wrapped\r\nparagraph goes on. Second.', 'New para.'],
    );
    assert.deepStrictEqual(s.paragraphs[0].sentences, [
      { start: 27, end: 70 },
      { start: 71, end: 78 },
    ]);
  });

  it('handles a See-also heading with no items, nested bullets and many items', () => {
    assert.deepStrictEqual(parseSeed('T\nBody.\nSee also:\n').seeAlso, []);
    assert.deepStrictEqual(
      parseSeed('T\nBody.\nSee also:\n• One\n   ◦ Nested\n').seeAlso.map(i => i.title),
      ['One', 'Nested'],
    );
    const many = 'T\nBody.\nSee also:\n' + Array.from({ length: 10000 }, (_, i) => `- Item ${i}`).join('\n');
    const items = parseSeed(many).seeAlso;
    assert.deepStrictEqual([items.length, items[9999].title], [10000, 'Item 9999']);
  });
});
