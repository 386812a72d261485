/**
 * The hostile-files corpus (test/fixtures/hostile/, README there) through the core and the CLI. The
 * large files are built at test time by test/fixtures/hostile/generate.ts.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../src/core';
import { analyzeSeed, emptyAnalysis } from '../../src/core/analysis';
import { repoTagger } from '../../scripts/lib/repoModel';
import { UnreadableInput, readTextFile } from '../../src/node/readText';
import {
  type LargeHostileFiles, LONG_LINE_BLOCK, LONG_LINE_BLOCKS, MB, SEE_ALSO_ITEMS, writeLargeHostileFiles,
} from '../fixtures/hostile/generate';
import { assertAnalysisInvariants } from './helpers/analysisInvariants';
import { repoRoot } from './helpers/seeds';

const dir = path.join(repoRoot, 'test/fixtures/hostile');
const fixture = (name: string) => path.join(dir, name);
/** A file as an editor shows it: UTF-8, with U+FFFD for bytes that are not. */
const decode = (file: string) => fs.readFileSync(file, 'utf8');
const tagger = repoTagger();

/** Analyses (printing the time it took, when `timing` names the file), checks the invariants every analysis keeps. */
function analyse(text: string, options: { window?: { start: number; end: number }; timing?: string } = {}): Analysis {
  const started = Date.now();
  const a = analyzeSeed(text, { tagger, window: options.window });
  if (options.timing) console.log(`      ${options.timing}: ${seconds(Date.now() - started)}`);
  assertAnalysisInvariants(text, a);
  return a;
}
const mentionRows = (a: Analysis) => a.mentions.map(m => [m.type, m.text, m.start, m.end]);
const actorRows = (a: Analysis) => a.actors.map(x => [x.type, x.name, [...x.aliases], [...x.roles], x.mentions.length]);
const eventRows = (a: Analysis) => a.events.map(e => [e.date.text, e.date.value, e.start, e.end]);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timed<T>(what: string, f: () => T): T {
  const started = Date.now();
  const result = f();
  console.log(`      ${what}: ${seconds(Date.now() - started)}`);
  return result;
}

const INFERRED_0116 = {
  source: 'inferred',
  value: 'XXXX-01-16',
  note: 'no year in the text: reference day inferred as XXXX-01-16 from tense (1 past, 0 future dates)',
};

