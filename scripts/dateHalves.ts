/**
 * `node out/scripts/dateHalves.js [--errors=even|odd]`: scores the CLI's `predict` dates on the AQUAINT
 * TimeML news in two halves by document order (even and odd positions), so that errors can be studied on
 * one half while the other shows whether a fix generalises. `--errors=even` lists the misses, false
 * positives and wrong values of the even half only, grouped by kind.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type GoldDoc, readJsonl, sharedAquaintFile } from './lib/evalData';
import { score, type Scored } from './lib/score';

type Pred = Scored & { value?: string; text: string };

const root = path.resolve(__dirname, '../..');

function predict(file: string): Map<string, Pred[]> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-halves-')), 'pred.jsonl');
  execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'predict', '--in', file, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const preds = new Map<string, Pred[]>();
  for (const line of fs.readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
    const p = JSON.parse(line) as { id: string; entities: Pred[] };
    preds.set(
      p.id,
      p.entities.filter(e => e.type === 'DATE'),
    );
  }
  return preds;
}

function report(name: string, docs: GoldDoc[], preds: Map<string, Pred[]>, errors: boolean): void {
  const pairs: Array<[Scored[], Scored[]]> = [];
  let matched = 0;
  let sameValue = 0;
  const lines: string[] = [];
  for (const doc of docs) {
    const gold = doc.entities.filter(e => e.type === 'DATE');
    const pred = preds.get(doc.id) ?? [];
    pairs.push([gold, pred]);
    const byKey = new Map(pred.map(p => [`${p.start}:${p.end}`, p]));
    const goldKeys = new Set(gold.map(g => `${g.start}:${g.end}`));
    const ctx = (s: number, e: number) => JSON.stringify(doc.text.slice(Math.max(0, s - 40), e + 25));
    for (const g of gold) {
      const p = byKey.get(`${g.start}:${g.end}`);
      if (!p) {
        const over = pred.find(q => q.start < g.end && g.start < q.end);
        lines.push(
          `${over ? 'EXTENT' : 'MISS  '} ${JSON.stringify(g.text)} ${g.value}${over ? ` got ${JSON.stringify(over.text)}` : ''}  ${ctx(g.start, g.end)}`,
        );
        continue;
      }
      matched++;
      if (p.value === g.value) sameValue++;
      else lines.push(`VALUE  ${JSON.stringify(g.text)} gold ${g.value} got ${p.value} dct ${doc.dct}  ${ctx(g.start, g.end)}`);
    }
    for (const p of pred) {
      if (goldKeys.has(`${p.start}:${p.end}`) || gold.some(g => p.start < g.end && g.start < p.end)) continue;
      lines.push(`FP     ${JSON.stringify(p.text)} ${p.value}  ${ctx(p.start, p.end)}`);
    }
  }
  const s = score(pairs, ['DATE']).exact.DATE;
  console.log(
    `${name}: ${docs.length} documents, DATE exact P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)} ` +
      `(tp ${s.tp}, fp ${s.fp}, fn ${s.fn}), value accuracy ${((100 * sameValue) / Math.max(1, matched)).toFixed(1)} % (${sameValue}/${matched})`,
  );
  if (errors) for (const line of lines.sort()) console.log('  ' + line);
}

function main(): void {
  const file = sharedAquaintFile('dateHalves');
  if (!file) return;
  const show = /^--errors=(even|odd)$/.exec(process.argv.find(a => a.startsWith('--errors=')) ?? '')?.[1];
  const docs: GoldDoc[] = readJsonl(file);
  const preds = predict(file);
  report('all', docs, preds, false);
  report(
    'even half',
    docs.filter((_, i) => i % 2 === 0),
    preds,
    show === 'even',
  );
  report(
    'odd half',
    docs.filter((_, i) => i % 2 === 1),
    preds,
    show === 'odd',
  );
}

main();
