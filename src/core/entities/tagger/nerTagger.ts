import type { EntitySpan, Span } from '../../model';
import { contextOf, sentenceView, type SentenceView } from './documentContext';
import { documentVotes, voteFeatures } from './documentFeatures';
import { entitySpans } from './entitySpans';
import { indexFeatures } from './featureIndex';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { emissionScores, type LinearModel } from './linearModel';
import { checkModel, decodeWeights, type NerModelData } from './modelData';
import { casingCode, casingFromCode, sentenceFeatures } from './tokenFeatures';
import { NEVER, runToEnd, type Pause, type Stepwise } from '../../stepwise';

const NO_CHECKPOINT = (): void => undefined;

/**
 * How many sentences are scored between two checkpoints: a few milliseconds of work, so that the browser
 * build's time slices (src/web/slicedEngine.ts) stop close to their budget; a checkpoint costs next to nothing.
 */
const CHECKPOINT_SENTENCES = 8;

/**
 * The learned named-entity tagger: an averaged-perceptron BILOU tagger run twice over a document. The
 * first pass reads each sentence on its own; the second also sees what the first pass said about the
 * same words elsewhere in the document.
 */
export class NerTagger {
  private constructor(
    private readonly featureIds: ReadonlyMap<string, number>,
    private readonly pass1: LinearModel,
    private readonly pass2: LinearModel,
    private readonly gazetteer: Gazetteer,
  ) {}

  /** Builds a tagger from model data (models/ner-model.json); throws if the data is not a model of this version. */
  static fromModel(data: NerModelData): NerTagger {
    checkModel(data);
    const names = data.features.split('\n');
    const featureIds = new Map<string, number>();
    names.forEach((name, i) => featureIds.set(name, i));
    return new NerTagger(featureIds, decodeWeights(data.pass1, names.length), decodeWeights(data.pass2, names.length), parseGazetteer(data.gazetteer));
  }

  /** Built directly from trained parts (the trainer evaluates before encoding). */
  static fromParts(featureIds: ReadonlyMap<string, number>, pass1: LinearModel, pass2: LinearModel, gazetteer: Gazetteer): NerTagger {
    return new NerTagger(featureIds, pass1, pass2, gazetteer);
  }

  /**
   * PERSON, ORG, PLACE and MISC spans of `text`, tagging each of `sentences` (spans into `text`, in order).
   * Spans are trimmed of edge punctuation, sorted and non-overlapping. `checkpoint` is called every
   * CHECKPOINT_SENTENCES sentences scored and may throw to stop. `firstIndex` is the first sentence's position in the whole
   * text, when `sentences` are a part of it. What depends only on a sentence's own text and place (its
   * tokens and the scores of its sentence-level features) comes from `score`, `scoreSentence` unless a
   * caller that keeps such work passes its own: an unchanged sentence then costs only the document-level
   * features and the decoding.
   */
  tagDocument(text: string, sentences: readonly Span[], checkpoint?: () => void, firstIndex = 0, score?: SentenceScorer): EntitySpan[] {
    return runToEnd(this.tagDocumentSteps(text, sentences, checkpoint ?? NO_CHECKPOINT, firstIndex, score, NEVER));
  }

