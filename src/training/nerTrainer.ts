import type { Span } from '../core/model';
import { ENTITY_TYPES, LABEL_COUNT, LABEL_NAMES, encodeRuns, type TokenRun } from '../core/entities/tagger/bilou';
import { documentContext, type DocumentContext } from '../core/entities/tagger/documentContext';
import { documentFeatures } from '../core/entities/tagger/documentFeatures';
import { indexFeatures, mergeIndexed } from '../core/entities/tagger/featureIndex';
import { buildGazetteer, type Gazetteer } from '../core/entities/tagger/gazetteer';
import type { LinearModel } from '../core/entities/tagger/linearModel';
import { MODEL_FORMAT, encodeWeights, type NerModelData } from '../core/entities/tagger/modelData';
import { trainPerceptron, type TrainingSentence } from './perceptronTrainer';
import { tokenFeatures } from '../core/entities/tagger/tokenFeatures';

/** A training document: its text, the sentence spans to tag and the gold entities. */
export interface AnnotatedDocument {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly entities: readonly { readonly start: number; readonly end: number; readonly type: string }[];
}

export interface NerTrainingOptions {
  readonly epochs: number;
  readonly folds: number;
  readonly seed: number;
  /** Features seen fewer times in training are not used. */
  readonly minCount: number;
  /** Features whose largest absolute weight (either pass) is below this are left out of the model. */
  readonly prune: number;
  readonly log: (message: string) => void;
}

/**
 * Trains both passes. The second pass learns from first-pass labels produced by k-fold jackknifing (each
 * fold tagged by a model that never saw it), and known-name features of a document come from a gazetteer
 * of the other folds, so neither learns to trust inputs that are perfect only on training data.
 */
export function trainNer(docs: readonly AnnotatedDocument[], options: NerTrainingOptions): NerModelData {
  const { folds, log } = options;
  const contexts = docs.map(d => documentContext(d.text, d.sentences));
  const runs = docs.map((d, i) => goldRuns(d, contexts[i]));
  const gold = runs.map((doc, i) => doc.map((r, s) => encodeRuns(contexts[i].sentences[s].tokens.length, r)));
  const foldOf = (d: number) => d % folds;
  const phrases = docs.map((_, d) => gazetteerEntries(contexts[d], runs[d]));
  const foldGazetteers = Array.from({ length: folds }, (_, f) => buildGazetteer(phrases.filter((_, d) => foldOf(d) !== f).flat()));
  const baseOf = (d: number) => contexts[d].sentences.map((_, s) => tokenFeatures(contexts[d], s, foldGazetteers[foldOf(d)]));

  const dictionary = new FeatureDictionary(options.minCount);
  docs.forEach((_, d) => dictionary.count(baseOf(d)));
  const pass1Count = dictionary.freeze();
  log(`${pass1Count} first-pass features`);
  const pass1Data = docs.map((_, d) => sentencesOf(baseOf(d), dictionary, gold[d]));

  const firstPass: Uint8Array[][] = new Array(docs.length);
  for (let f = 0; f < folds; f++) {
    const model = train(pass1Data.filter((_, d) => foldOf(d) !== f).flat(), pass1Count, options, `fold ${f + 1}/${folds}`);
    docs.forEach((_, d) => {
      if (foldOf(d) === f) firstPass[d] = pass1Data[d].map(s => model.decode(s.features, s.offsets));
    });
  }
  const extra = docs.map((_, d) => documentFeatures(contexts[d], firstPass[d]));
  docs.forEach((_, d) => dictionary.count(extra[d]));
  const featureCount = dictionary.freeze();
  log(`${featureCount - pass1Count} second-pass features`);
  const pass2Data = docs.map((_, d) => pass1Data[d].map((s, i) => ({ ...mergeIndexed(s, indexFeatures(extra[d][i], dictionary.lookup)), gold: s.gold })));

  const pass1 = train(pass1Data.flat(), pass1Count, options, 'pass 1');
  const pass2 = train(pass2Data.flat(), featureCount, options, 'pass 2');
  return encodeModel(dictionary.names(), pass1, pass2, buildGazetteer(phrases.flat()), options.prune);
}

