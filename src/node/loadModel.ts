/**
 * Node adapter: reads a tagger model file once and keeps the tagger. The caller knows where it runs and
 * passes the one path: the CLI and the worker (dist/*.js bundles) the models/ folder beside dist/, tests
 * the repository's models/ner-model.json.
 */
import * as fs from 'fs';
import { type NerModelData, NerTagger } from '../core';

const loaded = new Map<string, NerTagger>();

/** The tagger of `modelFile` (models/ner-model.json), read on the first call for that path. */
export function loadTagger(modelFile: string): NerTagger {
  let tagger = loaded.get(modelFile);
  if (!tagger) {
    tagger = NerTagger.fromModel(JSON.parse(fs.readFileSync(modelFile, 'utf8')) as NerModelData);
    loaded.set(modelFile, tagger);
  }
  return tagger;
}
