import * as fs from 'fs';
import * as path from 'path';
import { type Analysis, analyzeSeed, correctAnalysis, DEFAULT_MAX_SEED_MB } from './core';
import { correctionsOf, loadCorrections } from './node/correctionsFile';
import { loadTagger } from './node/loadModel';
import { UnreadableInput, readTextFile } from './node/readText';
import { formatSummary, toJson } from './cliFormat';
import { INDEX_USAGE, indexCommand } from './cliIndex';
import { EXPORT_USAGE, exportCommand, ExportUsageError } from './cliExport';

/** The largest seed `analyze` reads unless told otherwise, in MB: the extension's `seedReader.maxFileSizeMB` default. */
const MAX_SIZE_MB = DEFAULT_MAX_SEED_MB;
const MB = 1024 * 1024;
/** The CLI runs as dist/cli.js; the model sits in models/ beside dist/. */
const MODEL_FILE = path.join(__dirname, '..', 'models', 'ner-model.json');

const USAGE = [
  'usage: seed-reader analyze FILE [--json] [--ref YYYY-MM-DD] [--max-size MB] [--corrections FILE]',
  '       seed-reader predict --in GOLD.jsonl --out PRED.jsonl',
  ...INDEX_USAGE,
  ...EXPORT_USAGE,
  'analyze, index and export apply the corrections of --corrections FILE, or else of the nearest',
  '.seed-reader/corrections.json above the seed.',
  `analyze reads no seed larger than --max-size (default ${MAX_SIZE_MB} MB): a news seed is a few KB, and`,
  'analysing megabytes takes tens of seconds.',
].join('\n');

/** A problem with the command line or its input: printed on one line, exit code 2. */
class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'analyze') return analyze(rest);
  if (command === 'predict') return predict(rest);
  if (command === 'index') return indexCommand(rest); // asynchronous: sets process.exitCode when done
  if (command === 'export') return exportCommand(rest);
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown command "${command}"; try analyze, predict, index or export`);
}

function analyze(args: string[]): number {
  const { positional, flags } = parseArgs(args, ['--json'], ['--ref', '--max-size', '--corrections']);
  if (positional.length !== 1) throw new UsageError('analyze takes exactly one FILE');
  const ref = flags.get('--ref');
  if (ref !== undefined && !isIsoDay(ref)) throw new UsageError(`--ref "${ref}" is not a date of the form YYYY-MM-DD`);
  const maxSize = flags.has('--max-size') ? Number(flags.get('--max-size')) : MAX_SIZE_MB;
  if (!(maxSize > 0)) throw new UsageError(`--max-size "${flags.get('--max-size')}" is not a positive number of MB`);
  refuseLargerThan(positional[0], maxSize);
  const corrections = loadCorrections(flags.get('--corrections'), path.dirname(positional[0]));
  const text = readTextFile(positional[0]);
  const raw = analyzeSeed(text, { tagger: loadTagger(MODEL_FILE), ref });
  if (raw.problem) throw new UnreadableInput(`${positional[0]}: ${raw.problem}`);
  const { analysis, outcomes } = correctAnalysis(raw, correctionsOf(corrections, positional[0]), text);
  for (const o of outcomes) {
    if (o.status === 'orphaned') console.error(`seed-reader: ${positional[0]}: correction "${o.id}" cannot be placed in the text (orphaned)`);
  }
  console.log(flags.has('--json') ? JSON.stringify(toJson(analysis), null, 2) : formatSummary(analysis));
  return 0;
}

function predict(args: string[]): number {
  const { flags } = parseArgs(args, [], ['--in', '--out']);
  const input = flags.get('--in');
  const output = flags.get('--out');
  if (!input || !output) throw new UsageError('predict needs --in GOLD.jsonl and --out PRED.jsonl');
  const lines = readTextFile(input).split(/\r?\n/);
  const docs = lines.flatMap((line, i) => (line.trim() === '' ? [] : [parseDocLine(line, i + 1, input)]));
  const tagger = loadTagger(MODEL_FILE);
  const out = docs.map(doc => {
    const analysis = analyzeSeed(doc.text, { tagger, ref: doc.dct });
    return JSON.stringify({ id: doc.id, entities: predictedEntities(analysis) });
  });
  fs.writeFileSync(output, out.join('\n') + (out.length ? '\n' : ''));
  console.error(`predicted ${docs.length} documents into ${output}`);
  return 0;
}

/**
 * Refuses, before reading it, a file larger than `maxMb`, saying how to analyse it anyway. A file that
 * cannot be looked at is left to readTextFile, which names the problem.
 */
function refuseLargerThan(file: string, maxMb: number): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return;
  }
  if (size <= maxMb * MB) return;
  throw new UnreadableInput(
    `${file}: the file is ${(size / MB).toFixed(1)} MB, more than the ${maxMb} MB a seed may have; ` +
      `pass --max-size ${Math.ceil(size / MB)} to analyse it anyway`,
  );
}

interface DocLine {
  id: string;
  text: string;
  dct?: string;
}

function parseDocLine(line: string, lineNo: number, file: string): DocLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UnreadableInput(`${file} line ${lineNo}: not valid JSON`);
  }
  const doc = value as Partial<DocLine>;
  if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
    throw new UnreadableInput(`${file} line ${lineNo}: expected an object with a string "text"`);
  }
  // A creation time ("1998-12-05T09:42") is accepted; its day is the reference date.
  const dct = typeof doc.dct === 'string' ? doc.dct.slice(0, 10) : doc.dct;
  if (dct !== undefined && (typeof dct !== 'string' || !isIsoDay(dct) || !/^.{10}(?:T[\d:.]+Z?)?$/.test(doc.dct as string))) {
    throw new UnreadableInput(`${file} line ${lineNo}: "dct" must be a date YYYY-MM-DD or a time YYYY-MM-DDThh:mm`);
  }
  return { id: String(doc.id ?? lineNo), text: doc.text, dct };
}

/** Mention-level spans, names and dates, in text order. */
function predictedEntities(a: Analysis) {
  const names = a.mentions.map(m => ({ start: m.start, end: m.end, type: m.type as string, text: m.text }));
  const dates = a.dates.map(d => ({ start: d.start, end: d.end, type: 'DATE', text: d.text, value: d.value }));
  return [...names, ...dates].sort((x, y) => x.start - y.start || x.end - y.end);
}

function parseArgs(args: string[], switches: string[], options: string[]) {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (switches.includes(arg)) flags.set(arg, '');
    else if (options.includes(arg)) {
      if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, args[++i]);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, flags };
}

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
  return !!m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const known = e instanceof UsageError || e instanceof ExportUsageError || e instanceof UnreadableInput;
  console.error(`seed-reader: ${known ? (e as Error).message : `internal error: ${(e as Error).message ?? e}`}`);
  process.exitCode = known ? 2 : 1;
}