  /** `tagDocument` in its cooperative form (see `stepwise.ts`): it may pause between sentences in each of its passes. */
  *tagDocumentSteps(
    text: string,
    sentences: readonly Span[],
    checkpoint: () => void,
    firstIndex: number,
    score: SentenceScorer | undefined,
    pause: Pause,
  ): Stepwise<EntitySpan[]> {
    const local: SentenceScores[] = [];
    for (let i = 0; i < sentences.length; i++) {
      if (i % CHECKPOINT_SENTENCES === 0) checkpoint();
      if (pause()) yield;
      const own = text.slice(sentences[i].start, sentences[i].end);
      local.push(score ? score(own, firstIndex + i) : this.scoreSentence(own, firstIndex + i));
    }
    // The views keep offsets from their sentence's start; `entitySpans` adds each sentence's `offset`.
    const doc = contextOf(local.map((l, i) => ({ ...l.view, index: firstIndex + i, offset: sentences[i].start })));
    const lookup = (f: string) => this.featureIds.get(f) ?? -1;
    // Labels are decoded again only when the document-level facts about a sentence's words changed.
    const casing: Int8Array[] = [];
    for (const sentence of doc.sentences) {
      if (pause()) yield;
      casing.push(Int8Array.from(sentence.tokens, (_, i) => casingCode(doc, sentence, i)));
    }
    const casingIds = (s: number) => Array.from(casing[s], (code, i) => (code < 0 ? -1 : lookup(casingFromCode(doc.sentences[s], i, code))));
    const first: Uint8Array[] = [];
    for (let s = 0; s < local.length; s++) {
      if (pause()) yield;
      const l = local[s];
      const key = casing[s].join();
      if (l.first?.key !== key) l.first = { key, labels: this.decode(this.pass1, l.pass1, casingIds(s)) };
      first.push(l.first.labels);
    }
    if (pause()) yield;
    const votes = documentVotes(doc, first);
    const second: Uint8Array[] = [];
    for (let s = 0; s < local.length; s++) {
      if (pause()) yield;
      const l = local[s];
      const key = `${casing[s].join()}|${first[s].join()}|${votes[s].join()}`;
      if (l.second?.key !== key) {
        const extra = Array.from(first[s], (_, i) => voteFeatures(first[s], votes[s], i).map(lookup));
        l.second = { key, labels: this.decode(this.pass2, l.pass2, casingIds(s), extra) };
      }
      second.push(l.second.labels);
    }
    if (pause()) yield;
    return entitySpans(text, doc, second);
  }

  /** Decodes a sentence from its kept sentence-level scores plus the document-level features of each token. */
  private decode(model: LinearModel, own: Float64Array, casing: readonly number[], extra: readonly (readonly number[])[] = []): Uint8Array {
    const scores = own.slice();
    casing.forEach((id, i) => model.addFeature(scores, i, id));
    extra.forEach((ids, i) => {
      for (const id of ids) model.addFeature(scores, i, id);
    });
    return model.decodeScores(scores);
  }

  /** The work on one sentence text alone, at place `index` in the document (see `sentencePosition`). */
  scoreSentence(sentence: string, index: number): SentenceScores {
    const view = sentenceView(sentence, { start: 0, end: sentence.length }, index);
    const features = indexFeatures(sentenceFeatures(view, this.gazetteer), f => this.featureIds.get(f) ?? -1);
    return {
      view,
      pass1: emissionScores(this.pass1.weights, features.features, features.offsets),
      pass2: emissionScores(this.pass2.weights, features.features, features.offsets),
    };
  }
}

/** A sentence's scores from its text and place: `NerTagger.scoreSentence`, or a version that reuses them. */
export type SentenceScorer = (sentence: string, index: number) => SentenceScores;

/**
 * What the tagger keeps of a sentence text: its view (offsets from the sentence start), per-pass scores,
 * and each pass's last labels with the document-level features they were decoded with (when those are
 * the same again, so are the labels).
 */
export interface SentenceScores {
  readonly view: SentenceView;
  readonly pass1: Float64Array;
  readonly pass2: Float64Array;
  first?: { readonly key: string; readonly labels: Uint8Array };
  second?: { readonly key: string; readonly labels: Uint8Array };
}

/** Parses "phrase\tmask" lines. */
export function parseGazetteer(lines: string): Gazetteer {
  return buildGazetteer(
    lines.split('\n').map((line): [string, number] => {
      const tab = line.lastIndexOf('\t');
      return [line.slice(0, tab), Number(line.slice(tab + 1))];
    }),
  );
}
