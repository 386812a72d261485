/**
 * Throughput of the full analysis against the naive pipeline (compromise + compromise-dates), in this
 * process, on the same documents, one document at a time. The two are interleaved document by document
 * (alternating which goes first) so that load from elsewhere on the machine falls on both alike. Also
 * scores both on the corpus's gold, PERSON/ORG/PLACE exact match.
 */
import { analyzeSeed } from '../src/core/analysis';
import type { MentionTagger } from '../src/core';
import { score, type Scored } from '../scripts/lib/score';
import type { BenchCorpus } from './corpus';
import type { Figure } from './figures';
import { naiveAnalyze } from './naive';
import { kilobytes } from './stats';

/** Past this much time in the naive pipeline, both stop and the figures cover the documents done so far. */
const NAIVE_BUDGET_MS = 90_000;
const TYPES = ['PERSON', 'ORG', 'PLACE'];
/** A corpus smaller than this many KB is timed over several passes (at most MAX_PASSES). */
const MIN_KB = 100;
const MAX_PASSES = 50;

export function throughput(corpus: BenchCorpus, tagger: MentionTagger): Figure[] {
  const warm = corpus.docs.slice(0, 3);
  for (const doc of warm) {
    analyzeSeed(doc.text, { tagger, ref: doc.dct });
    naiveAnalyze(doc.text);
  }
  let oursMs = 0;
  let naiveMs = 0;
  let kb = 0;
  let done = 0;
  const oursPairs: Array<[Scored[], Scored[]]> = [];
  const naivePairs: Array<[Scored[], Scored[]]> = [];
  // A small corpus (the seeds of a user's clone) is timed over several passes, so one hiccup does not decide.
  const corpusKb = corpus.docs.reduce((sum, d) => sum + kilobytes(d.text), 0);
  const passes = Math.min(MAX_PASSES, Math.max(1, Math.ceil(MIN_KB / corpusKb)));
  const docs = Array.from({ length: passes }, () => corpus.docs).flat();
  for (const [i, doc] of docs.entries()) {
    if (naiveMs > NAIVE_BUDGET_MS) break;
    const runOurs = () => {
      const t0 = performance.now();
      const a = analyzeSeed(doc.text, { tagger, ref: doc.dct });
      oursMs += performance.now() - t0;
      return a.mentions.map(m => ({ start: m.start, end: m.end, type: m.type as string }));
    };
    const runNaive = () => {
      const t0 = performance.now();
      const r = naiveAnalyze(doc.text);
      naiveMs += performance.now() - t0;
      return [...r.entities];
    };
    let ours: Scored[];
    let naive: Scored[];
    if (i % 2) {
      ours = runOurs();
      naive = runNaive();
    } else {
      naive = runNaive();
      ours = runOurs();
    }
    kb += kilobytes(doc.text);
    done++;
    const gold = [...(doc.gold ?? [])];
    if (doc.gold && i < corpus.docs.length) {
      oursPairs.push([gold, ours]);
      naivePairs.push([gold, naive]);
    }
  }
  const subset =
    done < docs.length
      ? `first ${done} of ${docs.length} documents (naive pipeline over its ${NAIVE_BUDGET_MS / 1000} s budget)`
      : passes > 1
        ? `${corpus.docs.length} document(s) × ${passes} passes`
        : `${done} documents`;
  const scope = `${corpus.name}, ${subset}, ${kb.toFixed(0)} KB`;
  const figures: Figure[] = [
    { figure: 'throughput.ours', label: 'full analysis', value: kb / (oursMs / 1000), unit: 'KB/s', note: scope },
    {
      figure: 'throughput.naive',
      label: 'naive (compromise + compromise-dates)',
      value: kb / (naiveMs / 1000),
      unit: 'KB/s',
      note: 'same documents, same process',
    },
    { figure: 'throughput.ratio', label: 'ours / naive', value: naiveMs / oursMs, unit: 'x', target: '>= 3' },
  ];
  if (oursPairs.length) {
    const f1 = (pairs: Array<[Scored[], Scored[]]>) => 100 * score(pairs, TYPES).exact.micro.f1;
    const goldNote = `PERSON/ORG/PLACE exact micro F1 on ${oursPairs.length} documents with gold`;
    figures.push(
      { figure: 'throughput.f1_ours', label: 'F1, full analysis', value: f1(oursPairs), unit: '%', note: goldNote },
      { figure: 'throughput.f1_naive', label: 'F1, naive', value: f1(naivePairs), unit: '%', note: 'people→PERSON, organizations→ORG, places→PLACE' },
    );
  }
  return figures;
}
