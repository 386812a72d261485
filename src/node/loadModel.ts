/**
 * Node adapter: reads the committed tagger model once and keeps the tagger. This file runs both as
 * out/src/node/loadModel.js (tsc) and inside dist/cli.js (esbuild), so the model is looked for in the
 * models/ folder one, two or three levels up.
 */
import * as fs from 'fs';
import * as path from 'path';
import { NerTagger } from '../core/entities/tagger/nerTagger';
import type { NerModelData } from '../core/entities/tagger/modelData';

const MODEL_FILE = 'ner-model.json';
let cached: NerTagger | undefined;

/** The tagger of models/ner-model.json, loaded on first call; throws naming the paths tried if it is missing. */
export function bundledTagger(): NerTagger {
  return (cached ??= NerTagger.fromModel(JSON.parse(fs.readFileSync(modelPath(), 'utf8')) as NerModelData));
}

function modelPath(): string {
  const candidates = ['../models', '../../models', '../../../models'].map(dir => path.resolve(__dirname, dir, MODEL_FILE));
  const found = candidates.find(file => fs.existsSync(file));
  if (!found) throw new Error(`NER model not found; looked in ${candidates.join(', ')}`);
  return found;
}
