// Bundles the extension, the analysis worker and the CLI with esbuild. `--watch` rebuilds on change,
// `--production` minifies without source maps (what `npm run package` ships).
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

const entries = [
  { entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The extension starts it with new Worker(path.join(__dirname, 'analysisWorker.js')): it must sit beside extension.js.
  { entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
];

for (const entry of entries) {
  const options = { ...common, ...entry };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
if (!watch) console.log(`built ${entries.map(e => e.outfile).join(', ')}${production ? ' (production)' : ''}`);