function train(data: TrainingSentence[], featureCount: number, options: NerTrainingOptions, name: string): LinearModel {
  const started = Date.now();
  const model = trainPerceptron(data, featureCount, { epochs: options.epochs, seed: options.seed });
  options.log(`${name}: ${data.length} sentences, ${options.epochs} epochs, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return model;
}

function sentencesOf(base: string[][][], dictionary: FeatureDictionary, gold: Uint8Array[]): TrainingSentence[] {
  return base.map((features, s) => ({ ...indexFeatures(features, dictionary.lookup), gold: gold[s] }));
}

/** Gold entities as token runs per sentence (entity edges always fall on token edges in CoNLL). */
function goldRuns(doc: AnnotatedDocument, context: DocumentContext): TokenRun[][] {
  return context.sentences.map(sentence => {
    const out: TokenRun[] = [];
    for (const e of doc.entities) {
      const type = ENTITY_TYPES.indexOf(e.type as (typeof ENTITY_TYPES)[number]);
      const first = sentence.tokens.findIndex(t => t.start >= e.start && t.end <= e.end);
      if (type < 0 || first < 0) continue;
      let last = first;
      while (last + 1 < sentence.tokens.length && sentence.tokens[last + 1].end <= e.end) last++;
      out.push({ first, last, type });
    }
    return out;
  });
}

function gazetteerEntries(context: DocumentContext, runs: TokenRun[][]): [string, number][] {
  return runs.flatMap((sentence, s) => sentence.map((r): [string, number] => [context.sentences[s].lower.slice(r.first, r.last + 1).join(' '), 1 << r.type]));
}

/** Feature strings → ids, keeping only features seen at least `minCount` times. */
class FeatureDictionary {
  private readonly counts = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  constructor(private readonly minCount: number) {}

  count(features: string[][][]): void {
    for (const sentence of features)
      for (const token of sentence) for (const f of token) if (!this.ids.has(f)) this.counts.set(f, (this.counts.get(f) ?? 0) + 1);
  }

  /** Gives ids to the frequent features counted so far; returns how many ids there are. */
  freeze(): number {
    for (const [f, n] of this.counts) if (n >= this.minCount) this.ids.set(f, this.ids.size);
    this.counts.clear();
    return this.ids.size;
  }

  readonly lookup = (f: string): number => this.ids.get(f) ?? -1;
  names = (): string[] => [...this.ids.keys()];
}

function encodeModel(names: string[], pass1: LinearModel, pass2: LinearModel, gazetteer: Gazetteer, prune: number): NerModelData {
  const L = LABEL_COUNT;
  const pass1Rows = pass1.weights.length / L;
  const keep = new Int32Array(names.length).fill(-1);
  const kept: string[] = [];
  names.forEach((name, f) => {
    let max = 0;
    for (let l = 0; l < L; l++) {
      max = Math.max(max, Math.abs(pass2.weights[f * L + l]));
      if (f < pass1Rows) max = Math.max(max, Math.abs(pass1.weights[f * L + l]));
    }
    if (max >= prune) keep[f] = kept.push(name) - 1;
  });
  const pass1Keep = keep.subarray(0, pass1Rows);
  const pass1Encoded = encodeWeights(pass1, pass1Keep, kept.length);
  return {
    format: MODEL_FORMAT,
    labels: LABEL_NAMES,
    features: kept.join('\n'),
    gazetteer: [...gazetteer.phrases].map(([phrase, mask]) => `${phrase}\t${mask}`).join('\n'),
    pass1: pass1Encoded,
    pass2: encodeWeights(pass2, keep, kept.length),
  };
}
