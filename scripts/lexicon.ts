// `npm run lexicon`: writes src/core/nlp/lexicon.json, the compromise lexicon the core uses (see
// scripts/lib/lexiconData.ts), from the installed compromise. Run it after upgrading compromise.
import * as fs from 'fs';
import * as path from 'path';
import { lexiconData } from './lib/lexiconData';

export const LEXICON_FILE = path.resolve(__dirname, '../../src/core/nlp/lexicon.json');

const data = lexiconData();
fs.writeFileSync(LEXICON_FILE, `${JSON.stringify(data)}\n`);
console.log(`${path.relative(process.cwd(), LEXICON_FILE)}: ${data.sets.split(',').length} words, ${data.tagSets.length} tag lists, from ${data.source}`);
