/**
 * Properties of re-anchoring a correction (fast-check): an edit away from an anchor never moves or loses it;
 * an edit inside it either re-anchors it to the right place or orphans it, never a wrong place. Texts are
 * random words, and the anchored quote with its context occurs once in them (as in a real seed); a text
 * where it occurs twice cannot tell its places apart, and orphaning is then the right answer. Replay a
 * failure with FC_SEED=<seed> FC_PATH=<path>, as in properties.test.ts.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { anchorAt, locateAnchor, type Span } from '../../src/core';

function params<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  return {
    numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : numRuns,
    ...(seed !== undefined ? { seed: Number(seed), path: process.env.FC_PATH, endOnFailure: true } : {}),
  };
}

const word = fc.stringMatching(/^[a-zA-Z]{1,9}[,.]?$/);
const text = fc.array(word, { minLength: 12, maxLength: 80 }).map(ws => ws.join(' '));
const inserted = fc.stringMatching(/^[a-zA-Z .]{0,20}$/);

/** A text, a span of 1 to 20 characters in it, and an edit: [from, to) replaced by `by`. */
const case_ = text.chain(t =>
  fc
    .record({
      start: fc.nat(t.length - 1),
      length: fc.integer({ min: 1, max: 20 }),
      a: fc.nat(t.length),
      b: fc.nat(t.length),
      by: inserted,
    })
    .map(({ start, length, a, b, by }) => ({
      text: t,
      span: { start, end: Math.min(t.length, start + length) },
      edit: { from: Math.min(a, b), to: Math.max(a, b), by },
    })),
);

type Case = { text: string; span: Span; edit: { from: number; to: number; by: string } };

/** The anchored window (context, quote, context) occurs once in the text. */
function unique(c: Case): boolean {
  const a = anchorAt(c.text, c.span);
  const window = a.prefix + a.quote + a.suffix;
  const first = c.text.indexOf(window);
  return c.text.indexOf(window, first + 1) < 0;
}

function apply(c: Case): string {
  return c.text.slice(0, c.edit.from) + c.edit.by + c.text.slice(c.edit.to);
}

/** The anchor's window: the quote and its context. */
function windowOf(c: Case): Span {
  const a = anchorAt(c.text, c.span);
  return { start: c.span.start - a.prefix.length, end: c.span.end + a.suffix.length };
}

describe('correction anchors (fast-check)', function () {
  it('an edit away from the anchor never moves or loses it', () => {
    fc.assert(
      fc.property(case_, c => {
        const w = windowOf(c);
        fc.pre(unique(c) && (c.edit.to <= w.start || c.edit.from >= w.end));
        const shift = c.edit.to <= w.start ? c.edit.by.length - (c.edit.to - c.edit.from) : 0;
        const found = locateAnchor(apply(c), anchorAt(c.text, c.span));
        assert.deepStrictEqual(found, { start: c.span.start + shift, end: c.span.end + shift });
      }),
      params(400),
    );
  });

  it('an edit in its context leaves it in place or orphans it', () => {
    fc.assert(
      fc.property(case_, c => {
        const w = windowOf(c);
        const inContext = (c.edit.from < c.span.start && c.edit.to > w.start) || (c.edit.to > c.span.end && c.edit.from < w.end);
        fc.pre(unique(c) && inContext && (c.edit.to <= c.span.start || c.edit.from >= c.span.end));
        const shift = c.edit.to <= c.span.start ? c.edit.by.length - (c.edit.to - c.edit.from) : 0;
        const found = locateAnchor(apply(c), anchorAt(c.text, c.span));
        if (found !== undefined) assert.deepStrictEqual(found, { start: c.span.start + shift, end: c.span.end + shift });
      }),
      params(400),
    );
  });

  it('an edit of the quote re-anchors it where the quote was, or orphans it', () => {
    fc.assert(
      fc.property(case_, c => {
        fc.pre(unique(c) && c.edit.from < c.span.end && c.edit.to > c.span.start);
        const delta = c.edit.by.length - (c.edit.to - c.edit.from);
        // Where the quote's characters are now: from the first to the last one the edit left or wrote.
        const region = { start: Math.min(c.span.start, c.edit.from), end: Math.max(c.span.end, c.edit.to) + delta };
        const found = locateAnchor(apply(c), anchorAt(c.text, c.span));
        if (found !== undefined) {
          assert.ok(found.start <= region.end && found.end >= region.start, `placed at ${JSON.stringify(found)}, outside ${JSON.stringify(region)}`);
        }
      }),
      params(400),
    );
  });

  it('the same text places every anchor where it was made', () => {
    fc.assert(
      fc.property(case_, c => {
        assert.deepStrictEqual(locateAnchor(c.text, anchorAt(c.text, c.span)), c.span);
      }),
      params(200),
    );
  });
});
