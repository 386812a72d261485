/**
 * The import rules of src/ (npm run depcruise; a unit test runs it too). The core is pure and has one
 * door; incremental reuse lives in one folder the rest of the core never reaches; nothing imports in a cycle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere in src/ (type-only imports count).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs in a worker, a browser and the CLI: no vscode, no Node built-ins.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-vscode',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^vscode$' },
    },
    {
      name: 'incremental-stays-aside',
      severity: 'error',
      comment: 'The analysis knows nothing of caching: only the front door re-exports the incremental folder.',
      from: { path: '^src/core/', pathNot: ['^src/core/incremental/', '^src/core/index\\.ts$'] },
      to: { path: '^src/core/incremental/' },
    },
    {
      name: 'one-door-into-core',
      severity: 'error',
      comment: 'The extension, the worker and the CLI enter the core through src/core/index.ts only.',
      from: { path: '^src/', pathNot: ['^src/core/', '^src/training/', '^src/webview/'] },
      to: { path: '^src/core/', pathNot: '^src/core/index\\.ts$' },
    },
    {
      name: 'webviews-door-into-core',
      severity: 'error',
      comment: 'The webview pages (src/webview/) enter the core through src/core/storyView.ts only: the layout, not the analyser.',
      from: { path: '^src/webview/' },
      to: { path: '^src/core/', pathNot: '^src/core/storyView\\.ts$' },
    },
    {
      name: 'training-not-shipped',
      severity: 'error',
      comment: 'Training code is for scripts/ and tests, never the product.',
      from: { path: '^src/', pathNot: '^src/training/' },
      to: { path: '^src/training/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
