import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

/** src/core must run in a worker, a browser and the CLI: no vscode, no Node built-ins. */
const coreDir = path.resolve(__dirname, '../../../src/core');
const nodeBuiltins = new Set(builtinModules);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('src/core purity', () => {
  it('imports neither vscode nor Node built-ins, and compromise from one file only', () => {
    const offences: string[] = [];
    const compromiseImporters: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = match[1];
        const bare = spec.replace(/^node:/, '').split('/')[0];
        if (spec === 'vscode' || spec.startsWith('node:') || nodeBuiltins.has(bare)) {
          offences.push(`${path.relative(coreDir, file)} imports ${spec}`);
        }
        if (spec === 'compromise' || spec.startsWith('compromise/')) compromiseImporters.push(path.relative(coreDir, file));
      }
    }
    assert.deepStrictEqual(offences, []);
    assert.ok(new Set(compromiseImporters).size <= 1, `compromise imported from ${compromiseImporters.join(', ')}`);
  });
});
