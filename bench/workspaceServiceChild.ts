/**
 * The child-process side of the extension's workspace index figures: the real WorkspaceIndexService (out/src,
 * with `require('vscode')` routed to vscodeWorkspace.ts) over a folder of generated seeds, with the real index
 * worker (dist/indexWorker.js). Three measurements, in this order:
 * - cold: the service indexes every seed in its worker; meanwhile perf_hooks.monitorEventLoopDelay records
 *   how long this thread (the extension host's, in VS Code) was ever kept from its event loop, views and the
 *   write to storage included;
 * - save: one seed's text changed on disk and saved; from the save event to the index changed and the views'
 *   rows built again (the Workspace view's top levels and the all-seeds timeline's first page, as their providers do);
 * - warm: a new service over the stored index, as the next start: read it back, list the files, read and hash
 *   each (only changed texts would go to the worker), then the views' rows.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { monitorEventLoopDelay } from 'perf_hooks';
import type { WorkspaceIndex } from '../src/core';
import type { WorkspaceIndexService } from '../src/extension/services/workspaceIndexService';
import type { SeedSettings } from '../src/extension/services/settings';
import { ROOT } from './corpus';
import { templateSeeds, writeCorpus } from './indexCorpus';
import { median } from './stats';
import { interceptVscode } from './vscodeStub';
import { fakeContext, vscodeWorkspace } from './vscodeWorkspace';

export interface ServiceFigures {
  readonly seeds: number;
  readonly mb: number;
  readonly note: string;
  readonly coldMs: number;
  /** The longest the thread was kept from its event loop while the worker indexed, ms (and the 99th percentile). */
  readonly stallMaxMs: number;
  readonly stallP99Ms: number;
  /** The longest the views' rows took in one change listener (cold run and saves), ms: part of the stall. */
  readonly viewsMaxMs: number;
  /** Save → index changed → views' rows, ms: each of the saves, and their median. */
  readonly saveMs: readonly number[];
  readonly saveMedianMs: number;
  /** Start → index current (stored index read back and reconciled with the files), ms; of which reading it back. */
  readonly warmMs: number;
  readonly warmLoadMs: number;
  /** The views' rows from the warm index, ms. */
  readonly warmViewsMs: number;
  readonly warmAnalysed: number;
  readonly storedKb: number;
}

const SAVES = 7;

/**
 * What the Workspace view and the Events view (all seeds) build when the index changes, as their providers
 * do: the Workspace view's groups and their first page of actors, the timeline's first page. The service
 * has made the linked actors and the timeline (in slices) before it fired, so the views find them made.
 */
function buildViews(index: WorkspaceIndex): number {
  // Loaded after interceptVscode: workspaceRows reads @vscode/l10n, workspaceLookup the core.
  const { timelineOf, workspaceLookup } = require('../src/extension/workspaceLookup') as typeof import('../src/extension/workspaceLookup');
  const rows = require('../src/extension/features/workspace/workspaceRows') as typeof import('../src/extension/features/workspace/workspaceRows');
  const lookup = workspaceLookup(index);
  let n = 0;
  for (const root of rows.workspaceRoots(lookup)) {
    rows.workspaceRow(root);
    for (const child of rows.workspaceChildren(lookup, root)) {
      rows.workspaceRow(child);
      n++;
    }
  }
  for (const entry of rows.page(timelineOf(index), 0).rows) {
    rows.timelineRow(entry);
    n++;
  }
  return n;
}

function settings(): SeedSettings {
  return {
    referenceDate: undefined,
    filePatternGlobs: [],
    maxFileSizeMB: 5,
    onDidChange: () => ({ dispose: () => undefined }),
  } as unknown as SeedSettings;
}

async function until(what: string, probe: () => boolean, ms = 600_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}

export async function serviceFigures(count: number): Promise<ServiceFigures> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-service-'));
  const folder = path.join(tmp, 'seeds');
  const storage = path.join(tmp, 'storage');
  const templates = templateSeeds();
  const bytes = writeCorpus(folder, count, templates.texts);
  const { api, save } = vscodeWorkspace(folder);
  interceptVscode(api);
  // The views' modules, loaded before anything is measured, as the extension loads them at activation.
  require('../src/extension/features/workspace/workspaceRows');
  const { WorkspaceIndexService: Service } =
    require('../src/extension/services/workspaceIndexService') as typeof import('../src/extension/services/workspaceIndexService');
  const workerFile = path.join(ROOT, 'dist/indexWorker.js');
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const output = { appendLine: (line: string) => (process.env.SEED_READER_BENCH_VERBOSE ? console.error(line) : undefined) };
  const { IndexClient } = require('../src/node/indexClient') as typeof import('../src/node/indexClient');
  // What the Node entry (src/extension/main.ts) gives the service: the index in a worker thread.
  const environment = {
    description: 'bench',
    analysisEngine: () => {
      throw new Error('the workspace bench uses no analysis engine');
    },
    indexEngine: (logs: ConstructorParameters<typeof IndexClient>[1]) => new IndexClient(workerFile, logs),
  };
  // No corrections: the bench measures the index alone.
  const corrections = { forSeed: () => [], onDidChange: () => ({ dispose() {} }) };
  const make = () => new Service(fakeContext(storage, version) as never, settings(), output as never, environment, corrections as never);
  let service: WorkspaceIndexService | undefined;
  try {
    // Cold, with the event loop watched.
    service = make();
    let changes = 0;
    let viewsDone = 0;
    let viewsMaxMs = 0;
    service.onDidChange(index => {
      const t0 = performance.now();
      buildViews(index);
      viewsDone = performance.now();
      viewsMaxMs = Math.max(viewsMaxMs, viewsDone - t0);
      changes++;
    });
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const coldStart = performance.now();
    service.start();
    const cold = service;
    await until('the cold run', () => cold.lastRunStats !== undefined);
    await service.whenIdle();
    const coldMs = performance.now() - coldStart;
    // Writing the index to storage (serializeIndex, on this thread) is part of what indexing costs the host.
    await service.flush();
    delay.disable();
    if (service.current.files.length !== count) throw new Error(`the cold run indexed ${service.current.files.length} of ${count} seeds`);

    // Saves: the worker is warm (it stays a while after a run).
    const saveMs: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const file = path.join(folder, fs.readdirSync(folder).sort()[(i * 97) % count]);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('. ', `. Edit ${i}: Ingrid Halvorsen arrived in Oslo on 3 March. `));
      const before = changes;
      const t0 = performance.now();
      save(file);
      await until('the saved seed in the index', () => changes > before, 60_000);
      saveMs.push(viewsDone - t0);
    }
    await service.flush();
    service.dispose();
    service = undefined;

    // Warm: a new start over the stored index.
    const storedKb = fs.statSync(path.join(storage, 'workspace-index.json')).size / 1000;
    const warmStart = performance.now();
    service = make();
    service.start();
    const warm = service;
    await until('the warm run', () => warm.lastRunStats !== undefined);
    await service.whenIdle();
    const reconciled = performance.now();
    buildViews(service.current);
    const warmEnd = performance.now();
    const stats = service.lastRunStats!;
    return {
      seeds: count,
      mb: bytes / 1e6,
      note: templates.note,
      coldMs,
      stallMaxMs: delay.max / 1e6,
      stallP99Ms: delay.percentile(99) / 1e6,
      viewsMaxMs,
      saveMs,
      saveMedianMs: median(saveMs),
      warmMs: warmEnd - warmStart,
      warmLoadMs: stats.loadMs,
      warmViewsMs: warmEnd - reconciled,
      warmAnalysed: stats.analysed,
      storedKb,
    };
  } finally {
    service?.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
