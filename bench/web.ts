/**
 * The browser build's analysis (src/web/slicedEngine.ts, what dist/web/extension.js runs when the host
 * cannot start a Web Worker), here in plain Node with the same code: the user's seed analysed warm (the
 * model loaded, a fresh engine so nothing is cached; and an edit, through the engine's cache), and the time
 * each slice holds the host's thread, per update of the user's seed and over a big seed. Figures, not gates.
 */
import * as fs from 'fs';
import { NerTagger, type NerModelData } from '../src/core';
import { SlicedEngine } from '../src/web/slicedEngine';
import * as path from 'path';
import { REPO_MODEL_FILE } from '../scripts/lib/repoModel';
import { sharedRealSeedsDir } from '../scripts/lib/evalData';
import { buildBigSeed } from './bigSeed';
import { benchCorpus, USER_SEED } from './corpus';
import type { Figure } from './figures';
import { median, timed } from './stats';

const WARM_RUNS = 20;
/** Big seeds whose longest slice is measured: a long article's size and a megabyte. */
const BIG_SIZES = [200_000, 1_000_000];

/**
 * CPU time of this thread during each slice, in ms: on a shared machine a slice's wall time also counts
 * the time the thread waited for a core, which the reader's browser, on its own machine, would not. Node
 * 23.9 and later count this thread alone (process.threadCpuUsage); older ones the whole process, whose
 * garbage collector's helper threads can make a slice's CPU time longer than its wall time.
 */
