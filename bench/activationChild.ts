/**
 * The child-process side of the activation figure: load dist/extension.js (the bundle VS Code loads) with
 * a stub `vscode`, and time require() and activate(). A second run checks, with V8's precise coverage,
 * which of the bundle's lazily initialised modules ran during load + activate: compromise must not.
 */
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import { ROOT } from './corpus';
import { anyStub, interceptVscode } from './vscodeStub';

export const EXTENSION_BUNDLE = path.join(ROOT, 'dist/extension.js');

interface Extension {
  activate(context: unknown): unknown;
}

function load(): { extension: Extension; requireMs: number } {
  interceptVscode(anyStub());
  const t0 = performance.now();
  const extension = require(EXTENSION_BUNDLE) as Extension;
  return { extension, requireMs: performance.now() - t0 };
}

function context(): unknown {
  return anyStub({
    subscriptions: [],
    extensionPath: ROOT,
    asAbsolutePath: (p: string) => path.join(ROOT, p),
  });
}

export function activationTiming(): { requireMs: number; activateMs: number } {
  const { extension, requireMs } = load();
  const t0 = performance.now();
  extension.activate(context());
  return { requireMs, activateMs: performance.now() - t0 };
}

export interface ActivationCoverage {
  /** Lazy module initialisers of compromise in the bundle, and those that ran. */
  readonly compromiseInBundle: number;
  readonly compromiseRan: readonly string[];
  /** Other lazily initialised modules (chrono-node, src/core, …) that ran. */
  readonly otherLazyRan: readonly string[];
  /** compromise in require.cache (a bundle inlines it, so this only catches an unbundled build). */
  readonly requireCacheCompromise: readonly string[];
  /** Worker threads started during load + activate (the analysis worker is where compromise loads). */
  readonly workersStarted: number;
}

/** Counts `new Worker(…)` from now on; the bundle reads `Worker` off the module at each use. */
function countWorkers(): () => number {
  const threads = require('worker_threads') as { Worker: new (...args: unknown[]) => object };
  const Original = threads.Worker;
  let started = 0;
  threads.Worker = class extends Original {
    constructor(...args: unknown[]) {
      super(...args);
      started++;
    }
  };
  return () => started;
}

export async function activationCoverage(): Promise<ActivationCoverage> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const workers = countWorkers();
  load().extension.activate(context());
  const workersStarted = workers();
  const taken = (await post('Profiler.takePreciseCoverage')) as {
    result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
  };
  session.disconnect();

  // esbuild wraps each lazily imported module in __esm({ "path/of/module.js"() { … } }): its key is the function name.
  const bundle = taken.result.find(s => s.url.endsWith('/dist/extension.js'));
  const ran = (bundle?.functions ?? []).filter(f => /^(node_modules|src)\//.test(f.functionName) && f.ranges[0]?.count > 0).map(f => f.functionName);
  const source = fs.readFileSync(EXTENSION_BUNDLE, 'utf8');
  return {
    compromiseInBundle: source.match(/^\s*"node_modules\/compromise\/[^"]*"\(\)/gm)?.length ?? 0,
    compromiseRan: ran.filter(n => n.startsWith('node_modules/compromise/')),
    otherLazyRan: ran.filter(n => !n.startsWith('node_modules/compromise/')),
    requireCacheCompromise: Object.keys(require.cache).filter(k => /[\\/]compromise[\\/]/.test(k)),
    workersStarted,
  };
}
