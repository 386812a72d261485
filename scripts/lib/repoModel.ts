import * as path from 'path';
import { loadTagger } from '../../src/node/loadModel';

/** The repository's committed tagger model, for what runs from tsc's out/ (tests, bench, scripts). */
export const REPO_MODEL_FILE = path.resolve(__dirname, '../../../models/ner-model.json');

/** The tagger of the committed model, loaded once. */
export const repoTagger = () => loadTagger(REPO_MODEL_FILE);
