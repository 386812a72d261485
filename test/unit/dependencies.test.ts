import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

// The import rules of `.dependency-cruiser.cjs`, run with dependency-cruiser's CLI as `npm run depcruise` runs it.
const root = path.resolve(__dirname, '../../..');
const CONFIG = path.join(root, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Each violation as "rule: from -> to", sorted; `cwd` is the tree cruised (its src/). */
function violations(cwd: string): string[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  if (run.stdout.trim() === '') throw new Error(`depcruise printed nothing: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map(v => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe('import rules (dependency-cruiser)', function () {
  this.timeout(60_000);

  it('src/ keeps them all', () => {
    assert.deepStrictEqual(violations(root), []);
  });

  it('reports a cycle, a Node built-in and the incremental folder in the core, and a deep import from outside', () => {
    assert.deepStrictEqual(violations(path.join(root, 'test/fixtures/depcruise')), [
      'core-is-pure: src/core/two.ts -> path',
      'incremental-stays-aside: src/core/two.ts -> src/core/incremental/memo.ts',
      'no-cycles: src/core/one.ts -> src/core/two.ts',
      'one-door-into-core: src/extension/main.ts -> src/core/two.ts',
    ]);
  });
});
