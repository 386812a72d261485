import * as assert from 'assert';
import { analyzeSeed } from '../../src/core/analysis';
import { AnalysisCache } from '../../src/core/incremental/analysisCache';
import { AnalysisCancelled } from '../../src/core/analysisCancelled';
import { TAGGER_BLOCK_CHARS } from '../../src/core/entities/findMentions';
import { LruCache } from '../../src/core/incremental/lruCache';
import { repoTagger } from '../../scripts/lib/repoModel';
import { readSeed } from './helpers/seeds';

const counts = (cache: AnalysisCache) => {
  const s = cache.stats();
  return {
    dates: [s.dates.hits, s.dates.misses],
    blocks: [s.blocks.hits, s.blocks.misses],
    sentences: [s.sentences.hits, s.sentences.misses],
    refined: [s.refined.hits, s.refined.misses],
  };
};

describe('LruCache', () => {
  it('evicts the least recently used entry, counting hits and misses', () => {
    const lru = new LruCache<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    assert.strictEqual(lru.get('a'), 1); // "a" is now the most recent
    lru.set('c', 3); // evicts "b"
    assert.deepStrictEqual([lru.get('b'), lru.get('a'), lru.get('c'), lru.size], [undefined, 1, 3, 2]);
    assert.deepStrictEqual([lru.hits, lru.misses], [3, 1]);
  });

  it('counts a stored value that `accept` turns down as a miss, and replaces it', () => {
    const lru = new LruCache<{ layout: string }>(4);
    lru.set('text', { layout: 'a' });
    assert.strictEqual(
      lru.get('text', v => v.layout === 'b'),
      undefined,
    );
    assert.deepStrictEqual(
      lru.getOrSet(
        'text',
        () => ({ layout: 'b' }),
        v => v.layout === 'b',
      ),
      { layout: 'b' },
    );
    assert.deepStrictEqual([lru.get('text', v => v.layout === 'b'), lru.size, lru.hits, lru.misses], [{ layout: 'b' }, 1, 1, 2]);
  });

  it('refuses a capacity below one', () => {
    assert.throws(() => new LruCache(0), /capacity of at least 1/);
  });

  it('also bounds the characters of its keys, keeping the newest entry whatever its size', () => {
    const lru = new LruCache<number>(100, 10);
    lru.set('aaaa', 1);
    lru.set('bbbb', 2);
    lru.get('aaaa');
    lru.set('cccc', 3); // 12 characters > 11: "bbbb", the least recently used, goes
    assert.deepStrictEqual([lru.get('bbbb'), lru.get('aaaa'), lru.get('cccc'), lru.keyChars], [undefined, 1, 3, 8]);
    lru.set('x'.repeat(50), 4);
    assert.deepStrictEqual([lru.size, lru.keyChars, lru.get('x'.repeat(50))], [1, 50, 4]);
  });
});

