/**
 * Scores the committed model (models/ner-model.json) on CoNLL-2003 dev and prints load time and speed.
 * Usage: npm run compile && node out/scripts/evalTagger.js
 */
import * as path from 'path';
import { repoTagger } from './lib/repoModel';
import { readJsonl, sharedEvalDir } from './lib/evalData';
import { evaluate } from './train';

function main(): void {
  const dir = sharedEvalDir();
  if (!dir) {
    console.log('evalTagger: ../shared/eval not found; nothing to score.');
    return;
  }
  const started = process.hrtime.bigint();
  const tagger = repoTagger();
  console.log(`model loaded in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  const dev = readJsonl(path.join(dir, 'conll2003_dev.jsonl'));
  console.log(evaluate(tagger, dev));
  console.log('(second run, warm)');
  console.log(evaluate(tagger, dev).split('\n').pop());
}

main();
