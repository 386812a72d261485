import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projectRoot, USER_SEED } from './helpers/seeds';

/** The CLI as users call it: the bundled dist/cli.js (`npm run build`). */
const cli = path.join(projectRoot, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

/** A workspace in a temporary folder: seeds/a.txt (the user seed with an emoji in its title) and .seed-reader/. */
let ws = '';
let seed = '';
let text = '';
const CORRECTIONS = {
  version: 1,
  corrections: [
    { id: 'c1', kind: 'relabel', name: 'NATO', type: 'MISC' },
    { id: 'c2', kind: 'dismiss', name: 'Russia', seed: 'seeds/a.txt' },
    { id: 'c3', kind: 'dismiss', name: 'Brussels', seed: 'seeds/other.txt' },
  ],
};

type Span = { start: number; end: number; label: string; value?: string };

/** The code points `start` to `end` of the seed. */
const slice = (s: Span) => Array.from(text).slice(s.start, s.end).join('');

describe('CLI: corrections and export', () => {
  before(function () {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-export-'));
    fs.mkdirSync(path.join(ws, 'seeds'));
    fs.mkdirSync(path.join(ws, '.seed-reader'));
    text = fs.readFileSync(USER_SEED, 'utf8').replace('Stoltenberg:', '🙂 Stoltenberg:');
    seed = path.join(ws, 'seeds', 'a.txt');
    fs.writeFileSync(seed, text);
    fs.writeFileSync(path.join(ws, '.seed-reader', 'corrections.json'), JSON.stringify(CORRECTIONS));
  });
  after(() => {
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  /** The jsonl export of the workspace's seed: the reference the other formats must read back to. */
  function jsonlSpans(): Span[] {
    const r = run('export', seed, '--format', 'jsonl');
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 1);
    const doc = JSON.parse(lines[0]) as { text: string; spans: Span[]; meta: { file: string } };
    assert.deepStrictEqual([doc.text === text, doc.meta.file], [true, 'a.txt']);
    return doc.spans;
  }

  it('analyze applies the nearest .seed-reader/corrections.json: this seed’s rules and every seed’s', () => {
    const r = run('analyze', seed, '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { actors: { type: string; name: string }[] };
    const names = json.actors.map(a => `${a.type} ${a.name}`);
    assert.deepStrictEqual(names.slice(0, 3), ['PERSON Jens Stoltenberg', 'MISC NATO', 'MISC INF Treaty']);
    assert.strictEqual(names.includes('PLACE Russia'), false);
    assert.strictEqual(names.includes('PLACE Brussels'), true);
  });

  it('index applies them too: the workspace index shows NATO as MISC and no Russia', () => {
    const r = run('index', path.join(ws, 'seeds'), '--json', '--jobs', '1');
    assert.strictEqual(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { actors: { name: string; type: string }[] };
    const names = json.actors.map(a => `${a.type} ${a.name}`);
    assert.deepStrictEqual([names.includes('MISC NATO'), names.includes('ORG NATO'), names.includes('PLACE Russia')], [true, false, false]);
  });

  it('a malformed --corrections file: one line on stderr, exit 2, the file byte-identical', () => {
    const bad = path.join(ws, 'bad.json');
    const bytes = Buffer.from('{"version": 1, "corrections": [{"id": "c1", "kind": "relabel", "name": "NATO", "type": "PLCE"}]}\n');
    fs.writeFileSync(bad, bytes);
    for (const command of ['analyze', 'export']) {
      const r = run(command, seed, '--corrections', bad, ...(command === 'export' ? ['--format', 'jsonl'] : []));
      assert.deepStrictEqual(
        [r.status, r.stdout, r.stderr],
        [2, '', `seed-reader: ${bad}: corrections[0].type: "PLCE" is not one of PERSON, ORG, PLACE, MISC\n`],
      );
    }
    assert.ok(fs.readFileSync(bad).equals(bytes));
  });

  it('a corrections file of a newer schema is refused the same way', () => {
    const newer = path.join(ws, 'newer.json');
    fs.writeFileSync(newer, '{"version": 2, "corrections": []}');
    const r = run('analyze', seed, '--corrections', newer);
    assert.deepStrictEqual([r.status, r.stderr], [2, `seed-reader: ${newer}: written for schema version 2; this Seed Reader reads version 1\n`]);
  });

  it('jsonl: code-point spans whose text is the mention’s, with the corrections applied', () => {
    const spans = jsonlSpans();
    const analysis = JSON.parse(run('analyze', seed, '--json').stdout) as {
      actors: { type: string; mentions: { text: string }[] }[];
      dates: { text: string }[];
    };
    const mentionCount = analysis.actors.reduce((n, a) => n + a.mentions.length, 0) + analysis.dates.length;
    assert.strictEqual(spans.length, mentionCount);
    assert.deepStrictEqual(
      spans.slice(0, 2).map(s => [s.label, slice(s), s.start]),
      [
        ['PERSON', 'Stoltenberg', 2],
        ['MISC', 'NATO', 15],
      ],
    );
    assert.strictEqual(spans.filter(s => slice(s) === 'Russia').length, 0);
  });

  it('brat: reads back to the same spans, date values in # lines', () => {
    const out = path.join(ws, 'brat');
    const r = run('export', path.join(ws, 'seeds'), '--format', 'brat', '--out', out);
    assert.deepStrictEqual([r.status, r.stderr], [0, `exported 1 seed into ${out}\n`]);
    assert.strictEqual(fs.readFileSync(path.join(out, 'a.txt'), 'utf8'), text);
    const ann = fs.readFileSync(path.join(out, 'a.ann'), 'utf8').trimEnd().split('\n');
    const spans = new Map<string, Span>();
    for (const line of ann) {
      const [id, what, quoted] = line.split('\t');
      if (id.startsWith('T')) {
        const [label, start, end] = what.split(' ');
        spans.set(id, { start: +start, end: +end, label });
        assert.strictEqual(quoted, slice(spans.get(id)!));
      } else spans.get(what.split(' ')[1])!.value = quoted;
    }
    assert.deepStrictEqual([...spans.values()], jsonlSpans());
  });

  it('w3c: an AnnotationPage whose selectors read back to the same spans', () => {
    const r = run('export', seed, '--format', 'w3c');
    assert.strictEqual(r.status, 0, r.stderr);
    const page = JSON.parse(r.stdout) as {
      type: string;
      items: {
        body: { purpose: string; value: string }[];
        target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
      }[];
    };
    assert.strictEqual(page.type, 'AnnotationPage');
    const spans = page.items.map(item => {
      const [quote, position] = item.target.selector;
      const s: Span = { start: position.start!, end: position.end!, label: item.body[0].value };
      assert.deepStrictEqual([quote.type, position.type, quote.exact, item.target.source], ['TextQuoteSelector', 'TextPositionSelector', slice(s), 'a.txt']);
      return item.body[1] ? { ...s, value: item.body[1].value } : s;
    });
    assert.deepStrictEqual(spans, jsonlSpans());
  });

  it('conll: the IOB2 runs read back to the same labels and texts (without offsets: lossy)', () => {
    const out = path.join(ws, 'a.conll');
    const r = run('export', seed, '--format', 'conll', '--out', out);
    assert.deepStrictEqual([r.status, r.stdout], [0, '']);
    const lines = fs.readFileSync(out, 'utf8').split('\n');
    assert.strictEqual(lines[0], '-DOCSTART- -X- -X- O');
    const runs: string[] = [];
    for (const line of lines) {
      const [token, , , tag] = line.split(' ');
      if (tag?.startsWith('B-')) runs.push(`${tag.slice(2)} ${token}`);
      else if (tag?.startsWith('I-')) runs[runs.length - 1] += token;
    }
    const conll: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC', DATE: 'DATE' };
    assert.deepStrictEqual(
      runs,
      jsonlSpans().map(s => `${conll[s.label]} ${slice(s).replace(/\s/g, '')}`),
    );
  });

  it('brat needs a folder; an unknown format is refused', () => {
    assert.deepStrictEqual(
      [run('export', seed, '--format', 'brat').stderr, run('export', seed, '--format', 'xml').stderr],
      [
        'seed-reader: --format brat writes a .txt and an .ann per seed: give --out FOLDER\n',
        'seed-reader: --format "xml" is not known: one of jsonl, brat, w3c, conll\n',
      ],
    );
  });
});
