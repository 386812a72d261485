import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// What ships (the esbuild bundles, built by `node scripts/build.mjs`) holds none of the training code nor
// any hook that lets a caller break the product on purpose.
const root = path.resolve(__dirname, '../../..');
const BUNDLES = ['dist/extension.js', 'dist/analysisWorker.js', 'dist/cli.js', 'dist/indexWorker.js', 'dist/web/extension.js'];
/** Functions that exist only in src/training (each is declared there: checked below, so a rename fails). */
const TRAINING_ONLY = ['trainNer', 'trainPerceptron', 'mulberry32', 'gazetteerEntries', 'goldRuns', 'encodeModel'];
/** What the removed test hooks were called. */
const HOOKS = ['crashWorkerForTests', 'workerForTests', 'restartWorkerForTests', "'crash'", 'crash requested'];

function bundle(file: string): string {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: run npm run build first`);
  return fs.readFileSync(full, 'utf8');
}

describe('what the bundles ship', () => {
  it('names functions that the training sources declare', () => {
    const training = fs
      .readdirSync(path.join(root, 'src/training'))
      .map(f => fs.readFileSync(path.join(root, 'src/training', f), 'utf8'))
      .join('\n');
    assert.deepStrictEqual(
      TRAINING_ONLY.filter(name => !new RegExp(`\\bfunction ${name}\\(`).test(training)),
      [],
    );
  });

  it('contain no training code and no test hooks', () => {
    const found = BUNDLES.flatMap(file => {
      const text = bundle(file);
      return [...TRAINING_ONLY.filter(name => new RegExp(`\\b${name}\\b`).test(text)), ...HOOKS.filter(hook => text.includes(hook))].map(
        name => `${file}: ${name}`,
      );
    });
    assert.deepStrictEqual(found, []);
  });
});
