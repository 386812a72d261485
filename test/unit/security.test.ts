import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot as root } from './helpers/seeds';

// What the README's "Security" section promises, checked on what ships: the bundles, with every
// dependency inside them, and the sources they are built from.
// The webview pages (dist/webview/) run in the reader's VS Code window: held to the same promises.
const BUNDLES = ['dist/extension.js', 'dist/analysisWorker.js', 'dist/cli.js', 'dist/web/extension.js', 'dist/webview/timeline.js', 'dist/webview/actorMap.js'];
/** Node modules through which code could reach the network or run other programs. */
const FORBIDDEN_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'vm'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * A bundle without d3-selection's `selection.html()` and its three helpers (their names as esbuild keeps
 * them): esbuild keeps every method of a d3 selection, since they hang on one prototype, and that one sets
 * innerHTML. The test after the one that uses this checks that no page calls it. Should esbuild rename
 * them, nothing is cut and the test fails: it never lets more through.
 */
function withoutSelectionHtml(text: string): string {
  return text.replace(/^ {2}function (?:htmlRemove|htmlConstant|htmlFunction|selection_html)\(\w*\) \{\n[\s\S]*?^ {2}\}\n/gm, '');
}

describe('security promises', () => {
  it('no eval, no new Function, in the bundles or the sources', () => {
    const files = [...BUNDLES.map(f => path.join(root, f)), ...sources(path.join(root, 'src'))];
    for (const file of BUNDLES) if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run npm run build first`);
    const offences = files.flatMap(file => {
      const text = fs.readFileSync(file, 'utf8');
      return [...text.matchAll(/\bnew\s+Function\s*\(|(?<![\w$.])eval\s*\(/g)].map(m => `${path.relative(root, file)}: ${m[0]}`);
    });
    assert.deepStrictEqual(offences, []);
  });

  it("nothing that reaches the network or starts programs, in the bundles or the extension's sources", () => {
    const offences: string[] = [];
    const files = [...BUNDLES.map(f => path.join(root, f)), ...sources(path.join(root, 'src'))];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:require\(\s*|from\s+|import\(\s*)['"](?:node:)?([\w/]+)['"]/g)) {
        if (FORBIDDEN_MODULES.includes(m[1].split('/')[0])) offences.push(`${path.relative(root, file)} loads ${m[1]}`);
      }
      if (/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/.test(text)) offences.push(`${path.relative(root, file)} uses a web request API`);
    }
    assert.deepStrictEqual(offences, []);
  });

  it('the webview pages never parse text as HTML (no innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const files = [...sources(path.join(root, 'src', 'webview')), ...['dist/webview/timeline.js', 'dist/webview/actorMap.js'].map(f => path.join(root, f))];
    const offences = files.flatMap(file =>
      [...withoutSelectionHtml(fs.readFileSync(file, 'utf8')).matchAll(/\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write(?:ln)?)\b/g)].map(
        m => `${path.relative(root, file)}: ${m[0]}`,
      ),
    );
    assert.deepStrictEqual(offences, []);
  });

  it("the pages' sources never call d3-selection's html(), the one HTML setter their bundles carry", () => {
    const offences = sources(path.join(root, 'src', 'webview')).flatMap(file =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\.html\s*\(/g)].map(m => `${path.relative(root, file)}: ${m[0]}`),
    );
    assert.deepStrictEqual(offences, []);
  });
});
