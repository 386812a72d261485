import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSeed, contentHash, seedFacts } from '../../src/core';
import { IndexClient } from '../../src/node/indexClient';
import { loadTagger } from '../../src/node/loadModel';
import { workspaceSeedText } from '../fixtures/workspace/generate';
import { projectRoot } from '../helpers/paths';

/** The extension's way to the index worker: the bundled dist/indexWorker.js (`npm run build`). */
const workerFile = path.join(projectRoot, 'dist/indexWorker.js');

describe('IndexClient: facts of texts in the index worker', function () {
  this.timeout(60_000);
  let client: IndexClient;
  before(() => {
    if (!fs.existsSync(workerFile)) throw new Error('dist/indexWorker.js is missing: run npm run build first');
    client = new IndexClient(workerFile);
  });
  after(() => client.dispose());

  it('gives the hash and facts the core gives, in the order asked, under a reference date too', async () => {
    const tagger = loadTagger(path.join(projectRoot, 'models/ner-model.json'));
    const texts = [workspaceSeedText(0), workspaceSeedText(20), workspaceSeedText(23)];
    const replies = await Promise.all([
      ...texts.map(t => client.facts(t)),
      client.facts('Talks next Friday\n\nAnna Varga meets Peter Varga next Friday.\n', '2019-03-04'),
    ]);
    const expected = [
      ...texts.map(t => ({ hash: contentHash(t), facts: seedFacts(analyzeSeed(t, { tagger })) })),
      (t => ({ hash: contentHash(t), facts: seedFacts(analyzeSeed(t, { tagger, ref: '2019-03-04' })) }))(
        'Talks next Friday\n\nAnna Varga meets Peter Varga next Friday.\n',
      ),
    ];
    assert.deepStrictEqual(replies, expected);
    assert.deepStrictEqual(
      replies.map(r => ('facts' in r ? r.facts.events.map(e => e.date.value) : [])),
      [['2019-01-01'], ['2019-07-21'], ['2019-08-24'], ['2019-03-08']],
    );
  });

  it('says why a text is skipped, and works again after stop()', async () => {
    assert.deepStrictEqual(await client.facts(''), { skipped: 'the file is empty' });
    await client.stop();
    const reply = await client.facts(workspaceSeedText(1));
    assert.strictEqual('hash' in reply && reply.hash, contentHash(workspaceSeedText(1)));
  });
});
