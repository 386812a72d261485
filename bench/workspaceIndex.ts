/**
 * The workspace index as a whole CLI process (`node dist/cli.js index DIR --json`, a worker per core):
 * cold time, CPU time and peak memory at 100, 1,000 and 5,000 generated seeds (indexCorpus.ts), each in a
 * fresh process, and how they grow. Linear growth makes 5,000 seeds cost at most 5× what 1,000 do (less,
 * since starting Node and loading the model in each worker is paid once); a quadratic step would make it
 * 25×. The gates are 6×, leaving 20% for noise: past either, the bench exits non-zero. The time gate is on
 * CPU time: on a machine shared with other work the wall time of one run swings by more than 2× (the
 * wall-time ratio is printed beside it), while CPU time counts only the work done.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWorkspace, deserializeIndex, indexedSeeds, seeAlsoResolver } from '../src/core';
import { ROOT } from './corpus';
import type { Figure } from './figures';
import { templateSeeds, writeCorpus } from './indexCorpus';
import { timed } from './stats';

const SIZES = [100, 1000, 5000] as const;
const GATE = 6;
const TIMEOUT_MS = 900_000;

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly mb: number;
  readonly indexed: number;
  /** What the extension redoes after each update: describeWorkspace on the whole index (fastest of 3), ms. */
  readonly describeMs: number;
  /** One headline resolved by a seeAlsoResolver over the whole index (mean over the first seeds' headlines), ms. */
  readonly seeAlsoMs: number;
  /** Building that resolver, ms. */
  readonly resolverMs: number;
  readonly indexKb: number;
}

export function workspaceIndex(): Figure[] {
  const templates = templateSeeds();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-index-'));
  const runs = new Map<number, Run | string>();
  try {
    for (const n of SIZES) runs.set(n, indexOnce(tmp, n, templates.texts));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const figures: Figure[] = [];
  for (const n of SIZES) {
    const run = runs.get(n)!;
    const label = `${n.toLocaleString('en')} seeds`;
    if (typeof run === 'string') {
      figures.push({ figure: `index.cold_${n}`, label: `cold CLI, ${label}`, value: null, unit: 's', note: run });
      continue;
    }
    figures.push(
      {
        figure: `index.cold_${n}`,
        label: `cold CLI, ${label}`,
        value: run.seconds,
        unit: 's',
        ...(n === 1000 ? { target: '<= 15' } : {}),
        note: `${run.mb.toFixed(2)} MB from ${templates.note}; ${run.indexed} indexed, ${os.availableParallelism()} workers`,
      },
      { figure: `index.per_seed_${n}`, label: `per seed, ${label}`, value: (run.seconds * 1000) / n, unit: 'ms', note: 'wall time / seeds' },
      { figure: `index.cpu_${n}`, label: `CPU time, ${label}`, value: run.cpuSeconds, unit: 's', note: 'user + system, every thread of the process' },
      {
        figure: `index.peak_rss_${n}`,
        label: `peak memory, ${label}`,
        value: run.peakRssMb,
        unit: 'MB',
        note: 'max RSS of the CLI process, its worker threads included',
      },
      {
        figure: `index.describe_${n}`,
        label: `actors + timeline from the index, ${label}`,
        value: run.describeMs,
        unit: 'ms',
        note: `describeWorkspace, in this process; the stored index is ${run.indexKb.toFixed(0)} KB`,
      },
      {
        figure: `index.see_also_${n}`,
        label: `one See Also headline resolved, ${label}`,
        value: run.seeAlsoMs,
        unit: 'ms',
        note: `seeAlsoResolver over every title, built once in ${run.resolverMs.toFixed(0)} ms`,
      },
    );
  }
  const ratio = (big: number, small: number, key: keyof Run): number | null => {
    const [a, b] = [runs.get(big), runs.get(small)];
    return typeof a === 'object' && typeof b === 'object' ? a[key] / b[key] : null;
  };
  figures.push(
    {
      figure: 'index.time_1000_100',
      label: 'time, 1,000 / 100 seeds',
      value: ratio(1000, 100, 'seconds'),
      unit: 'x',
      note: 'linear ≤ 10; start-up weighs on 100',
    },
    {
      figure: 'index.time_5000_1000',
      label: 'wall time, 5,000 / 1,000 seeds',
      value: ratio(5000, 1000, 'seconds'),
      unit: 'x',
      note: 'linear ≤ 5; swings with the load',
    },
    {
      figure: 'index.cpu_5000_1000',
      label: 'CPU time, 5,000 / 1,000 seeds',
      value: ratio(5000, 1000, 'cpuSeconds'),
      unit: 'x',
      target: `<= ${GATE}`,
      gate: true,
      note: 'linear ≤ 5, quadratic 25: a gate',
    },
    { figure: 'index.memory_1000_100', label: 'peak memory, 1,000 / 100 seeds', value: ratio(1000, 100, 'peakRssMb'), unit: 'x' },
    {
      figure: 'index.memory_5000_1000',
      label: 'peak memory, 5,000 / 1,000 seeds',
      value: ratio(5000, 1000, 'peakRssMb'),
      unit: 'x',
      target: `<= ${GATE}`,
      gate: true,
      note: 'Node and a model per worker are a fixed base: a gate',
    },
  );
  return figures;
}

/** Indexes `n` generated seeds in a fresh CLI process; the run's figures, or why it failed. */
function indexOnce(tmp: string, n: number, templates: readonly string[]): Run | string {
  const dir = path.join(tmp, `seeds-${n}`);
  const bytes = writeCorpus(dir, n, templates);
  const printed = path.join(tmp, `index-${n}.json`);
  const rssFile = path.join(tmp, `rss-${n}`);
  const out = fs.openSync(printed, 'w');
  const started = performance.now();
  const stored = path.join(tmp, `index-${n}.stored.json`);
  const cli = [path.join(ROOT, 'dist/cli.js'), 'index', dir, '--json', '--out', stored];
  const run = spawnSync(process.execPath, ['--require', path.join(__dirname, 'peakRssAtExit.js'), ...cli], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: { ...process.env, SEED_READER_BENCH_RSS: rssFile },
  });
  const seconds = (performance.now() - started) / 1000;
  fs.closeSync(out);
  if (run.error) return run.error.message;
  if (run.status !== 0) return `exit code ${run.status}: ${run.stderr.trim().split('\n')[0]}`;
  const indexed = (JSON.parse(fs.readFileSync(printed, 'utf8')) as { seeds: unknown[] }).seeds.length;
  fs.rmSync(dir, { recursive: true, force: true });
  const json = fs.readFileSync(stored, 'utf8');
  const read = deserializeIndex(json);
  if ('problem' in read) return `the stored index: ${read.problem}`;
  const index = read.index;
  const describeMs = Math.min(...[0, 1, 2].map(() => timed(() => describeWorkspace(index)).ms));
  const headlines = indexedSeeds(index)
    .slice(0, 20)
    .flatMap(s => s.facts.seeAlso.map(h => [s.file, h] as const));
  const resolver = timed(() => seeAlsoResolver(index));
  const seeAlsoMs = timed(() => headlines.forEach(([file, h]) => resolver.result(h, file))).ms / Math.max(1, headlines.length);
  const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { peakRssMb: number; cpuSeconds: number };
  return { seconds, ...usage, mb: bytes / 1e6, indexed, describeMs, seeAlsoMs, resolverMs: resolver.ms, indexKb: json.length / 1000 };
}
