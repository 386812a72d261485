import * as assert from 'assert';
import { AnalysisCache, analyzeSeedSteps, contentHash, seedFacts, type Analysis, type MentionTagger } from '../../src/core';
import { SlicedEngine } from '../../src/web/slicedEngine';
import { analyze, readSeed } from './helpers/seeds';
import { repoTagger } from '../../scripts/lib/repoModel';

// The browser build's fallback (src/web/slicedEngine.ts): the analysis on the host's thread, cut into
// slices. Same results as one uncut analysis, newest version only, the editors before the index.
const seed = readSeed();
const load = () => Promise.resolve<MentionTagger>(repoTagger());

describe('the time-sliced engine (the browser build without a Web Worker)', () => {
  it('analyses the user seed in several slices, to the same Analysis as one uncut run', async () => {
    const slices: number[] = [];
    // No budget at all: every slice stops at its first step, and yet the analysis ends.
    const engine = new SlicedEngine(load, { budgetMs: 0, onSlice: ms => slices.push(ms) });
    const analysis = await engine.analysisEngine().analyze('seed', 1, seed);
    assert.deepStrictEqual(analysis, analyze(seed));
    assert.ok(slices.length > 1, `${slices.length} slice(s)`);
    await engine.dispose();
  });

  it('with a fake clock, ends every slice at its first pause point past the budget, to the same Analysis', async () => {
    // The clock moves 1 ms each time it is read: a slice reads it at its start, at each pause point and at its end.
    let clock = 0;
    const slices: number[] = [];
    const engine = new SlicedEngine(load, { budgetMs: 5, now: () => clock++, onSlice: ms => slices.push(ms), yieldToHost: () => Promise.resolve() });
    const analysis = await engine.analysisEngine().analyze('seed', 1, seed);
    assert.deepStrictEqual(analysis, analyze(seed));
    // Past the budget at the 6th pause point (6 - 0 > 5), read again at the slice's end: 7 ms; the last slice ends sooner.
    assert.deepStrictEqual(
      slices.slice(0, -1).filter(ms => ms !== 7),
      [],
    );
    assert.ok(slices.length > 10 && slices[slices.length - 1] <= 7, `${slices.length} slices, the last ${slices[slices.length - 1]} ms`);
    await engine.dispose();
  });

  it('with its default budget, the analysis of a first look covers only the window asked for', async () => {
    const engine = new SlicedEngine(load);
    const analysis = await engine.analysisEngine().analyze('seed', 1, seed, { window: { start: 0, end: 10 } });
    assert.deepStrictEqual(analysis?.partial, { start: 0, end: seed.indexOf('\n') });
    await engine.dispose();
  });

  it('delivers only the newest version of a key; a forgotten key delivers nothing', async () => {
    const engine = new SlicedEngine(load, { budgetMs: 0 });
    const editors = engine.analysisEngine();
    const first = editors.analyze('a', 1, seed);
    const second = editors.analyze('a', 2, `${seed}\n`);
    const older = editors.analyze('a', 1, seed);
    const gone = editors.analyze('b', 1, seed);
    editors.forget('b');
    const [one, two, three, four] = await Promise.all([first, second, older, gone]);
    assert.deepStrictEqual([one, two?.length, three, four], [undefined, seed.length + 1, undefined, undefined]);
    await engine.dispose();
  });

  it("gives the index the seed's hash and facts, and runs the editors' analyses before waiting index texts", async () => {
    const engine = new SlicedEngine(load);
    const index = engine.indexEngine();
    const done: string[] = [];
    const a = index.facts(seed).then(f => (done.push('index 1'), f));
    const b = index.facts(`${seed} `).then(() => done.push('index 2'));
    const c = engine
      .analysisEngine()
      .analyze('seed', 1, seed)
      .then(() => done.push('editor'));
    const [facts] = await Promise.all([a, b, c]);
    assert.deepStrictEqual(facts, { hash: contentHash(seed), facts: seedFacts(analyze(seed)) });
    assert.deepStrictEqual(done, ['index 1', 'editor', 'index 2']);
    await engine.dispose();
  });

  it('says why an empty text is skipped by the index', async () => {
    const engine = new SlicedEngine(load);
    assert.deepStrictEqual(await engine.indexEngine().facts(''), { skipped: analyze('').problem });
    await engine.dispose();
  });

  it('rejects with the reason when the model cannot be read, and reads it again for the next request', async () => {
    let calls = 0;
    const engine = new SlicedEngine(() => (++calls === 1 ? Promise.reject(new Error('models/ner-model.json: not found')) : load()));
    const lines: string[] = [];
    const editors = engine.analysisEngine({ onLog: line => lines.push(line.replace(/\d+ ms/, 'N ms')) });
    await assert.rejects(editors.analyze('seed', 1, seed), /^Error: models\/ner-model.json: not found$/);
    assert.strictEqual((await editors.analyze('seed', 2, seed))?.length, seed.length);
    assert.deepStrictEqual([calls, lines], [2, ["model loaded on the extension host's thread in N ms"]]);
    await engine.dispose();
  });

  it('after dispose, refuses new requests and settles the waiting ones', async () => {
    const engine = new SlicedEngine(load);
    const editors = engine.analysisEngine();
    const running = editors.analyze('a', 1, seed);
    const waiting = editors.analyze('b', 1, seed);
    await engine.dispose();
    assert.deepStrictEqual(await Promise.all([running, waiting]), [undefined, undefined]);
    await assert.rejects(editors.analyze('c', 1, seed), /the analysis engine is disposed/);
  });
});

describe('the cooperative form of the analysis (analyzeSeedSteps)', () => {
  const drive = (shouldYield?: () => boolean): { yields: number; result: Analysis } => {
    const run = analyzeSeedSteps(seed, { tagger: repoTagger(), steps: new AnalysisCache().steps, shouldYield });
    for (let yields = 0; ; yields++) {
      const step = run.next();
      if (step.done) return { yields, result: step.value };
    }
  };

  it('never yields without a shouldYield poll, and returns what analyzeSeed returns', () => {
    assert.deepStrictEqual(drive(), { yields: 0, result: analyze(seed) });
  });

  it('yields once at each pause point when the poll always says so, and returns the same Analysis', () => {
    let polls = 0;
    const { yields, result } = drive(() => (polls++, true));
    assert.deepStrictEqual(result, analyze(seed));
    // Every poll that said yes was one yield: a pause point with nothing else to do between two polls.
    assert.deepStrictEqual([yields, yields > 100], [polls, true]);
  });
});
