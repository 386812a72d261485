import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projectRoot, USER_SEED } from './helpers/seeds';

/** The CLI as users and our evaluation call it: the bundled dist/cli.js (`npm run build`). */
const cli = path.join(projectRoot, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
/** This suite's files, in a folder of its own that its `after` hook removes. */
let tmp = '';
const write = (name: string, content: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('CLI', () => {
  before(function () {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints the documented JSON shape for analyze --json', () => {
    const r = run('analyze', USER_SEED, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(json), ['title', 'actors', 'dates', 'events', 'seeAlso', 'reference', 'units']);
    assert.deepStrictEqual(Object.keys(json.actors[0]), ['id', 'type', 'name', 'aliases', 'roles', 'mentions']);
    assert.deepStrictEqual(Object.keys(json.dates[0]), ['start', 'end', 'text', 'value']);
    assert.deepStrictEqual(Object.keys(json.events[0]), ['start', 'end', 'text', 'date', 'actors']);
    assert.deepStrictEqual(
      json.events.map((e: { date: { text: string } }) => e.date.text),
      ['late October', '15 January', '23 January', '9:00 GMT', 'next week', '13-14 February'],
    );
    assert.deepStrictEqual(json.seeAlso[0], {
      title: 'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
      start: 1908,
      end: 2003,
    });
    assert.deepStrictEqual(json.reference, { value: 'XXXX-01-24', source: 'tense' });
    assert.deepStrictEqual(json.units, [
      { kind: 'title', start: 0, end: 83 },
      { kind: 'titleRepeat', start: 85, end: 168 },
      { kind: 'body', start: 170, end: 530 },
      { kind: 'body', start: 532, end: 819 },
      { kind: 'body', start: 821, end: 991 },
      { kind: 'body', start: 993, end: 1364 },
      { kind: 'body', start: 1366, end: 1891 },
      { kind: 'seeAlsoHeading', start: 1893, end: 1902 },
      { kind: 'seeAlso', start: 1908, end: 2003 },
      { kind: 'seeAlso', start: 2008, end: 2108 },
      { kind: 'seeAlso', start: 2113, end: 2202 },
    ]);
  });

  it('analyze --json: a page without a title, with a caption, a credit and a dateline', () => {
    const page = [
      'The Hall Of Minsk',
      '© Ivan Petrov/TASS',
      'MINSK, March 3. /TASS/. The Belarusian parliament approved the budget on Tuesday.',
      'Comments',
    ].join('\n\n');
    const r = run('analyze', write('dateline.txt', page), '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.strictEqual(json.title, '');
    assert.deepStrictEqual(json.reference, { value: 'XXXX-03-03', source: 'dateline' });
    assert.deepStrictEqual(json.units, [
      { kind: 'caption', start: 0, end: 17 },
      { kind: 'credit', start: 19, end: 37 },
      { kind: 'dateline', start: 39, end: 62 },
      { kind: 'body', start: 63, end: 120 },
      { kind: 'trailer', start: 122, end: 130 },
    ]);
    assert.deepStrictEqual(
      json.events.map((e: { text: string; date: { text: string } }) => [e.date.text, e.text]),
      [['Tuesday', 'The Belarusian parliament approved the budget on Tuesday.']],
    );
  });

  it('prints a readable summary', () => {
    const r = run('analyze', USER_SEED, '--ref', '2019-01-25');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Title: Stoltenberg: NATO and Russia/);
    assert.match(r.stdout, /\n {2}Jens Stoltenberg ×4 \(role: Secretary General; also: Stoltenberg, Mr\. Stoltenberg\)\n/);
    assert.match(r.stdout, /\n {2}1\. late October \[2018-10\]: The President of the United States/);
  });

  it('writes one prediction line per document for predict', () => {
    const input = write(
      'gold.jsonl',
      [
        JSON.stringify({ id: 'a', text: 'Jens Stoltenberg spoke in Brussels on Friday.', dct: '2019-01-25' }),
        '',
        JSON.stringify({ id: 'b', text: 'Nothing here.' }),
      ].join('\n'),
    );
    const out = path.join(tmp, 'pred.jsonl');
    const r = run('predict', '--in', input, '--out', out);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(
      fs
        .readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l)),
      [
        {
          id: 'a',
          entities: [
            { start: 0, end: 16, type: 'PERSON', text: 'Jens Stoltenberg' },
            { start: 26, end: 34, type: 'PLACE', text: 'Brussels' },
            { start: 38, end: 44, type: 'DATE', text: 'Friday', value: '2019-01-25' },
          ],
        },
        { id: 'b', entities: [] },
      ],
    );
  });

  const failures: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['analyze', path.join(tmp, 'nope.txt')], /: no such file$/],
    ['a binary file', () => ['analyze', write('bin.txt', Buffer.from([0x61, 0x00, 0x62]))], /looks binary/],
    ['invalid UTF-8', () => ['analyze', write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]))], /not valid UTF-8/],
    ['an empty file', () => ['analyze', write('empty.txt', '')], /the file is empty$/],
    ['a blank file', () => ['analyze', write('blank.txt', ' \n\n')], /the file is empty$/],
    ['a bad --ref', () => ['analyze', USER_SEED, '--ref', '2019-13-40'], /--ref "2019-13-40" is not a date/],
    [
      'an invalid JSONL line',
      () => ['predict', '--in', write('bad.jsonl', '{"id":"a","text":"x"}\n{oops\n'), '--out', path.join(tmp, 'o.jsonl')],
      /bad\.jsonl line 2: not valid JSON$/,
    ],
    [
      'a JSONL line without text',
      () => ['predict', '--in', write('notext.jsonl', '{"id":"a"}\n'), '--out', path.join(tmp, 'o.jsonl')],
      /line 1: expected an object with a string "text"$/,
    ],
    ['an unknown command', () => ['frobnicate'], /unknown command "frobnicate"/],
  ];
  for (const [name, args, message] of failures) {
    it(`answers ${name} with one line and exit code 2`, () => {
      const r = run(...args());
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.match(lines[0], /^seed-reader: /);
      assert.match(lines[0], message);
    });
  }
});
