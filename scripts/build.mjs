// Bundles the extension (for Node and for the browser), the analysis worker and the CLI with esbuild. `--watch` rebuilds on change,
// `--production` minifies without source maps (what `npm run package` ships).
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * @vscode/l10n (the pure modules' translations) can also fetch() a bundle from a URL. Seed Reader hands it
 * the bundle's contents at activation (l10n.config({ contents })), so the bundles leave that reader out
 * and what ships makes no web request (README, Security; test/unit/security.test.ts checks the bundles).
 * The browser build takes the library's browser.js (its package.json "browser" field), stripped alike.
 * The build fails if a new version of the library no longer has the reader where this expects it.
 */
const l10nWithoutFetch = {
  name: 'l10n-without-fetch',
  setup(build) {
    build.onLoad({ filter: /[\\/]@vscode[\\/]l10n[\\/]dist[\\/](main|browser)\.js$/ }, async args => {
      const text = await readFile(args.path, 'utf8');
      const start = text.indexOf('async function readFileFromUri(uri) {');
      const end = text.indexOf('\nfunction readFileFromFsPath(', start);
      if (start < 0 || end < 0) throw new Error(`${args.path}: readFileFromUri not found; update l10nWithoutFetch in scripts/build.mjs`);
      const stub = 'async function readFileFromUri() {\n  throw new Error("Seed Reader configures @vscode/l10n with the bundle contents");\n}';
      return { contents: `${text.slice(0, start)}${stub}${text.slice(end)}`, loader: 'js' };
    });
  },
};

const entries = [
  { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The extension starts it with new Worker(path.join(__dirname, 'analysisWorker.js')): it must sit beside extension.js.
  { entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  // `cli.js index` starts its pool with new Worker(path.join(__dirname, 'indexWorker.js')): beside cli.js.
  { entryPoints: ['src/node/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  // The story webviews' pages run in the webview, not in Node: browser bundles, and their stylesheet.
  { entryPoints: ['src/webview/timeline.ts'], outfile: 'dist/webview/timeline.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['src/webview/actorMap.ts'], outfile: 'dist/webview/actorMap.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['src/webview/story.css'], outfile: 'dist/webview/story.css', platform: 'browser' },
  // package.json "browser": the web-worker extension host (vscode.dev, github.dev). No Node built-in may
  // reach it (esbuild fails on one; test/unit/webBundle.test.ts checks the output).
  { entryPoints: ['src/web/main.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', target: 'es2022' },
  // Its analysis Web Worker, started from a blob of this file where the host allows one (src/web/analysisHost.ts):
  // a classic worker script, with no module loader, so an IIFE.
  { entryPoints: ['src/web/analysisWorker.ts'], outfile: 'dist/web/analysisWorker.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

/**
 * In watch mode, one line when a build starts and one when no bundle is still building, with the error
 * count: what `npm run watch` shows and what the problem matcher in .vscode/tasks.json waits for before F5
 * starts the extension. (esbuild's own "[watch]" lines come once per bundle, so a matcher would end at the first.)
 * The first builds are counted from before any starts, so the first "finished" means all three are written.
 */
const building = new Set(watch ? entries.map(e => e.outfile) : []);
let errors = 0;
if (watch) console.log('[watch] build started');
const problemLine = (severity, { text, location: at }) =>
  at ? `[watch] ${at.file}:${at.line}:${at.column + 1}: ${severity}: ${text}` : `[watch] ${severity}: ${text}`;
const watchReport = outfile => ({
  name: 'watch-report',
  setup(build) {
    build.onStart(() => {
      if (building.size === 0) {
        errors = 0;
        console.log('[watch] build started');
      }
      building.add(outfile);
    });
    build.onEnd(result => {
      errors += result.errors.length;
      // esbuild's report above has a code frame but 0-based columns; these lines are 1-based, for the matcher.
      for (const message of result.errors) console.log(problemLine('error', message));
      for (const message of result.warnings) console.log(problemLine('warning', message));
      building.delete(outfile);
      if (building.size === 0) console.log(`[watch] build finished, ${errors} error(s)`);
    });
  },
});

for (const entry of entries) {
  const options = { ...common, ...entry, plugins: [l10nWithoutFetch] };
  if (watch) {
    const ctx = await esbuild.context({ ...options, plugins: [...options.plugins, watchReport(entry.outfile)] });
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
if (!watch) console.log(`built ${entries.map(e => e.outfile).join(', ')}${production ? ' (production)' : ''}`);
