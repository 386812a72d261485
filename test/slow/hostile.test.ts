/**
 * The hostile-files corpus (test/fixtures/hostile/, README there), its slow part: the large files
 * test/fixtures/hostile/generate.ts builds at test time, through the core, and the whole corpus through
 * the CLI (a process each). The small files through the core are in test/unit/hostile.test.ts.
 * That the 2 MB line takes linear time is asserted in linearTime.test.ts.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { type LargeHostileFiles, LONG_LINE_BLOCK, LONG_LINE_BLOCKS, MB, SEE_ALSO_ITEMS, writeLargeHostileFiles } from '../fixtures/hostile/generate';
import { analyse, decode, fixture, hostileDir as dir } from '../unit/helpers/hostile';
import { actorRows, eventRows, mentionRows, projectRoot } from '../unit/helpers/seeds';

describe('hostile files', function () {
  this.timeout(120_000);
  let large: LargeHostileFiles;
  before(() => {
    large = writeLargeHostileFiles();
  });
  after(() => large?.remove());

  describe('in the core, the large ones', () => {
    it('one 2 MB line, no line break: analysed in full', () => {
      const text = decode(large.longLine);
      const n = LONG_LINE_BLOCKS;
      assert.strictEqual(text.length, LONG_LINE_BLOCK.length * n - 1);
      assert.ok(text.length >= 2 * MB);
      const a = analyse(text);
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
      const a = analyse(text);
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
      const a = analyse(text, { start: 0, end: 1000 });
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
      assert.deepStrictEqual(
        eventRows(a).map(r => r[0]),
        ['late October', 'late October', 'late October', '15 January', '15 January', '9:00 GMT', '9:00 GMT', '9:00 GMT', '13-14 February', '13-14 February'],
      );
    });
  });

  describe('in the CLI', () => {
    const cli = path.join(projectRoot, 'dist/cli.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * MB });
    before(function () {
      if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    });

    const refused = (file: () => string, message: (file: string) => string) => () => {
      const r = run('analyze', file());
      assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', `seed-reader: ${message(file())}\n`]);
    };
    it(
      'binary: exit code 2, one line',
      refused(
        () => fixture('binary.bin'),
        f => `${f}: the file looks binary (it contains NUL bytes)`,
      ),
    );
    it(
      'invalid UTF-8: exit code 2, one line',
      refused(
        () => fixture('invalid-utf8.txt'),
        f => `${f}: the file is not valid UTF-8 text`,
      ),
    );
    it(
      'a folder: exit code 2, one line',
      refused(
        () => dir,
        f => `${f}: is a folder, not a file`,
      ),
    );
    it(
      'a missing file: exit code 2, one line',
      refused(
        () => fixture('missing.txt'),
        f => `${f}: no such file`,
      ),
    );
    it(
      'empty: exit code 2, one line',
      refused(
        () => fixture('empty.txt'),
        f => `${f}: the file is empty`,
      ),
    );
    it(
      'whitespace only: exit code 2, one line',
      refused(
        () => fixture('whitespace.txt'),
        f => `${f}: the file is empty`,
      ),
    );
    it(
      'a 10 MB file: exit code 2 at once, saying how to analyse it anyway',
      refused(
        () => large.tenMb,
        f => `${f}: the file is 10.0 MB, more than the 5 MB a seed may have; pass --max-size 11 to analyse it anyway`,
      ),
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
      // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
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

    it('one 2 MB line and 10,000 See-also items: exit code 0', () => {
      for (const [file, title, events] of [
        [large.longLine, LONG_LINE_BLOCK.repeat(LONG_LINE_BLOCKS).trimEnd(), 0],
        [large.manyItems, 'NATO talks in Brussels', 1],
      ] as const) {
        const r = run('analyze', file);
        assert.deepStrictEqual([r.status, r.stderr], [0, ''], path.basename(file));
        assert.ok(r.stdout.startsWith(`Title: ${title}\n`), path.basename(file));
        assert.ok(r.stdout.includes(`\nEvents (${events}, in time order)\n`), path.basename(file));
      }
    });
  });
});
