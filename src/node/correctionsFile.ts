/**
 * The CLI's side of `.seed-reader/corrections.json`: finding the file nearest a seed, reading it (never
 * writing it) and naming seeds as the file does, relative to the folder that holds `.seed-reader/`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { correctionsForSeed, parseCorrections, type Correction } from '../core';
import { readTextFile, UnreadableInput } from './readText';

/** Where the corrections of a workspace live, relative to its folder. */
export const CORRECTIONS_PATH = path.join('.seed-reader', 'corrections.json');

/** A corrections file as read, with the folder its `seed` paths are relative to. */
export interface LoadedCorrections {
  readonly file: string;
  readonly root: string;
  readonly corrections: readonly Correction[];
}

/** The nearest `.seed-reader/corrections.json` in `dir` or a folder above it. */
export function nearestCorrectionsFile(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const file = path.join(at, CORRECTIONS_PATH);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * Reads the corrections: `explicit` when given (`--corrections FILE`), else the nearest file above `from`
 * (a seed's folder). Undefined when there is none. A file that cannot be read, or has any problem (invalid,
 * a newer schema), throws UnreadableInput with one line saying what and where; the file is only read.
 */
export function loadCorrections(explicit: string | undefined, from: string): LoadedCorrections | undefined {
  const file = explicit ?? nearestCorrectionsFile(from);
  if (file === undefined) return undefined;
  const read = parseCorrections(readTextFile(file));
  if (read.problem) throw new UnreadableInput(`${file}: ${read.problem}`);
  const dir = path.dirname(path.resolve(file));
  return { file, root: path.basename(dir) === '.seed-reader' ? path.dirname(dir) : dir, corrections: read.file.corrections };
}

/** The corrections that apply to the seed at `seedFile`: its own (named relative to the root) and the every-seed rules. */
export function correctionsOf(loaded: LoadedCorrections | undefined, seedFile: string): Correction[] {
  if (!loaded) return [];
  return correctionsForSeed(loaded.corrections, path.relative(loaded.root, path.resolve(seedFile)).split(path.sep).join('/'));
}
