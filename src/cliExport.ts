/**
 * `seed-reader export`: the (corrected) annotations of a seed or a folder of seeds, in a format other
 * tools read.
 *
 *   export FILE|DIR --format jsonl|brat|w3c|conll [--out PATH] [--corrections FILE] [--ref YYYY-MM-DD]
 *
 * Offsets are code points (jsonl, brat, w3c). `--out` names a file, or for brat the folder that gets a `.txt`
 * and an `.ann` per seed; without it the export goes to standard output (brat needs a folder).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSeed, correctAnalysis, EXPORT_FORMATS, toBratAnn, toConll, toJsonl, toW3c, type ExportFormat, type ExportSeed } from './core';
import { seedFiles } from './cliIndex';
import { correctionsOf, loadCorrections, type LoadedCorrections } from './node/correctionsFile';
import { loadTagger } from './node/loadModel';
import { readTextFile, UnreadableInput } from './node/readText';

/** A problem with the command line: one line, exit code 2. */
export class ExportUsageError extends Error {}

export const EXPORT_USAGE = ['       seed-reader export FILE|DIR --format jsonl|brat|w3c|conll [--out PATH] [--corrections FILE] [--ref YYYY-MM-DD]'];

/** The CLI runs as dist/cli.js; the model sits in models/ beside dist/. */
const MODEL_FILE = path.join(__dirname, '..', 'models', 'ner-model.json');

export function exportCommand(argv: readonly string[]): number {
  const { target, format, out, corrections, ref } = parseExportArgs(argv);
  const isDir = fs.statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const files = isDir ? seedFiles(target).map(f => ({ name: f, file: path.join(target, f) })) : [{ name: path.basename(target), file: target }];
  const loaded = loadCorrections(corrections, isDir ? target : path.dirname(target));
  if (format === 'brat' && out === undefined) throw new ExportUsageError('--format brat writes a .txt and an .ann per seed: give --out FOLDER');
  const seeds = files.flatMap(f => exportSeed(f.name, f.file, loaded, ref, isDir));
  if (format === 'brat') {
    for (const s of seeds) {
      const base = path.join(out!, s.file.replace(/\.txt$/, ''));
      fs.mkdirSync(path.dirname(base), { recursive: true });
      fs.writeFileSync(`${base}.txt`, s.text);
      fs.writeFileSync(`${base}.ann`, toBratAnn(s));
    }
    console.error(`exported ${seeds.length} seed${seeds.length === 1 ? '' : 's'} into ${out!}`);
    return 0;
  }
  const text = format === 'jsonl' ? toJsonl(seeds) : format === 'w3c' ? toW3c(seeds) : toConll(seeds);
  if (out === undefined) process.stdout.write(text);
  else fs.writeFileSync(out, text);
  return 0;
}

/** One seed, analysed and corrected; in a folder, a seed that cannot be read is skipped with a line on stderr. */
function exportSeed(name: string, file: string, loaded: LoadedCorrections | undefined, ref: string | undefined, inFolder: boolean): ExportSeed[] {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    if (!inFolder || !(e instanceof UnreadableInput)) throw e;
    console.error(`seed-reader: ${e.message} (skipped)`);
    return [];
  }
  const analysis = analyzeSeed(text, { tagger: loadTagger(MODEL_FILE), ref });
  if (analysis.problem) {
    if (!inFolder) throw new UnreadableInput(`${file}: ${analysis.problem}`);
    console.error(`seed-reader: ${file}: ${analysis.problem} (skipped)`);
    return [];
  }
  const { analysis: corrected, outcomes } = correctAnalysis(analysis, correctionsOf(loaded, file), text);
  for (const o of outcomes) if (o.status === 'orphaned') console.error(`seed-reader: ${file}: correction "${o.id}" cannot be placed in the text (orphaned)`);
  return [{ file: name, text, analysis: corrected }];
}

function parseExportArgs(argv: readonly string[]) {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format' || arg === '--out' || arg === '--corrections' || arg === '--ref') {
      if (i + 1 >= argv.length) throw new ExportUsageError(`${arg} needs a value`);
      flags.set(arg, argv[++i]);
    } else if (arg.startsWith('--')) throw new ExportUsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new ExportUsageError('export takes exactly one FILE or DIR');
  const format = flags.get('--format');
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new ExportUsageError(`--format ${format === undefined ? 'is required' : `"${format}" is not known`}: one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const ref = flags.get('--ref');
  if (ref !== undefined && !/^\d{4}-\d\d-\d\d$/.test(ref)) throw new ExportUsageError(`--ref "${ref}" is not a date of the form YYYY-MM-DD`);
  return { target: positional[0], format: format as ExportFormat, out: flags.get('--out'), corrections: flags.get('--corrections'), ref };
}
