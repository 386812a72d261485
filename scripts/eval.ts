/**
 * `npm run eval`: scores the CLI's `predict` (the command our evaluation calls) on the shared annotated
 * news, when present, on the project's own gold seeds, and on its hand annotation of the shared real seeds
 * (test/gold/real, dev and held-out test) when ../shared/seeds/real is present. Prints per type and micro
 * P/R/F1, exact and partial, and for the real seeds the surfaces predicted with two types in one seed;
 * `--json` adds one JSON line per figure.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type GoldDoc, readJsonl, sharedEvalDir, sharedRealSeedsDir } from './lib/evalData';
import { REAL_SETS, REAL_TYPES, readRealGold, realGoldDocs, typeConflicts } from './lib/realGold';
import { formatScore, score, type Scored } from './lib/score';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

interface EvalSet {
  name: string;
  file: string;
  types: string[];
  headline: string[];
  /** Count and list the surfaces predicted with two types in one document. */
  conflicts?: boolean;
}

function predict(file: string): Map<string, Array<Scored & { value?: string }>> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-eval-')), 'pred.jsonl');
  execFileSync(process.execPath, [cli, 'predict', '--in', file, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const preds = new Map<string, Array<Scored & { value?: string }>>();
  for (const line of fs.readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
    const p = JSON.parse(line) as { id: string; entities: Array<Scored & { value?: string }> };
    preds.set(p.id, p.entities);
  }
  return preds;
}

function run(set: EvalSet, json: boolean): void {
  const gold: GoldDoc[] = readJsonl(set.file);
  const t0 = Date.now();
  const preds = predict(set.file);
  const seconds = (Date.now() - t0) / 1000;
  const pairs: Array<[Scored[], Scored[]]> = gold.map(d => [d.entities, preds.get(d.id) ?? []]);
  const all = score(pairs, set.types);
  const head = score(pairs, set.headline);
  console.log(formatScore(`\n${set.name}: ${gold.length} documents, predicted in ${seconds.toFixed(1)} s`, all));
  if (set.headline.length !== set.types.length) {
    console.log(`  headline ${set.headline.join('/')} exact micro F1 ${(100 * head.exact.micro.f1).toFixed(1)}`);
  }
  if (set.types.includes('DATE')) {
    let matched = 0;
    let sameValue = 0;
    for (const d of gold) {
      const byKey = new Map((preds.get(d.id) ?? []).map(p => [`${p.start}:${p.end}:${p.type}`, p]));
      for (const g of d.entities.filter(e => e.type === 'DATE')) {
        const p = byKey.get(`${g.start}:${g.end}:DATE`);
        if (!p) continue;
        matched++;
        if (p.value === g.value) sameValue++;
      }
    }
    console.log(`  DATE value accuracy on exact matches: ${sameValue}/${matched} = ${((100 * sameValue) / Math.max(1, matched)).toFixed(1)} %`);
  }
  let conflicts: number | undefined;
  if (set.conflicts) {
    const found = typeConflicts(gold.map(d => ({ id: d.id, text: d.text, spans: preds.get(d.id) ?? [] })));
    conflicts = found.length;
    console.log(`  type conflicts: ${found.length}${found.length ? ' (a surface predicted with two types in one seed)' : ''}`);
    for (const c of found) console.log(`    "${c.surface}" ${c.types.join('/')} in ${c.doc.slice(0, 3)}`);
  }
  if (json) {
    const line = { set: set.name, headline: set.headline, exactF1: head.exact.micro.f1, partialF1: head.partial.micro.f1, perType: all.exact };
    console.log(JSON.stringify(conflicts === undefined ? line : { ...line, typeConflicts: conflicts }));
  }
}

/**
 * The real-seed sets: each gold file's pages read from ../shared/seeds/real and written, with their text,
 * to a temporary JSONL that `predict` reads like any other. A page whose hash no longer matches is named
 * on one line and left out.
 */
function realSeedSets(): EvalSet[] {
  const seedsDir = sharedRealSeedsDir();
  if (!seedsDir) {
    console.log('note: ../shared/seeds/real is not here (a user clone); the real-seed sets are skipped.');
    return [];
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-eval-real-'));
  return REAL_SETS.map(({ name, file }) => {
    const { docs, skipped } = realGoldDocs(readRealGold(path.join(root, 'test/gold/real', file)), seedsDir);
    for (const line of skipped) console.log(`note: ${name}: ${line}`);
    const jsonl = path.join(tmp, file);
    fs.writeFileSync(jsonl, docs.map(d => JSON.stringify(d)).join('\n') + '\n');
    return { name, file: jsonl, types: REAL_TYPES, headline: REAL_TYPES, conflicts: true };
  });
}

function main(): void {
  const json = process.argv.includes('--json');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  const sets: EvalSet[] = [];
  const shared = sharedEvalDir();
  if (shared) {
    sets.push(
      {
        name: 'conll2003_dev',
        file: path.join(shared, 'conll2003_dev.jsonl'),
        types: ['PERSON', 'ORG', 'PLACE', 'MISC'],
        headline: ['PERSON', 'ORG', 'PLACE'],
      },
      { name: 'aquaint_timeml', file: path.join(shared, 'aquaint_timeml.jsonl'), types: ['DATE'], headline: ['DATE'] },
    );
  } else {
    console.log("note: ../shared/eval is not here (a user clone); scoring the project's own gold seeds only.");
  }
  sets.push({
    name: 'seeds (test/gold)',
    file: path.join(root, 'test/gold/seeds.jsonl'),
    types: ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'],
    headline: ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'],
  });
  sets.push(...realSeedSets());
  for (const set of sets) run(set, json);
}

main();
