/**
 * The bench's text: the CoNLL-2003 dev split from ../shared/eval when it is there, else (on a user's
 * clone) the project's seeds, scored against test/gold where a seed has gold.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readJsonl, sharedEvalDir } from '../scripts/lib/evalData';
import type { Scored } from '../scripts/lib/score';

export const ROOT = path.resolve(__dirname, '../..');
export const USER_SEED = path.join(ROOT, 'seeds/000_dc85feadc19d8c41.txt');

export interface BenchDoc {
  readonly id: string;
  readonly text: string;
  /** Reference day, as `predict` takes it. */
  readonly dct?: string;
  /** Gold PERSON/ORG/PLACE/MISC spans, when the document has an annotation. */
  readonly gold?: readonly Scored[];
}

export interface BenchCorpus {
  readonly name: string;
  readonly docs: readonly BenchDoc[];
  /** Printed when the bench falls back to the seeds. */
  readonly note?: string;
}

/** The documents the throughput and the big document are made of. */
export function benchCorpus(): BenchCorpus {
  const shared = sharedEvalDir();
  const dev = shared && path.join(shared, 'conll2003_dev.jsonl');
  if (dev && fs.existsSync(dev)) {
    const docs = readJsonl(dev).map(d => ({ id: d.id, text: d.text, dct: d.dct, gold: d.entities }));
    return { name: 'CoNLL-2003 dev', docs };
  }
  return {
    name: 'project seeds',
    docs: projectSeeds(),
    note: "note: ../shared/eval/conll2003_dev.jsonl is not here (a user clone): the bench uses the project's seeds/ instead, so its figures are not comparable with the README's",
  };
}

function projectSeeds(): BenchDoc[] {
  const goldFile = path.join(ROOT, 'test/gold/seeds.jsonl');
  const gold = new Map(fs.existsSync(goldFile) ? readJsonl(goldFile).map(d => [d.id, d.entities] as const) : []);
  const dir = path.join(ROOT, 'seeds');
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.txt'))
    .sort()
    .map(f => {
      const id = f.replace(/\.txt$/, '');
      return { id, text: fs.readFileSync(path.join(dir, f), 'utf8'), gold: gold.get(id) };
    });
}
