/**
 * `seed-reader index`: the workspace index of a folder of seeds, built on every core by a pool of worker
 * threads (dist/indexWorker.js), or merged from shards that were indexed apart.
 *
 *   index DIR [--json] [--out FILE] [--shard K/N] [--jobs N] [--max-size MB] [--corrections FILE]
 *   index --merge PART.json… [--json] [--out FILE]
 *
 * Shards: the `.txt` files under DIR, sorted by their path relative to DIR, are numbered from 0; shard K/N
 * (1 ≤ K ≤ N) takes those whose number is K−1 modulo N. Each shard writes its index with `--out` (the
 * stored form, `serializeIndex`), in any batch runner, and `--merge` joins the parts into the index of
 * the whole folder: the same output as indexing it at once. Run every shard on the same DIR, since files
 * are named relative to it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DEFAULT_MAX_SEED_MB,
  describeWorkspace,
  deserializeIndex,
  emptyIndex,
  mergeIndexes,
  serializeIndex,
  updateIndex,
  type WorkspaceIndex,
  type WorkspaceView,
} from './core';
import { printable } from './cliFormat';
import { indexFiles } from './node/indexPool';
import { correctionsOf, loadCorrections } from './node/correctionsFile';
import { readTextFile, UnreadableInput } from './node/readText';

/** A problem with the command line or its input: one line, exit code 2. */
class IndexUsageError extends Error {}

/** The lines `seed-reader --help` adds after its own usage lines. */
export const INDEX_USAGE = [
  '       seed-reader index DIR [--json] [--out FILE] [--shard K/N] [--jobs N] [--max-size MB] [--corrections FILE]',
  '       seed-reader index --merge PART.json... [--json] [--out FILE]',
];

/**
 * Runs `index` with its arguments. It works asynchronously (the worker pool) and sets `process.exitCode`
 * when done: 0, 2 for a bad command line or input (one line on stderr), 1 for an internal error. Returns
 * 0 at once, so cli.ts's synchronous dispatch needs no change.
 */
export function indexCommand(args: readonly string[]): number {
  runIndex(args).then(
    code => (process.exitCode = code),
    (error: unknown) => {
      const known = error instanceof IndexUsageError || error instanceof UnreadableInput;
      console.error(`seed-reader: ${known ? (error as Error).message : `internal error: ${error instanceof Error ? error.message : String(error)}`}`);
      process.exitCode = known ? 2 : 1;
    },
  );
  return 0;
}

interface IndexArgs {
  readonly positional: string[];
  readonly json: boolean;
  readonly merge: boolean;
  readonly out?: string;
  readonly shard?: { readonly k: number; readonly n: number };
  readonly jobs: number;
  /** Files above this many MB are skipped, as `analyze` refuses them. */
  readonly maxSizeMb: number;
  /** `--corrections FILE`; without it, the nearest `.seed-reader/corrections.json` at or above DIR. */
  readonly corrections?: string;
}

async function runIndex(argv: readonly string[]): Promise<number> {
  const args = parseIndexArgs(argv);
  const engine = engineName();
  let index: WorkspaceIndex;
  if (args.merge) {
    if (args.positional.length === 0) throw new IndexUsageError('index --merge takes one or more PART.json files');
    if (args.shard) throw new IndexUsageError('--shard indexes a folder; --merge joins parts: use one or the other');
    const parts = args.positional.map(file => {
      const read = deserializeIndex(readTextFile(file), engine);
      if ('problem' in read) throw new IndexUsageError(`${file}: ${read.problem}`);
      return read.index;
    });
    const merged = mergeIndexes(parts);
    if ('problem' in merged) throw new IndexUsageError(`cannot merge: ${merged.problem}`);
    index = merged.index;
  } else {
    if (args.positional.length !== 1) throw new IndexUsageError('index takes exactly one DIR (or --merge PART.json...)');
    index = await indexFolder(args.positional[0], engine, args);
  }
  if (args.out !== undefined) fs.writeFileSync(args.out, serializeIndex(index));
  if (args.json) console.log(JSON.stringify(toIndexJson(describeWorkspace(index)), null, 2));
  else if (args.out === undefined) console.log(formatWorkspace(describeWorkspace(index)));
  return 0;
}

async function indexFolder(dir: string, engine: string, args: IndexArgs): Promise<WorkspaceIndex> {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new IndexUsageError(`${dir}: no such folder`);
  const all = seedFiles(dir);
  const mine = args.shard ? all.filter((_, i) => i % args.shard!.n === args.shard!.k - 1) : all;
  const corrections = loadCorrections(args.corrections, dir);
  const results = await indexFiles(
    mine.map(f => path.join(dir, f)),
    path.join(__dirname, 'indexWorker.js'),
    args.jobs,
    args.maxSizeMb * 1024 * 1024,
    file => correctionsOf(corrections, file),
  );
  const set = [];
  for (const [i, r] of results.entries()) {
    if ('skipped' in r) console.error(`seed-reader: ${mine[i]}: ${r.skipped} (skipped)`);
    else set.push({ file: mine[i], hash: r.hash, facts: r.facts });
  }
  return updateIndex(emptyIndex(engine), { set });
}

