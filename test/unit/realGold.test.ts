import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sharedRealSeedsDir } from '../../scripts/lib/evalData';
import { isHeldOut, REAL_SETS, readRealGold, realGoldDocs, realGoldProblems, sha256, typeConflicts, type RealGoldPage } from '../../scripts/lib/realGold';
import { projectRoot } from '../helpers/paths';

/** The hand annotation of ../shared/seeds/real (test/gold/real) and the eval's helpers for it. */
const goldDir = path.join(projectRoot, 'test/gold/real');
const sets = REAL_SETS.map(s => ({ name: s.name, pages: readRealGold(path.join(goldDir, s.file)) }));
const hash = sha256('x');

describe('real-seed gold (test/gold/real)', () => {
  it('names what is wrong with a malformed page, one line each', () => {
    const page: RealGoldPage = {
      file: '001_x.txt',
      sha256: 'abc',
      spans: [
        { start: 5, end: 9, type: 'PERSON' },
        { start: 7, end: 12, type: 'ORG' },
        { start: 12, end: 12, type: 'PLACE' },
        { start: 20, end: 25, type: 'LOC', value: 'XXXX-01-02' },
        { start: 26, end: 30, type: 'DATE', value: 'XXXX-01-02' },
      ],
    };
    assert.deepStrictEqual(realGoldProblems(page), [
      '001_x.txt: sha256 is not 64 hex digits',
      '001_x.txt span 1 (7-12): starts before the previous span ends (9)',
      '001_x.txt span 2 (12-12): bad offsets',
      '001_x.txt span 3 (20-25): unknown type LOC',
      '001_x.txt span 3 (20-25): a value on a LOC',
    ]);
  });

  it('is well-formed: sorted, apart, known types, values only on DATE', () => {
    for (const set of sets) assert.deepStrictEqual(set.pages.flatMap(realGoldProblems), [], set.name);
  });

  it('splits by the fixed rule: a page whose number divides by 3 is held out (15 dev, 8 test)', () => {
    const [dev, test] = sets.map(s => s.pages.map(p => p.file));
    assert.deepStrictEqual([dev.length, test.length], [15, 8]);
    assert.deepStrictEqual(
      dev.map(f => isHeldOut(f)),
      dev.map(() => false),
    );
    assert.deepStrictEqual(
      test.map(f => f.slice(0, 3)),
      ['006', '009', '015', '018', '021', '024', '027', '036'],
    );
  });

  it("has each page's hash equal to the shared page's and no surface with two types, when ../shared/seeds/real is here", function () {
    const dir = sharedRealSeedsDir();
    if (!dir) {
      console.log('    note: ../shared/seeds/real is not here (a user clone); hashes not checked');
      this.skip();
    }
    const pages = sets.flatMap(s => s.pages);
    const differ = pages.filter(p => sha256(fs.readFileSync(path.join(dir, p.file), 'utf8')) !== p.sha256).map(p => p.file);
    assert.deepStrictEqual(differ, []);
    const docs = pages.map(p => ({ id: p.file, text: fs.readFileSync(path.join(dir, p.file), 'utf8'), spans: p.spans }));
    assert.deepStrictEqual(typeConflicts(docs), [], 'the gold itself gives no surface two types in one seed');
    assert.deepStrictEqual(
      fs
        .readdirSync(dir)
        .filter(f => f.endsWith('.txt'))
        .sort(),
      pages.map(p => p.file).sort(),
    );
  });

  it('reads the pages for the eval, skipping with one line a page that is missing or has changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-realgold-'));
    try {
      fs.writeFileSync(path.join(dir, '001_a.txt'), 'Putin in Moscow');
      fs.writeFileSync(path.join(dir, '002_b.txt'), 'changed text');
      const pages: RealGoldPage[] = [
        { file: '001_a.txt', sha256: sha256('Putin in Moscow'), spans: [{ start: 9, end: 15, type: 'PLACE' }] },
        { file: '002_b.txt', sha256: hash, spans: [] },
        { file: '003_c.txt', sha256: hash, spans: [] },
      ];
      const { docs, skipped } = realGoldDocs(pages, dir);
      assert.deepStrictEqual(docs, [{ id: '001_a.txt', text: 'Putin in Moscow', entities: [{ start: 9, end: 15, type: 'PLACE', text: 'Moscow' }] }]);
      assert.deepStrictEqual(skipped, [
        "002_b.txt: the text's SHA-256 differs from the gold's (the page changed); page skipped",
        `003_c.txt: not in ${dir}; page skipped`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the surfaces given two or more types within one seed, and only within one', () => {
    const a = 'Kremlin said. The Kremlin wall. Russia and Russia. US, US.';
    const b = 'Kremlin said.';
    const conflicts = typeConflicts([
      {
        id: 'a',
        text: a,
        spans: [
          { start: 0, end: 7, type: 'ORG' },
          { start: 18, end: 25, type: 'PLACE' },
          { start: 32, end: 38, type: 'PLACE' },
          { start: 43, end: 49, type: 'PLACE' },
          { start: 51, end: 53, type: 'PLACE' },
          { start: 55, end: 57, type: 'ORG' },
          { start: 55, end: 57, type: 'MISC' },
        ],
      },
      { id: 'b', text: b, spans: [{ start: 0, end: 7, type: 'PERSON' }] },
    ]);
    assert.deepStrictEqual(conflicts, [
      { doc: 'a', surface: 'Kremlin', types: ['ORG', 'PLACE'] },
      { doc: 'a', surface: 'US', types: ['PLACE', 'ORG', 'MISC'] },
    ]);
  });
});
