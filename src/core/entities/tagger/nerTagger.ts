import type { EntitySpan, Span } from '../../types';
import { documentContext } from './documentContext';
import { documentFeatures } from './documentFeatures';
import { entitySpans } from './entitySpans';
import { indexFeatures, mergeIndexed } from './featureIndex';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import type { LinearModel } from './linearModel';
import { checkModel, decodeWeights, type NerModelData } from './modelData';
import { tokenFeatures } from './tokenFeatures';

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
    return new NerTagger(
      featureIds,
      decodeWeights(data.pass1, names.length),
      decodeWeights(data.pass2, names.length),
      parseGazetteer(data.gazetteer),
    );
  }

  /** Built directly from trained parts (the trainer evaluates before encoding). */
  static fromParts(featureIds: ReadonlyMap<string, number>, pass1: LinearModel, pass2: LinearModel, gazetteer: Gazetteer): NerTagger {
    return new NerTagger(featureIds, pass1, pass2, gazetteer);
  }

  /**
   * PERSON, ORG, PLACE and MISC spans of `text`, tagging each of `sentences` (spans into `text`, in order).
   * Spans are trimmed of edge punctuation, sorted and non-overlapping.
   */
  tagDocument(text: string, sentences: readonly Span[]): EntitySpan[] {
    const doc = documentContext(text, sentences);
    const lookup = (f: string) => this.featureIds.get(f) ?? -1;
    const base = doc.sentences.map((_, s) => indexFeatures(tokenFeatures(doc, s, this.gazetteer), lookup));
    const first = base.map(b => this.pass1.decode(b.features, b.offsets));
    const extra = documentFeatures(doc, first);
    const second = base.map((b, s) => {
      const { features, offsets } = mergeIndexed(b, indexFeatures(extra[s], lookup));
      return this.pass2.decode(features, offsets);
    });
    return entitySpans(text, doc, second);
  }
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