const threadCpu = (process as { threadCpuUsage?: (since?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage;
const cpuUsage = (since?: NodeJS.CpuUsage): NodeJS.CpuUsage => (threadCpu ? threadCpu.call(process, since) : process.cpuUsage(since));
const CPU_OF = threadCpu ? 'this thread' : 'the process (Node < 23.9: its helper threads too)';
const sliceCpu: number[] = [];
let resumed = cpuUsage();
const yieldToHost = () =>
  new Promise<void>(resolve =>
    setTimeout(() => {
      resumed = cpuUsage();
      resolve();
    }, 0),
  );
function sliceEnded(): void {
  const used = cpuUsage(resumed);
  sliceCpu.push((used.user + used.system) / 1000);
}

/** Analyses `text` through `engine` and returns how long that took from the call to delivery, in ms. */
async function delivered(engine: SlicedEngine, version: number, text: string): Promise<number> {
  resumed = cpuUsage();
  const started = performance.now();
  const analysis = await engine.analysisEngine().analyze('seed', version, text);
  if (!analysis) throw new Error('the sliced engine delivered nothing');
  return performance.now() - started;
}

export async function web(): Promise<Figure[]> {
  const text = fs.readFileSync(USER_SEED, 'utf8');
  // The model as the browser build reads it: the file's text, parsed and decoded on the host's thread.
  const json = fs.readFileSync(REPO_MODEL_FILE, 'utf8');
  const model = timed(() => NerTagger.fromModel(JSON.parse(json) as NerModelData));
  const tagger = model.result;
  const load = () => Promise.resolve(tagger);

  // Warm: the model loaded, the core's modules too (a first engine ran), each run a fresh engine: no cache.
  for (let i = 0; i < 3; i++) await delivered(new SlicedEngine(load), 1, text);
  const warm: number[] = [];
  const warmSlices: number[] = [];
  sliceCpu.length = 0;
  for (let i = 0; i < WARM_RUNS; i++) {
    const engine = new SlicedEngine(load, { yieldToHost, onSlice: ms => (warmSlices.push(ms), sliceEnded()) });
    warm.push(await delivered(engine, 1, text));
  }

  // Updates: one engine, successive one-character edits, as typing makes them; every slice of each.
  let slices: number[] = [];
  const engine = new SlicedEngine(load, { yieldToHost, onSlice: ms => (slices.push(ms), sliceEnded()) });
  await delivered(engine, 1, text);
  const perUpdate: number[] = [];
  const updates: number[] = [];
  const at = text.indexOf('\n\n') + 2;
  for (let i = 0; i < WARM_RUNS; i++) {
    slices = [];
    const edited = `${text.slice(0, at)}${'x'.repeat(i + 1)} ${text.slice(at)}`;
    updates.push(await delivered(engine, i + 2, edited));
    perUpdate.push(Math.max(...slices));
  }

  const userCpu = Math.max(...sliceCpu);
  const userCpuMedian = median(sliceCpu);
  // The real seeds (../shared/seeds/real, when present): each once on a fresh engine, the longest slice of all.
  const realDir = sharedRealSeedsDir();
  const realFiles = realDir ? fs.readdirSync(realDir).filter(name => name.endsWith('.txt')) : [];
  const realSlices: number[] = [];
  sliceCpu.length = 0;
  for (const name of realFiles) {
    await delivered(
      new SlicedEngine(load, { yieldToHost, onSlice: ms => (realSlices.push(ms), sliceEnded()) }),
      1,
      fs.readFileSync(path.join(realDir!, name), 'utf8'),
    );
  }
  const realCpu = sliceCpu.slice();

  // Big seeds: how many slices, and the longest, each on a fresh engine (nothing cached).
  const bigRuns: { bytes: number; slices: number[]; cpu: number[]; ms: number }[] = [];
  for (const bytes of BIG_SIZES) {
    const big = buildBigSeed(benchCorpus().docs, bytes);
    const run = { bytes, slices: [] as number[], cpu: [] as number[], ms: 0 };
    sliceCpu.length = 0;
    run.ms = await delivered(new SlicedEngine(load, { yieldToHost, onSlice: ms => (run.slices.push(ms), sliceEnded()) }), 1, big);
    run.cpu = sliceCpu.slice();
    bigRuns.push(run);
  }
  const seed = `seeds/${USER_SEED.split('/').at(-1)} (${(text.length / 1000).toFixed(1)} KB)`;
  return [
    {
      figure: 'web.warm',
      label: 'web build: user seed, warm, median',
      value: median(warm),
      unit: 'ms',
      target: '<= 100',
      note: `${seed}, no cache, call to delivery with the yields; min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)}; ${(warmSlices.length / WARM_RUNS).toFixed(1)} slices each`,
    },
    {
      figure: 'web.edit',
      label: 'web build: user seed, one edit, median',
      value: median(updates),
      unit: 'ms',
      note: 'the engine’s cache redoes only the edited paragraph',
    },
    {
      figure: 'web.sliceMax',
      label: 'host thread per update: longest slice',
      value: Math.max(...perUpdate, ...warmSlices),
      unit: 'ms',
      target: '<= 50',
      note: `over ${WARM_RUNS} warm analyses and ${WARM_RUNS} edits of the user seed; median slice ${median(warmSlices).toFixed(1)} ms, median of the edits' longest ${median(perUpdate).toFixed(1)} ms`,
    },
    {
      figure: 'web.sliceCpuMax',
      label: 'host thread per update: longest slice, CPU',
      value: userCpu,
      unit: 'ms',
      target: '<= 50',
      note: `the same slices in CPU time of ${CPU_OF} (a busy machine adds wall time, not CPU); median ${userCpuMedian.toFixed(1)} ms`,
    },
    ...(realFiles.length === 0
      ? []
      : [
          {
            figure: 'web.realSliceMax',
            label: `host thread, ${realFiles.length} real seeds: longest slice`,
            value: Math.max(...realSlices),
            unit: 'ms',
            target: '<= 50',
            note: `each a first analysis on a fresh engine; ${realSlices.length} slices, median ${median(realSlices).toFixed(1)} ms; longest in CPU time ${Math.max(...realCpu).toFixed(1)} ms`,
          },
        ]),
    ...bigRuns.map(run => ({
      figure: `web.bigSliceMax.${run.bytes / 1000}k`,
      label: `host thread, ${run.bytes / 1000} KB seed: longest slice`,
      value: Math.max(...run.slices),
      unit: 'ms',
      target: '<= 50',
      note: `${run.slices.length} slices, median ${median(run.slices).toFixed(1)} ms, ${run.slices.filter(ms => ms > 50).length} over 50 ms; longest in CPU time ${Math.max(...run.cpu).toFixed(1)} ms; ${Math.round(run.ms)} ms to delivery, first analysis (no cache)`,
    })),
    {
      figure: 'web.modelParse',
      label: 'model parse on the host thread (once)',
      value: model.ms,
      unit: 'ms',
      note: 'JSON.parse and decoding of models/ner-model.json at the first analysis: not sliced',
    },
  ];
}
