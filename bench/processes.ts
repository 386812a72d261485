/**
 * Whole processes, start-up included (issue 14): `node dist/cli.js predict` over the bench's documents
 * against a process running compromise + compromise-dates over the same documents (naiveProcess.ts), and
 * `predict` on one document alone (the fixed start-up: Node, the bundle, the model, the first analysis).
 * Wall time and CPU time (user + system, read at exit by peakRssAtExit.js), median of RUNS each; the
 * ratios are the figures, never asserted.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type BenchCorpus, ROOT } from './corpus';
import type { Figure } from './figures';
import { median } from './stats';

const RUNS = 3;

interface Timing {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

export function processes(corpus: BenchCorpus): Figure[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-process-'));
  try {
    const all = path.join(tmp, 'docs.jsonl');
    const one = path.join(tmp, 'one.jsonl');
    const lines = corpus.docs.map(d => JSON.stringify({ id: d.id, text: d.text, ...(d.dct ? { dct: d.dct } : {}) }));
    fs.writeFileSync(all, `${lines.join('\n')}\n`);
    fs.writeFileSync(one, `${lines[0]}\n`);
    const cli = (input: string) => [path.join(ROOT, 'dist/cli.js'), 'predict', '--in', input, '--out', path.join(tmp, 'out.jsonl')];
    const naive = [path.join(__dirname, 'naiveProcess.js'), all, path.join(tmp, 'naive.jsonl')];
    const ours = timeRuns(tmp, cli(all));
    const theirs = timeRuns(tmp, naive);
    const start = timeRuns(tmp, cli(one));
    const name = `${corpus.name}, ${corpus.docs.length} documents`;
    if (typeof ours === 'string' || typeof theirs === 'string' || typeof start === 'string') {
      const why = [ours, theirs, start].find(r => typeof r === 'string') as string;
      return [{ figure: 'process.predict_ratio', label: 'predict vs compromise + compromise-dates, whole processes', value: null, unit: 'x', note: why }];
    }
    return [
      {
        figure: 'process.predict_ratio',
        label: 'predict vs compromise + compromise-dates, whole processes (wall)',
        value: theirs.seconds / ours.seconds,
        unit: 'x',
        target: '>= 3',
        note: `${ours.seconds.toFixed(2)} vs ${theirs.seconds.toFixed(2)} s, ${name}, median of ${RUNS}`,
      },
      {
        figure: 'process.predict_cpu_ratio',
        label: 'the same, CPU time',
        value: theirs.cpuSeconds / ours.cpuSeconds,
        unit: 'x',
        target: '>= 3',
        note: `${ours.cpuSeconds.toFixed(2)} vs ${theirs.cpuSeconds.toFixed(2)} s of CPU; steadier than wall time on a shared machine`,
      },
      {
        figure: 'process.predict_start',
        label: 'predict on one document, whole process (the fixed start-up)',
        value: start.seconds * 1000,
        unit: 'ms',
        note: `${(start.cpuSeconds * 1000).toFixed(0)} ms of CPU: Node, dist/cli.js, the model, one analysis`,
      },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Median wall and CPU time of RUNS fresh `node args…` processes, or why one failed. */
function timeRuns(tmp: string, args: readonly string[]): Timing | string {
  const runs: Timing[] = [];
  const usageFile = path.join(tmp, 'usage.json');
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--require', path.join(__dirname, 'peakRssAtExit.js'), ...args], {
      encoding: 'utf8',
      timeout: 600_000,
      env: { ...process.env, SEED_READER_BENCH_RSS: usageFile },
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.error) return run.error.message;
    if (run.status !== 0) return `exit code ${run.status}: ${run.stderr.trim().split('\n')[0]}`;
    runs.push({ seconds, cpuSeconds: (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as Timing).cpuSeconds });
  }
  return { seconds: median(runs.map(r => r.seconds)), cpuSeconds: median(runs.map(r => r.cpuSeconds)) };
}
