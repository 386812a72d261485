/**
 * The naive pipeline as a whole process, for the start-up figure (processes.ts): `node out/bench/naiveProcess.js
 * IN.jsonl OUT.jsonl` loads compromise and compromise-dates, runs them over each document and writes one
 * line a document, as `seed-reader predict` does with our analysis.
 */
import * as fs from 'fs';
import { naiveAnalyze } from './naive';

const [input, output] = process.argv.slice(2);
const lines = fs
  .readFileSync(input, 'utf8')
  .split('\n')
  .filter(line => line.trim() !== '')
  .map(line => {
    const doc = JSON.parse(line) as { id: string; text: string };
    return JSON.stringify({ id: doc.id, ...naiveAnalyze(doc.text) });
  });
fs.writeFileSync(output, `${lines.join('\n')}\n`);
