import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projectRoot, USER_SEED } from '../helpers/paths';

/** `index` as users call it: the bundled dist/cli.js with its worker dist/indexWorker.js (`npm run build`). */
const cli = path.join(projectRoot, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'index', ...args], { encoding: 'utf8' });
let tmp = '';
let seeds = '';

const TEXTS: Record<string, string> = {
  'a.txt':
    'Donald Trump meets NATO leaders in Brussels\n\nBRUSSELS, 11 July 2018. Donald Trump told the leaders of the North Atlantic Treaty Organization (NATO) on Wednesday that they must spend more. Trump left the summit early.\n',
  'b.txt':
    'First lady visits a school in Washington\n\nMelania Trump visited a school in Washington on 3 May. Trump said that children need kindness. NATO was not discussed.\n',
};

describe('CLI: index', function () {
  this.timeout(120_000);

  before(() => {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-index-'));
    seeds = path.join(tmp, 'seeds');
    fs.mkdirSync(path.join(seeds, 'more'), { recursive: true });
    for (const [name, text] of Object.entries(TEXTS)) fs.writeFileSync(path.join(seeds, name), text);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints the documented JSON for a folder, exactly', () => {
    const r = run(seeds, '--json', '--jobs', '2');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), {
      seeds: [
        {
          file: 'a.txt',
          title: 'Donald Trump meets NATO leaders in Brussels',
          reference: { value: '2018-07-11', source: 'lead' },
          actors: ['person:donald-trump', 'org:north-atlantic-treaty-organization', 'place:brussels'],
          events: 2,
        },
        {
          file: 'b.txt',
          title: 'First lady visits a school in Washington',
          reference: { value: 'XXXX-05-04', source: 'tense' },
          actors: ['place:washington', 'person:melania-trump', 'org:north-atlantic-treaty-organization'],
          events: 1,
        },
      ],
      actors: [
        {
          id: 'org:north-atlantic-treaty-organization',
          name: 'North Atlantic Treaty Organization',
          type: 'ORG',
          aliases: ['NATO'],
          seeds: [
            { file: 'a.txt', mentions: 3 },
            { file: 'b.txt', mentions: 1 },
          ],
        },
        { id: 'person:donald-trump', name: 'Donald Trump', type: 'PERSON', aliases: ['Trump'], seeds: [{ file: 'a.txt', mentions: 3 }] },
        { id: 'place:brussels', name: 'Brussels', type: 'PLACE', aliases: ['BRUSSELS'], seeds: [{ file: 'a.txt', mentions: 2 }] },
        { id: 'place:washington', name: 'Washington', type: 'PLACE', aliases: [], seeds: [{ file: 'b.txt', mentions: 2 }] },
        { id: 'person:melania-trump', name: 'Melania Trump', type: 'PERSON', aliases: ['Trump'], seeds: [{ file: 'b.txt', mentions: 2 }] },
      ],
      timeline: [
        { file: 'a.txt', date: { text: '11 July 2018', value: '2018-07-11' }, text: 'BRUSSELS, 11 July 2018.' },
        {
          file: 'a.txt',
          date: { text: 'Wednesday', value: '2018-07-11' },
          text: 'Donald Trump told the leaders of the North Atlantic Treaty Organization (NATO) on Wednesday that they must spend more.',
        },
        { file: 'b.txt', date: { text: '3 May', value: 'XXXX-05-03' }, text: 'Melania Trump visited a school in Washington on 3 May.' },
      ],
    });
  });

  it('merges shards into exactly the output of the whole folder', () => {
    fs.copyFileSync(USER_SEED, path.join(seeds, 'more', 'user.txt'));
    fs.writeFileSync(
      path.join(seeds, 'c.txt'),
      'Donald trump says he will meet Kim Jong-un\n\nThe President of the United States Donald trump said on Friday that he will meet Kim Jong-un in June.\n',
    );
    fs.writeFileSync(path.join(seeds, 'empty.txt'), '');
    const whole = run(seeds, '--json', '--jobs', '2');
    assert.strictEqual(whole.status, 0, whole.stderr);
    assert.strictEqual(whole.stderr, 'seed-reader: empty.txt: the file is empty (skipped)\n');
    assert.deepStrictEqual(
      (JSON.parse(whole.stdout) as { seeds: { file: string }[] }).seeds.map(s => s.file),
      ['a.txt', 'b.txt', 'c.txt', 'more/user.txt'],
    );
    for (const n of [2, 3]) {
      const parts = Array.from({ length: n }, (_, i) => path.join(tmp, `part${i + 1}of${n}.json`));
      for (const [i, part] of parts.entries()) {
        const r = run(seeds, '--shard', `${i + 1}/${n}`, '--out', part, '--jobs', '1');
        assert.strictEqual(r.status, 0, r.stderr);
        assert.strictEqual(r.stdout, '');
      }
      const merged = run('--merge', ...parts.reverse(), '--json');
      assert.strictEqual(merged.status, 0, merged.stderr);
      assert.strictEqual(merged.stdout, whole.stdout, `${n} shards`);
    }
  });

  it('skips a file larger than --max-size, unread, with one line on stderr', () => {
    const big = path.join(tmp, 'big');
    fs.mkdirSync(big);
    fs.writeFileSync(path.join(big, 'long.txt'), `A long seed\n\n${'Talks resumed in Geneva on Monday. '.repeat(6000)}`);
    const r = run(big, '--json', '--max-size', '0.1');
    assert.deepStrictEqual(
      [r.status, JSON.parse(r.stdout), r.stderr],
      [0, { seeds: [], actors: [], timeline: [] }, 'seed-reader: long.txt: the file is 0.2 MB, more than the 0.1 MB a seed may have (--max-size) (skipped)\n'],
    );
  });

  it('refuses a bad command line or a part of another format with one line and exit code 2', () => {
    const stale = path.join(tmp, 'stale.json');
    fs.writeFileSync(stale, JSON.stringify({ formatVersion: 0, engine: 'seed-reader 0.1.0', files: [], entries: {} }));
    const cases: [string[], string][] = [
      [['--merge', stale], `seed-reader: ${stale}: the index has format version 0; this Seed Reader reads version 1\n`],
      [[seeds, '--shard', '3/2'], 'seed-reader: --shard "3/2" is not K/N with 1 <= K <= N\n'],
      [[path.join(tmp, 'nowhere')], `seed-reader: ${path.join(tmp, 'nowhere')}: no such folder\n`],
      [[], 'seed-reader: index takes exactly one DIR (or --merge PART.json...)\n'],
      [[seeds, '--jobs', '0'], 'seed-reader: --jobs "0" is not a positive whole number\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = run(...args);
      assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', stderr], args.join(' '));
    }
  });
});
