import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { projectRoot as root } from './helpers/seeds';

// The browser build (package.json "browser", README "On the web"): the web-worker extension host of
// vscode.dev and github.dev has no Node, so the bundle may load `vscode` and nothing else.
const WEB_BUNDLE = 'dist/web/extension.js';
/** Its analysis Web Worker's script (src/web/analysisWorker.ts), which loads no module at all. */
const WORKER_BUNDLE = 'dist/web/analysisWorker.js';

function webBundle(bundle = WEB_BUNDLE): string {
  const file = path.join(root, bundle);
  if (!fs.existsSync(file)) throw new Error(`${bundle} is missing: run npm run build first`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * Every module name the bundle loads: by require() (esbuild writes every import of a CommonJS bundle so),
 * or by an import statement or import() left in it.
 */
function loaded(text: string): string[] {
  const patterns = [/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g, /^\s*import\b[^;'"`]*?\bfrom\s*(["'`])([^"'`]+)\1/gm, /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g];
  return [...new Set(patterns.flatMap(p => [...text.matchAll(p)].map(m => m[2])))].sort();
}

describe('the browser bundle', () => {
  it('package.json names it as the browser entry, beside the Node one', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; browser: string };
    assert.deepStrictEqual([manifest.main, manifest.browser], ['./dist/extension.js', `./${WEB_BUNDLE}`]);
  });

  it('both builds declare virtual and untrusted workspaces supported: they only read, through VS Code', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { capabilities: unknown };
    assert.deepStrictEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('loads vscode and no other module; its worker loads none', () => {
    assert.deepStrictEqual([loaded(webBundle()), loaded(webBundle(WORKER_BUNDLE))], [['vscode'], []]);
  });

  for (const bundle of [WEB_BUNDLE, WORKER_BUNDLE]) {
    it(`${bundle} loads no Node built-in module (worker_threads, fs, path, …) and uses no Node-only global`, () => {
      const text = webBundle(bundle);
      const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
      const found = loaded(text).filter(name => builtins.has(name));
      // compromise reads `process.env` only after `typeof process` says it exists: that stays.
      const globals = ['__dirname', '__filename', 'Buffer.', 'setImmediate(', 'require.resolve'].filter(name => text.includes(name));
      assert.deepStrictEqual([...found, ...globals], []);
    });
  }

  it('the check above finds the modules a bundle loads', () => {
    const sample = 'import * as p from "node:path";\nconst a = require("worker_threads");\nvoid import("fs");\nconst from = ", tag: ";';
    assert.deepStrictEqual(loaded(sample), ['fs', 'node:path', 'worker_threads']);
  });
});
