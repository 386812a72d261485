/**
 * Trains the named-entity tagger on CoNLL-2003 eng.train (../shared/eval), scores it on eng.testa (dev)
 * and writes models/ner-model.json. Usage: npm run train [-- --epochs 10 --folds 5 --seed 1 --prune 0.5]
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from '../src/core';
import { NerTagger } from '../src/core/entities/tagger/nerTagger';
import { trainNer } from '../src/training/nerTrainer';
import { readJsonl, sharedEvalDir, type GoldDoc } from './lib/evalData';
import { formatScore, score } from './lib/score';

const TYPES = ['PERSON', 'ORG', 'PLACE'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** CoNLL documents hold one sentence a line. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** Scores a tagger on documents; returns the printable report and tokens/s figures. */
export function evaluate(tagger: NerTagger, docs: GoldDoc[]): string {
  const started = process.hrtime.bigint();
  const predicted = docs.map(d => tagger.tagDocument(d.text, lineSpans(d.text)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pairs = docs.map((d, i): [GoldDoc['entities'], (typeof predicted)[number]] => [d.entities, predicted[i]]);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  return [
    formatScore('PERSON/ORG/PLACE', score(pairs, TYPES)),
    formatScore('with MISC', score(pairs, [...TYPES, 'MISC'])),
    `tagged ${(bytes / 1024).toFixed(0)} KB in ${seconds.toFixed(2)} s (${(bytes / 1024 / seconds).toFixed(0)} KB/s)`,
  ].join('\n');
}

function main(): void {
  const dir = sharedEvalDir();
  if (!dir) {
    console.log('train: ../shared/eval not found; nothing to train on (the committed model stays).');
    return;
  }
  const started = Date.now();
  const train = readJsonl(path.join(dir, 'conll2003_train.jsonl'));
  const dev = readJsonl(path.join(dir, 'conll2003_dev.jsonl'));
  const options = {
    epochs: option('epochs', 10),
    folds: option('folds', 5),
    seed: option('seed', 1),
    minCount: option('min-count', 2),
    prune: option('prune', 0.5),
    log: (m: string) => console.log(`  ${m}`),
  };
  console.log(`training on ${train.length} documents`, JSON.stringify({ ...options, log: undefined }));
  const data = trainNer(
    train.map(d => ({ text: d.text, sentences: lineSpans(d.text), entities: d.entities })),
    options,
  );
  const out = path.resolve(__dirname, '../../models/ner-model.json');
  const json = JSON.stringify(data);
  fs.writeFileSync(out, json);
  console.log(`wrote ${path.relative(process.cwd(), out)}: ${(json.length / 1e6).toFixed(2)} MB, ${data.features.split('\n').length} features`);
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(evaluate(NerTagger.fromModel(data), dev));
}

if (require.main === module) main();
