import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lexiconData } from '../../scripts/lib/lexiconData';
import { lexiconTags, lexiconWords } from '../../src/core/nlp/compromise';
import { projectRoot } from '../helpers/paths';

describe('the stored compromise lexicon (src/core/nlp/lexicon.json)', () => {
  it('is what the installed compromise has: run `npm run lexicon` after upgrading compromise', () => {
    const stored = JSON.parse(fs.readFileSync(path.join(projectRoot, 'src/core/nlp/lexicon.json'), 'utf8')) as unknown;
    assert.deepStrictEqual(stored, JSON.parse(JSON.stringify(lexiconData())));
  });

  it('answers as compromise did: tags of a word, none for an unknown one, every word in its order', () => {
    assert.deepStrictEqual(
      ['john', 'paris', 'monday', 'zzqx'].map(w => [...lexiconTags(w)]),
      [['MaleName'], ['City'], ['WeekDay'], []],
    );
    const words = [...lexiconWords()];
    assert.strictEqual(words.length, 24612);
    assert.deepStrictEqual(words, lexiconData().words.split('\n'));
  });
});
