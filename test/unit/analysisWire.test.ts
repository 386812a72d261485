import * as assert from 'assert';
import type { Analysis } from '../../src/core';
import { decodeAnalysis, encodeAnalysis } from '../../src/node/analysisWire';
import { analyze, readSeed } from './helpers/seeds';

const seed = readSeed();

describe('the analysis wire form', () => {
  it("round-trips the seed's Analysis exactly and leaves out text fields the source repeats", () => {
    const analysis: Analysis = analyze(seed);
    const wire = encodeAnalysis(analysis, seed);
    assert.deepStrictEqual(decodeAnalysis(wire, seed), analysis);
    assert.ok(!wire.includes('"text":"Stoltenberg"'));
    assert.ok(wire.length < JSON.stringify(analysis).length * 0.8, `${wire.length} vs ${JSON.stringify(analysis).length}`);
  });
});
