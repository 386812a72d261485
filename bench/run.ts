/**
 * `npm run bench`: the performance figures of issue 5, in plain Node (no VS Code). Prints the machine, a
 * table with each figure beside its target, then one JSON line per figure. Targets are shown, not
 * asserted, except the gates (the workspace index's growth): the exit code is 1 when a gate fails, else 0
 * whatever the times. `--only=throughput,latency,big,activation,index,workspace,process,corrections,story,web` runs a part.
 */
import * as os from 'os';
import { repoTagger } from '../scripts/lib/repoModel';
import { activation } from './activation';
import { bigDocument } from './bigDocument';
import { corrections } from './corrections';
import { benchCorpus } from './corpus';
import { failedGates, type Figure, formatTable, jsonLine } from './figures';
import { latency } from './latency';
import { processes } from './processes';
import { story } from './story';
import { throughput } from './throughput';
import { web } from './web';
import { workspaceIndex } from './workspaceIndex';
import { workspaceService } from './workspaceService';

const PARTS: Record<string, () => Figure[] | Promise<Figure[]>> = {
  throughput: () => throughput(benchCorpus(), repoTagger()),
  latency: () => latency(repoTagger()),
  big: bigDocument,
  activation,
  index: workspaceIndex,
  workspace: workspaceService,
  process: () => processes(benchCorpus()),
  corrections,
  story,
  web,
};

async function main(): Promise<void> {
  const only = process.argv
    .find(a => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter(p => !(p in PARTS)) ?? [];
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus.length} CPUs (nproc ${os.availableParallelism()}), ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join(' ')}`,
  );
  const corpus = benchCorpus();
  if (corpus.note) console.log(corpus.note);
  const started = performance.now();
  const figures: Figure[] = [];
  for (const [name, part] of Object.entries(PARTS)) {
    if (only && !only.includes(name)) continue;
    const t0 = performance.now();
    process.stderr.write(`bench: ${name}… `);
    figures.push(...(await part()));
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  console.log(`\n${formatTable(figures)}\n`);
  console.log(
    `(${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')}; KB = 1000 bytes of UTF-8)\n`,
  );
  for (const f of figures) console.log(jsonLine(f));
  const failed = failedGates(figures);
  if (failed.length) {
    console.error(
      `bench: gate failed: ${failed.map(f => `${f.label} = ${f.value === null ? 'n/a' : f.value.toFixed(2)} ${f.unit}, target ${f.target}`).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
