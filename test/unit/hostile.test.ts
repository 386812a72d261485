/**
 * The small files of the hostile-files corpus (test/fixtures/hostile/, README there) through the core.
 * The generated large files, and the whole corpus through the CLI, are in test/slow/hostile.test.ts.
 */
import * as assert from 'assert';
import * as path from 'path';
import { emptyAnalysis } from '../../src/core/analysis';
import { UnreadableInput, readTextFile } from '../../src/node/readText';
import { analyse, decode, fixture, hostileDir as dir } from './helpers/hostile';
import { eventRows, mentionRows } from './helpers/seeds';

const INFERRED_0116 = {
  source: 'tense',
  value: 'XXXX-01-16',
  note: 'no year in the text: reference day inferred as XXXX-01-16 from tense (1 past, 0 future dates)',
};

describe('hostile files', () => {
  describe('in the core', () => {
    it('empty and whitespace-only: the empty analysis, with "the file is empty"', () => {
      for (const name of ['empty.txt', 'whitespace.txt']) {
        const text = decode(fixture(name));
        assert.deepStrictEqual(analyse(text), emptyAnalysis(text.length, 'the file is empty'), name);
      }
      assert.strictEqual(decode(fixture('whitespace.txt')).length, 16);
    });

    it('title only: the title and its names, nothing else', () => {
      const a = analyse(decode(fixture('title-only.txt')));
      assert.strictEqual(a.problem, undefined);
      assert.deepStrictEqual(a.structure.title, {
        start: 0,
        end: 83,
        text: 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty',
      });
      assert.deepStrictEqual(a.structure, { title: a.structure.title, titleRepeats: [], paragraphs: [], seeAlso: [] });
      assert.deepStrictEqual(mentionRows(a), [
        ['ORG', 'NATO', 13, 17],
        ['PLACE', 'Russia', 22, 28],
        ['MISC', 'INF Treaty', 73, 83],
      ]);
      assert.deepStrictEqual([a.dates, a.events, a.structure.seeAlso], [[], [], []]);
      assert.deepStrictEqual(a.reference, { source: 'none', note: 'no reference date: the text gives no year or anchor' });
    });

    it('binary (NUL bytes) and invalid UTF-8: not analysed, with a one-line problem', () => {
      const binary = decode(fixture('binary.bin'));
      assert.deepStrictEqual(analyse(binary), emptyAnalysis(binary.length, 'the file looks binary (it contains NUL bytes)'));
      const latin1 = decode(fixture('invalid-utf8.txt'));
      assert.strictEqual(latin1.match(/\uFFFD/g)?.length, 5);
      assert.deepStrictEqual(analyse(latin1), emptyAnalysis(latin1.length, 'the file is not valid UTF-8 text'));
    });

    it('binary, invalid UTF-8, empty, a folder and a missing file: readTextFile names the problem', () => {
      const problem = (file: string) => {
        try {
          readTextFile(file);
          return 'read';
        } catch (e) {
          assert.ok(e instanceof UnreadableInput, String(e));
          return e.message;
        }
      };
      assert.deepStrictEqual(
        ['binary.bin', 'invalid-utf8.txt', 'empty.txt', '.', 'missing.txt', 'whitespace.txt'].map(n => problem(path.join(dir, n))),
        [
          `${dir}/binary.bin: the file looks binary (it contains NUL bytes)`,
          `${dir}/invalid-utf8.txt: the file is not valid UTF-8 text`,
          `${dir}/empty.txt: the file is empty`,
          `${dir}: is a folder, not a file`,
          `${dir}/missing.txt: no such file`,
          'read',
        ],
      );
    });

    it('CRLF line endings: exact offsets', () => {
      const text = decode(fixture('crlf.txt'));
      const a = analyse(text);
      assert.deepStrictEqual(mentionRows(a), [
        ['ORG', 'NATO', 0, 4],
        ['PLACE', 'Russia', 9, 15],
        ['MISC', 'INF Treaty', 32, 42],
        ['ORG', 'NATO', 46, 50],
        ['PERSON', 'Jens Stoltenberg', 69, 85],
        ['PERSON', 'Sergei Ryabkov', 90, 104],
        ['PLACE', 'Brussels', 108, 116],
        ['PLACE', 'Geneva', 158, 164],
        ['PLACE', 'Russia', 196, 202],
        ['PLACE', 'United States', 214, 227],
      ]);
      assert.strictEqual(text.slice(69, 85), 'Jens Stoltenberg');
      assert.deepStrictEqual(
        a.structure.paragraphs.map(p => [p.start, p.end, p.text]),
        [
          [46, 131, 'NATO Secretary General Jens Stoltenberg met Sergei Ryabkov in Brussels on 15 January.'],
          [133, 175, 'The talks will resume in Geneva next week.'],
        ],
      );
      assert.deepStrictEqual(eventRows(a), [
        ['15 January', 'XXXX-01-15', 46, 131],
        ['next week', 'XXXX-WXX', 133, 175],
      ]);
      assert.deepStrictEqual(a.structure.seeAlsoHeading, { start: 179, end: 188 });
      assert.deepStrictEqual(a.structure.seeAlso, [{ start: 196, end: 263, title: 'Russia warned the United States against withdrawing from the treaty' }]);
      assert.deepStrictEqual(a.actors.find(x => x.name === 'Jens Stoltenberg')?.roles, ['Secretary General']);
    });

    it('mixed line endings (CRLF, LF, lone CR, LF CR): exact offsets', () => {
      const text = decode(fixture('mixed-endings.txt'));
      const a = analyse(text);
      assert.deepStrictEqual(mentionRows(a), [
        ['ORG', 'NATO', 0, 4],
        ['PLACE', 'Russia', 9, 15],
        ['MISC', 'INF Treaty', 32, 42],
        ['ORG', 'NATO', 45, 49],
        ['PERSON', 'Jens Stoltenberg', 68, 84],
        ['PERSON', 'Sergei Ryabkov', 89, 103],
        ['PLACE', 'Brussels', 107, 115],
        ['PLACE', 'Geneva', 156, 162],
        ['PERSON', 'Angela Merkel', 175, 188],
        ['PLACE', 'Germany', 209, 216],
        ['PLACE', 'Russia', 253, 259],
        ['PLACE', 'United States', 271, 284],
        ['ORG', 'NATO', 289, 293],
        ['PLACE', 'Brussels', 312, 320],
      ]);
      assert.strictEqual(text.slice(68, 84), 'Jens Stoltenberg');
      // "\n\r" is two line breaks: "Angela Merkel …" is a paragraph of its own.
      assert.deepStrictEqual(
        a.structure.paragraphs.map(p => [p.start, p.end]),
        [
          [45, 130],
          [131, 173],
          [175, 236],
        ],
      );
      assert.deepStrictEqual(eventRows(a), [
        ['Friday', 'XXXX-WXX-5', 175, 236],
        ['15 January', 'XXXX-01-15', 45, 130],
        ['next week', 'XXXX-WXX', 131, 173],
      ]);
      assert.deepStrictEqual(a.structure.seeAlso, [
        { start: 253, end: 284, title: 'Russia warned the United States' },
        { start: 289, end: 320, title: 'NATO ministers meet in Brussels' },
      ]);
    });

    it('a See-also heading with no items: the heading, no items, the body intact', () => {
      const a = analyse(decode(fixture('see-also-empty.txt')));
      assert.deepStrictEqual(a.structure.seeAlsoHeading, { start: 108, end: 117 });
      assert.deepStrictEqual(a.structure.seeAlso, []);
      assert.deepStrictEqual(
        a.structure.paragraphs.map(p => p.text),
        ['Jens Stoltenberg met Sergei Ryabkov in Brussels on 15 January.'],
      );
      assert.deepStrictEqual(eventRows(a), [['15 January', 'XXXX-01-15', 44, 106]]);
      assert.deepStrictEqual(a.reference, INFERRED_0116);
    });

    it('nested bullets: every level an item, bullets and numbers removed, a bare bullet dropped', () => {
      const a = analyse(decode(fixture('see-also-nested.txt')));
      assert.deepStrictEqual(a.structure.seeAlso, [
        { start: 87, end: 118, title: 'NATO ministers meet in Brussels' },
        { start: 125, end: 149, title: 'Stoltenberg warns Russia' },
        { start: 160, end: 188, title: 'Deeper still: the INF Treaty' },
        { start: 191, end: 221, title: 'Russia shows the 9М729 missile' },
        { start: 226, end: 245, title: 'Dash item on Geneva' },
        { start: 250, end: 269, title: 'Star item on Moscow' },
        { start: 273, end: 286, title: 'Numbered item' },
        { start: 293, end: 306, title: 'Lettered item' },
        { start: 314, end: 330, title: 'Bracketed number' },
      ]);
      assert.deepStrictEqual(
        a.structure.paragraphs.map(p => p.text),
        ['Sergei Ryabkov met US officials in Geneva on 15 January.'],
      );
    });

    it('emoji before names, a flag, RTL embedding, combining marks and a bell: exact offsets', () => {
      const text = decode(fixture('unicode.txt'));
      const a = analyse(text);
      assert.deepStrictEqual(a.structure.title, { start: 1, end: 31, text: '🎉Jens Stoltenberg in Brussels' });
      assert.deepStrictEqual(mentionRows(a), [
        ['PERSON', 'Jens Stoltenberg', 3, 19],
        ['PLACE', 'Brussels', 23, 31],
        ['PERSON', 'Sergei Ryabkov', 37, 51],
        ['PERSON', 'Jens Stoltenberg', 60, 76],
        ['PLACE', 'Brussels', 80, 88],
        ['ORG', 'NATO', 104, 108],
        ['MISC', 'Arabic', 124, 130],
        ['PLACE', 'Hebrew', 144, 150],
      ]);
      assert.deepStrictEqual(eventRows(a), [['15 January', 'XXXX-01-15', 33, 103]]);
    });

    it('terminal escape sequences: kept as text in the core (the CLI defuses them)', () => {
      const text = decode(fixture('escapes.txt'));
      const a = analyse(text);
      assert.deepStrictEqual(a.structure.title, { start: 0, end: 36, text: 'NATO talks\u001b[2J\u001b]0;pwned\u0007 in Brussels' });
      assert.deepStrictEqual(
        a.structure.seeAlso.map(s => s.title),
        ['Russia \u001b]8;;https://example.invalid\u001b\\warns\u001b]8;;\u001b\\ NATO', 'A line that', 'returns\u009b2J'],
      );
      assert.deepStrictEqual(
        mentionRows(a).map(r => r[1]),
        ['NATO', 'Brussels', 'Jens Stoltenberg', 'Sergei Ryabkov', 'Russia', 'NATO'],
      );
    });
  });
});
