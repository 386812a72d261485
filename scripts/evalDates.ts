/**
 * Scores findDates on the AQUAINT TimeML news (../shared/eval/aquaint_timeml.jsonl): exact and partial
 * P/R/F1, value accuracy on exact matches, and speed. `--errors` lists misses and false positives.
 */
import * as path from 'path';
import { findDates } from '../src/core/dates/findDates';
import { readJsonl, sharedAquaintFile, type GoldDoc } from './lib/evalData';
import { formatScore, score, type Scored } from './lib/score';

function main(): void {
  const file = sharedAquaintFile('evalDates');
  if (!file) return;
  const showErrors = process.argv.includes('--errors');
  const docs: GoldDoc[] = readJsonl(file);
  const pairs: Array<[Scored[], Scored[]]> = [];
  let exactMatches = 0;
  let valueHits = 0;
  let chars = 0;
  const started = process.hrtime.bigint();
  const predictions = docs.map(doc => findDates(doc.text, { ref: doc.dct?.slice(0, 10) }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  docs.forEach((doc, i) => {
    chars += doc.text.length;
    const pred = predictions[i];
    const gold = doc.entities.filter(e => e.type === 'DATE');
    pairs.push([gold, pred.map(m => ({ start: m.start, end: m.end, type: 'DATE' }))]);
    const byKey = new Map(pred.map(m => [`${m.start}:${m.end}`, m]));
    for (const g of gold) {
      const p = byKey.get(`${g.start}:${g.end}`);
      if (!p) continue;
      exactMatches++;
      if (p.value === g.value) valueHits++;
      else if (showErrors) console.log(`VALUE ${doc.dct} ${JSON.stringify(g.text)} gold ${g.value} got ${p.value} (${p.tense ?? '-'})`);
    }
    if (!showErrors) return;
    const goldKeys = new Set(gold.map(g => `${g.start}:${g.end}`));
    const context = (s: number, e: number) => JSON.stringify(doc.text.slice(Math.max(0, s - 40), e + 25));
    for (const g of gold) if (!byKey.has(`${g.start}:${g.end}`)) console.log(`MISS  ${JSON.stringify(g.text)} ${g.value}  ${context(g.start, g.end)}`);
    for (const p of pred) if (!goldKeys.has(`${p.start}:${p.end}`)) console.log(`FP    ${JSON.stringify(p.text)} ${p.value}  ${context(p.start, p.end)}`);
  });
  console.log(formatScore(`findDates on ${path.basename(file)} (${docs.length} documents)`, score(pairs, ['DATE'])));
  const pct = exactMatches ? ((100 * valueHits) / exactMatches).toFixed(1) : '0.0';
  console.log(`  value accuracy ${pct}% (${valueHits}/${exactMatches} exact-span matches have the gold value)`);
  console.log(`  speed ${(chars / 1024 / seconds).toFixed(0)} KB/s (${(chars / 1024).toFixed(0)} KB in ${seconds.toFixed(2)} s)`);
}

main();
