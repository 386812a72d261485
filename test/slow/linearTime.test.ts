/**
 * Steps that must stay linear in the length of a text, on the inputs that once made them quadratic: a
 * long text with no line break (the whole of it is one title line, one sentence to the splitters).
 * Each test times the fastest of a few runs on n and on 4n characters: a linear step takes about 4×
 * as long, a quadratic one about 16×, so 8× is the bound, with room for noise on a busy machine.
 */
import * as assert from 'assert';
import { analyzeSeed } from '../../src/core/analysis';
import { findDates } from '../../src/core/dates/findDates';
import { repoTagger } from '../../scripts/lib/repoModel';
import { LONG_LINE_BLOCK } from '../fixtures/hostile/generate';
import { describeGrowth, growth } from '../helpers/growth';

const FACTOR = 4;
const BOUND = 8;

describe('linear time on one long line', function () {
  this.timeout(180_000);

  it(`finds dates: ${FACTOR}× the text takes less than ${BOUND}× as long, and 1 MB less than 20 s`, () => {
    const sentence = 'Talks were held on 15 January and will resume next week at 9:00 GMT. ';
    // The large text is the 1 MB that once had to be read within 20 s; it still must, besides the ratio.
    const [small, large] = [3_750, 3_750 * FACTOR].map(n => sentence.repeat(n));
    assert.deepStrictEqual([findDates(small).length, findDates(large).length], [11_250, 45_000]);
    const g = growth(findDates, small, large);
    assert.ok(g.ratio < BOUND && g.large < 20_000, describeGrowth(g));
  });

  it(`analyses a seed: ${FACTOR}× the line takes less than ${BOUND}× as long`, () => {
    const tagger = repoTagger();
    const [small, large] = [300, 300 * FACTOR].map(n => LONG_LINE_BLOCK.repeat(n).trimEnd());
    const analyse = (text: string) => analyzeSeed(text, { tagger });
    assert.deepStrictEqual([analyse(small).mentions.length, analyse(large).mentions.length], [1_200, 4_800]);
    const g = growth(analyse, small, large);
    assert.ok(g.ratio < BOUND, describeGrowth(g));
  });
});