/** The `.txt` files under `dir`, as '/'-separated paths relative to it, sorted; folders starting with '.' are left out. */
export function seedFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter(e => e.isFile() && e.name.endsWith('.txt'))
    .map(e =>
      path
        .relative(dir, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join('/'),
    )
    .filter(f => !f.split('/').some(part => part.startsWith('.')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What made the facts: an index of another version is not merged. The CLI runs as dist/cli.js, package.json beside dist/. */
function engineName(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string };
    return `seed-reader ${pkg.version ?? ''}`.trim();
  } catch {
    return 'seed-reader';
  }
}

function parseIndexArgs(argv: readonly string[]): IndexArgs {
  const positional: string[] = [];
  let json = false;
  let merge = false;
  let out: string | undefined;
  let shard: IndexArgs['shard'];
  let jobs = os.availableParallelism();
  let maxSizeMb = DEFAULT_MAX_SEED_MB;
  let corrections: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new IndexUsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--json') json = true;
    else if (arg === '--merge') merge = true;
    else if (arg === '--out') out = value();
    else if (arg === '--corrections') corrections = value();
    else if (arg === '--shard') {
      const v = value();
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new IndexUsageError(`--shard "${v}" is not K/N with 1 <= K <= N`);
      shard = { k: +m[1], n: +m[2] };
    } else if (arg === '--jobs') {
      const v = value();
      jobs = Number(v);
      if (!Number.isInteger(jobs) || jobs < 1) throw new IndexUsageError(`--jobs "${v}" is not a positive whole number`);
    } else if (arg === '--max-size') {
      const v = value();
      maxSizeMb = Number(v);
      if (!(maxSizeMb > 0)) throw new IndexUsageError(`--max-size "${v}" is not a positive number of MB`);
    } else if (arg.startsWith('--')) throw new IndexUsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, json, merge, out, shard, jobs, maxSizeMb, corrections };
}

/** The JSON shape of `index --json`, exactly as documented in the README. */
export function toIndexJson(view: WorkspaceView) {
  return {
    seeds: view.seeds.map(s => ({
      file: s.file,
      title: s.title,
      reference: { value: s.reference.value ?? null, source: s.reference.source },
      actors: s.actors,
      events: s.events,
    })),
    actors: view.actors.map(a => ({
      id: a.id,
      name: a.name,
      type: a.type,
      aliases: a.aliases,
      seeds: a.seeds.map(s => ({ file: s.file, mentions: s.mentions })),
    })),
    timeline: view.timeline.map(e => ({ file: e.file, date: { text: e.date.text, value: e.date.value }, text: e.text })),
  };
}

/** How many actors and events the readable summary lists before "… and N more". */
const SHOWN = 20;

/** A summary for people to read in a terminal; the seeds' own text in it is `printable`. */
function formatWorkspace(view: WorkspaceView): string {
  const dated = view.timeline.filter(e => e.yearKnown);
  const undated = view.timeline.filter(e => !e.yearKnown);
  const more = (n: number) => (n > SHOWN ? [`  … and ${n - SHOWN} more`] : []);
  const out = [`Seeds: ${view.seeds.length}`, '', `Actors (${view.actors.length}, in the most seeds first)`];
  for (const a of view.actors.slice(0, SHOWN)) {
    const mentions = a.seeds.reduce((n, s) => n + s.mentions, 0);
    const also = a.aliases.length ? ` (also: ${a.aliases.join(', ')})` : '';
    out.push(printable(`  ${a.name} [${a.type}] in ${a.seeds.length} seed${a.seeds.length === 1 ? '' : 's'}, ×${mentions}${also}`));
  }
  out.push(...more(view.actors.length), '', `Timeline (${dated.length} events with a year, in time order)`);
  for (const e of dated.slice(0, SHOWN)) out.push(`  ${e.date.value} ${printable(e.date.text)} — ${printable(e.file)}: ${printable(e.summary)}`);
  out.push(...more(dated.length));
  const seedsWithout = new Set(undated.map(e => e.file)).size;
  out.push('', `Year not stated (${undated.length} events in ${seedsWithout} seed${seedsWithout === 1 ? '' : 's'}: not placed against other seeds)`);
  for (const e of undated.slice(0, SHOWN)) out.push(`  ${e.date.value} ${printable(e.date.text)} — ${printable(e.file)}: ${printable(e.summary)}`);
  out.push(...more(undated.length));
  return out.join('\n');
}
