/** Precision/recall/F1 of predicted spans against gold spans, exact and partial (overlap, same type). */

export interface Scored {
  start: number;
  end: number;
  type: string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  exact: Record<string, Prf>;
  partial: Record<string, Prf>;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const key = (s: Scored) => `${s.type}:${s.start}:${s.end}`;

/**
 * Scores documents given as [gold, predicted] pairs, only on `types`. Partial counts a prediction as right
 * when it overlaps a gold span of its type that no earlier prediction claimed.
 */
export function score(docs: Array<[Scored[], Scored[]]>, types: string[]): Score {
  const counts = (): Record<string, [number, number, number]> => Object.fromEntries(types.map(t => [t, [0, 0, 0] as [number, number, number]]));
  const exact = counts();
  const partial = counts();
  for (const [goldAll, predAll] of docs) {
    const gold = goldAll.filter(s => types.includes(s.type));
    const pred = predAll.filter(s => types.includes(s.type));
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) exact[p.type][goldKeys.has(key(p)) ? 0 : 1]++;
    for (const g of gold) if (!predKeys.has(key(g))) exact[g.type][2]++;
    const claimed = new Set<Scored>();
    for (const p of pred) {
      const hit = gold.find(g => !claimed.has(g) && g.type === p.type && g.start < p.end && p.start < g.end);
      if (hit) claimed.add(hit);
      partial[p.type][hit ? 0 : 1]++;
    }
    for (const g of gold) if (!claimed.has(g)) partial[g.type][2]++;
  }
  const finish = (c: Record<string, [number, number, number]>): Record<string, Prf> => {
    const out: Record<string, Prf> = {};
    let [tp, fp, fn] = [0, 0, 0];
    for (const t of types) {
      out[t] = prf(...c[t]);
      tp += c[t][0];
      fp += c[t][1];
      fn += c[t][2];
    }
    out.micro = prf(tp, fp, fn);
    return out;
  };
  return { exact: finish(exact), partial: finish(partial) };
}

/** A fixed-width table of a score, for the terminal. */
export function formatScore(title: string, s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const rows = Object.keys(s.exact).map(
    t =>
      `  ${t.padEnd(7)} exact P ${pct(s.exact[t].precision)} R ${pct(s.exact[t].recall)} F1 ${pct(s.exact[t].f1)}` +
      `   partial P ${pct(s.partial[t].precision)} R ${pct(s.partial[t].recall)} F1 ${pct(s.partial[t].f1)}` +
      `   (tp ${s.exact[t].tp}, fp ${s.exact[t].fp}, fn ${s.exact[t].fn})`,
  );
  return [title, ...rows].join('\n');
}
