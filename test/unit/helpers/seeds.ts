import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../../src/core';
import { analyzeSeed } from '../../../src/core/analysis';
import { repoTagger } from '../../../scripts/lib/repoModel';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const USER_SEED = path.join(repoRoot, 'seeds/000_dc85feadc19d8c41.txt');

export function readSeed(file = USER_SEED): string {
  return fs.readFileSync(file, 'utf8');
}

/** Analyses a text with the committed model, as the CLI and the extension do. */
export function analyze(text: string, ref?: string): Analysis {
  return analyzeSeed(text, { tagger: repoTagger(), ref });
}

/** An actor as a row: type, name, aliases, roles, number of mentions. */
export function actorRows(a: Analysis): Array<[string, string, string[], string[], number]> {
  return a.actors.map(x => [x.type, x.name, [...x.aliases], [...x.roles], x.mentions.length]);
}