describe('incremental analysis with an AnalysisCache', () => {
  const text = readSeed();
  const tagger = repoTagger();
  const fresh = (t: string) => JSON.stringify(analyzeSeed(t, { tagger }));

  it('redoes nothing for the same text, and gives the same analysis as without a cache', () => {
    const cache = new AnalysisCache();
    const first = analyzeSeed(text, { tagger, steps: cache.steps });
    // 10 units with 9 distinct texts; 21 sentences, 20 distinct texts. The tagger keys a sentence by its
    // text and its place (headline, dateline, body), so the title's repeat is a miss for it. The seed is
    // one block, which the second run reuses whole: nothing inside it is looked up.
    assert.deepStrictEqual(counts(cache), { dates: [1, 9], blocks: [0, 1], sentences: [0, 21], refined: [1, 20] });
    const second = analyzeSeed(text, { tagger, steps: cache.steps });
    assert.deepStrictEqual(counts(cache), { dates: [1, 9], blocks: [1, 1], sentences: [0, 21], refined: [1, 20] });
    assert.strictEqual(JSON.stringify(second), JSON.stringify(first));
    assert.strictEqual(JSON.stringify(first), fresh(text));
  });

  it('after a one-character edit redoes one unit and one sentence, and equals a fresh analysis', () => {
    const cache = new AnalysisCache();
    analyzeSeed(text, { tagger, steps: cache.steps });
    const at = text.indexOf('lasted five hours') + 'lasted'.length;
    const edited = `${text.slice(0, at)}s${text.slice(at)}`;
    const before = counts(cache);
    const after = analyzeSeed(edited, { tagger, steps: cache.steps });
    const now = counts(cache);
    assert.deepStrictEqual(
      { dates: now.dates[1] - before.dates[1], sentences: now.sentences[1] - before.sentences[1], refined: now.refined[1] - before.refined[1] },
      { dates: 1, sentences: 1, refined: 1 },
    );
    assert.strictEqual(JSON.stringify(after), fresh(edited));
    // And undoing it is all hits again.
    analyzeSeed(text, { tagger, steps: cache.steps });
    assert.deepStrictEqual(counts(cache).sentences[1], now.sentences[1]);
  });

  it('forgets the least recently used sentences when full, and still gives the same analysis', () => {
    const cache = new AnalysisCache(4);
    const result = analyzeSeed(text, { tagger, steps: cache.steps });
    assert.deepStrictEqual([cache.stats().sentences.size, cache.stats().dates.size], [4, 4]);
    assert.strictEqual(JSON.stringify(result), fresh(text));
  });

  it('tags a long text in blocks of paragraphs, so an edit tags its own block again, and equals a fresh analysis', () => {
    const paragraph = (i: number) => `Jens Stoltenberg met Sergei Ryabkov in Brussels on ${1 + (i % 28)} January, in round ${i} of the talks.`;
    const paragraphs = Array.from({ length: 1000 }, (_, i) => paragraph(i));
    const long = `Talks\n\n${paragraphs.join('\n\n')}\n`;
    const cache = new AnalysisCache();
    analyzeSeed(long, { tagger, steps: cache.steps });
    const blocks = cache.stats().blocks.misses;
    assert.strictEqual(blocks, Math.ceil(long.length / TAGGER_BLOCK_CHARS));
    const at = long.indexOf('round 500 ');
    const edited = `${long.slice(0, at)}x${long.slice(at)}`;
    const before = counts(cache);
    const after = analyzeSeed(edited, { tagger, steps: cache.steps });
    const now = counts(cache);
    assert.deepStrictEqual([now.blocks[1] - before.blocks[1], now.sentences[1] - before.sentences[1]], [1, 1]);
    assert.strictEqual(JSON.stringify(after), fresh(edited));
  });

  it("keys a name's context on the words around it, not its whole sentence", () => {
    // One sentence of 4,000 names: keyed on the sentence, the store would hold 4,000 copies of it.
    const names = ['John Smith', 'Jane Doe', 'Peter Brown', 'Mary Jones', 'Sergei Ryabkov', 'Jens Stoltenberg'];
    const long = `Title line\n\nTalks ${Array.from({ length: 4000 }, (_, i) => `Mr ${names[i % 6]} met officials, then`).join(' ')} left.\n`;
    const cache = new AnalysisCache();
    const a = analyzeSeed(long, { tagger, steps: cache.steps });
    assert.strictEqual(a.mentions.filter(m => m.type === 'PERSON').length, 4000);
    assert.ok(cache.nameContexts.keyChars <= cache.nameContexts.size * 820, `${cache.nameContexts.keyChars} characters for ${cache.nameContexts.size} keys`);
    assert.strictEqual(JSON.stringify(a), fresh(long));
  });

  it('analyses only the units in a window, and says so', () => {
    const start = text.indexOf('A meeting of the Council');
    const partial = analyzeSeed(text, { tagger, window: { start, end: start + 10 } });
    const paragraph = text.slice(start, text.indexOf('\n', start));
    assert.deepStrictEqual(partial.partial, { start, end: start + paragraph.length });
    assert.deepStrictEqual(
      partial.mentions.map(m => [m.type, m.text]),
      [
        ['ORG', 'Council Russia—NATO'],
        ['PLACE', 'Brussels'],
        ['MISC', 'Russian'],
        ['PERSON', 'Sergei Ryabkov'],
      ],
    );
    assert.deepStrictEqual(
      partial.dates.map(d => d.text),
      ['9:00 GMT'],
    );
    assert.strictEqual(analyzeSeed(text, { tagger }).partial, undefined);
  });

  it('stops with AnalysisCancelled when asked to', () => {
    let polls = 0;
    assert.throws(() => analyzeSeed(text, { tagger, isCancelled: () => ++polls > 2 }), AnalysisCancelled);
    assert.strictEqual(polls, 3);
  });
});