describe('hostile files', function () {
  this.timeout(120_000);
  let large: LargeHostileFiles;
  before(() => {
    large = writeLargeHostileFiles();
  });
  after(() => large?.remove());

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
      assert.deepStrictEqual(a.structure.title, { start: 0, end: 83, text: 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty' });
      assert.deepStrictEqual(a.structure, { title: a.structure.title, titleRepeats: [], paragraphs: [], seeAlso: [] });
      assert.deepStrictEqual(mentionRows(a), [['ORG', 'NATO', 13, 17], ['PLACE', 'Russia', 22, 28], ['MISC', 'INF Treaty', 73, 83]]);
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
      assert.deepStrictEqual(a.structure.paragraphs.map(p => [p.start, p.end, p.text]), [
        [46, 131, 'NATO Secretary General Jens Stoltenberg met Sergei Ryabkov in Brussels on 15 January.'],
        [133, 175, 'The talks will resume in Geneva next week.'],
      ]);
      assert.deepStrictEqual(eventRows(a), [['15 January', 'XXXX-01-15', 46, 131], ['next week', 'XXXX-WXX', 133, 175]]);
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
      assert.deepStrictEqual(a.structure.paragraphs.map(p => [p.start, p.end]), [[45, 130], [131, 173], [175, 236]]);
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
      assert.deepStrictEqual(a.structure.paragraphs.map(p => p.text), ['Jens Stoltenberg met Sergei Ryabkov in Brussels on 15 January.']);
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
      assert.deepStrictEqual(a.structure.paragraphs.map(p => p.text), ['Sergei Ryabkov met US officials in Geneva on 15 January.']);
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
      assert.deepStrictEqual(a.structure.seeAlso.map(s => s.title), [
        'Russia \u001b]8;;https://example.invalid\u001b\\warns\u001b]8;;\u001b\\ NATO',
        'A line that',
        'returns\u009b2J',
      ]);
      assert.deepStrictEqual(mentionRows(a).map(r => r[1]), ['NATO', 'Brussels', 'Jens Stoltenberg', 'Sergei Ryabkov', 'Russia', 'NATO']);
    });

    it('one 2 MB line, no line break: analysed in full, in linear time (printed, not asserted)', () => {
      const text = decode(large.longLine);
      const n = LONG_LINE_BLOCKS;
      assert.strictEqual(text.length, LONG_LINE_BLOCK.length * n - 1);
      assert.ok(text.length >= 2 * MB);
      const a = analyse(text, { timing: `core on the 2 MB line (${text.length} characters)` });
      // The line is the title: names and dates, but no body, so no events.
      assert.deepStrictEqual([a.structure.title?.start, a.structure.title?.end, a.structure.paragraphs, a.structure.seeAlso], [0, text.length, [], []]);
      assert.deepStrictEqual(actorRows(a), [
        ['PERSON', 'Jens Stoltenberg', [], [], n],
        ['PERSON', 'Sergei Ryabkov', [], [], n],
        ['PLACE', 'Brussels', [], [], n],
        ['PLACE', 'Geneva', [], [], n],
      ]);
      const lastBlock = LONG_LINE_BLOCK.length * (n - 1);
      assert.deepStrictEqual([a.dates.length, a.dates.at(-1)?.start, a.dates.at(-1)?.text], [2 * n, lastBlock + 95, 'next week']);
      assert.deepStrictEqual(a.events, []);
      assert.deepStrictEqual(a.reference.note, `no year in the text: reference day inferred as XXXX-01-16 from tense (${n} past, 0 future dates)`);
    });

    it(`a See-also list of ${SEE_ALSO_ITEMS} items: all of them`, () => {
      const text = decode(large.manyItems);
      const a = analyse(text, { timing: `core on ${SEE_ALSO_ITEMS} See-also items` });
      assert.strictEqual(a.structure.seeAlso.length, SEE_ALSO_ITEMS);
      assert.deepStrictEqual(a.structure.seeAlso[0], { start: 103, end: 135, title: 'Related headline 1 on NATO talks' });
      assert.deepStrictEqual(a.structure.seeAlso.at(-1), { start: 418400, end: 418436, title: 'Related headline 10000 on NATO talks' });
      assert.deepStrictEqual(actorRows(a), [
        ['ORG', 'NATO', [], [], SEE_ALSO_ITEMS + 1],
        ['PLACE', 'Brussels', [], [], 2],
        ['PERSON', 'Jens Stoltenberg', [], [], 1],
        ['PERSON', 'Sergei Ryabkov', [], [], 1],
      ]);
      // The item numbers 1800 to 2099 read as years; only the body's date makes an event.
      assert.deepStrictEqual([a.dates.length, a.dates[1].text, a.dates.at(-1)?.text], [301, '1800', '2099']);
      assert.deepStrictEqual(eventRows(a), [['15 January', 'XXXX-01-15', 24, 86]]);
    });

    it('a 10 MB file: the first look at a window is quick and exact (the full analysis is left to the caller)', () => {
      const text = decode(large.tenMb);
      assert.strictEqual(text.length, 10_485_939);
      const a = analyse(text, { window: { start: 0, end: 1000 }, timing: 'core, first look at 10 MB' });
      assert.deepStrictEqual(a.partial, { start: 0, end: 1045 });
      assert.deepStrictEqual([a.structure.paragraphs.length, a.structure.seeAlso.length], [106_455, 2]);
      assert.deepStrictEqual(mentionRows(a).slice(0, 8), [
        ['ORG', 'NATO', 0, 4],
        ['PLACE', 'Russia', 9, 15],
        ['ORG', 'Council Russia-NATO', 58, 77],
        ['PLACE', 'Brussels', 87, 95],
        ['PLACE', 'United States', 182, 195],
        ['PERSON', 'Donald Trump', 196, 208],
        ['MISC', 'INF Treaty', 246, 256],
        ['PLACE', 'Geneva', 262, 268],
      ]);
      assert.strictEqual(a.mentions.length, 25);
      assert.deepStrictEqual(eventRows(a).map(r => r[0]), [
        'late October', 'late October', 'late October', '15 January', '15 January',
        '9:00 GMT', '9:00 GMT', '9:00 GMT', '13-14 February', '13-14 February',
      ]);
    });
  });

  describe('in the CLI', () => {
    const cli = path.join(repoRoot, 'dist/cli.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * MB });
    before(function () {
      if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    });

    const refused = (file: () => string, message: (file: string) => string) => () => {
      const r = run('analyze', file());
      assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', `seed-reader: ${message(file())}\n`]);
    };
    it('binary: exit code 2, one line', refused(() => fixture('binary.bin'), f => `${f}: the file looks binary (it contains NUL bytes)`));
    it('invalid UTF-8: exit code 2, one line', refused(() => fixture('invalid-utf8.txt'), f => `${f}: the file is not valid UTF-8 text`));
    it('a folder: exit code 2, one line', refused(() => dir, f => `${f}: is a folder, not a file`));
    it('a missing file: exit code 2, one line', refused(() => fixture('missing.txt'), f => `${f}: no such file`));
    it('empty: exit code 2, one line', refused(() => fixture('empty.txt'), f => `${f}: the file is empty`));
    it('whitespace only: exit code 2, one line', refused(() => fixture('whitespace.txt'), f => `${f}: the file is empty`));
    it(
      'a 10 MB file: exit code 2 at once, saying how to analyse it anyway',
      refused(() => large.tenMb, f => `${f}: the file is 10.0 MB, more than the 5 MB a seed may have; pass --max-size 11 to analyse it anyway`),
    );
    it('a bad --max-size: exit code 2, one line', () => {
      const r = run('analyze', fixture('crlf.txt'), '--max-size', 'lots');
      assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', 'seed-reader: --max-size "lots" is not a positive number of MB\n']);
    });

    const readable = ['title-only.txt', 'crlf.txt', 'mixed-endings.txt', 'see-also-empty.txt', 'see-also-nested.txt', 'unicode.txt', 'escapes.txt'];
    for (const name of readable) {
      it(`${name}: exit code 0, a summary`, () => {
        const r = run('analyze', fixture(name));
        assert.deepStrictEqual([r.status, r.stderr], [0, '']);
        assert.match(r.stdout, /^Title: .+\nReference date: .+\n/);
      });
    }

    it('CRLF and mixed endings: --json offsets slice the file to each mention', () => {
      for (const name of ['crlf.txt', 'mixed-endings.txt']) {
        const r = run('analyze', fixture(name), '--json');
        assert.deepStrictEqual([r.status, r.stderr], [0, ''], name);
        const text = decode(fixture(name));
        const json = JSON.parse(r.stdout) as { actors: Array<{ mentions: Array<{ start: number; end: number; text: string }> }> };
        const mentions = json.actors.flatMap(a => a.mentions);
        assert.strictEqual(mentions.length, name === 'crlf.txt' ? 10 : 14);
        for (const m of mentions) assert.strictEqual(text.slice(m.start, m.end), m.text, name);
      }
    });

    it('escape sequences in the seed reach the terminal defused, each item on its own line', () => {
      const r = run('analyze', fixture('escapes.txt'));
      assert.strictEqual(r.status, 0);
      assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      const lines = r.stdout.split('\n');
      assert.strictEqual(lines[0], 'Title: NATO talks\uFFFD[2J\uFFFD]0;pwned\uFFFD in Brussels');
      assert.deepStrictEqual(lines.slice(lines.indexOf('See also (3)')), [
        'See also (3)',
        '  • Russia \uFFFD]8;;https://example.invalid\uFFFD\\warns\uFFFD]8;;\uFFFD\\ NATO',
        '  • A line that',
        '  • returns\uFFFD2J',
        '',
      ]);
    });

    it('one 2 MB line and 10,000 See-also items: exit code 0 (time printed)', () => {
      for (const [file, title, events] of [
        [large.longLine, LONG_LINE_BLOCK.repeat(LONG_LINE_BLOCKS).trimEnd(), 0],
        [large.manyItems, 'NATO talks in Brussels', 1],
      ] as const) {
        const r = timed(`CLI on ${path.basename(file)}`, () => run('analyze', file));
        assert.deepStrictEqual([r.status, r.stderr], [0, ''], path.basename(file));
        assert.ok(r.stdout.startsWith(`Title: ${title}\n`), path.basename(file));
        assert.ok(r.stdout.includes(`\nEvents (${events}, in time order)\n`), path.basename(file));
      }
    });
  });
});
