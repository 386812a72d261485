import * as assert from 'assert';
import * as chrono from 'chrono-node';
import { chronoHits, chronoUnitPatternsGuarded } from '../../src/core/dates/chronoAdapter';
import { readSeed } from './helpers/seeds';

/** chrono-node's own reading of `text`: where each match starts and what it covers. */
function chronoOwn(text: string): [number, string][] {
  return chrono.parse(text, new Date(Date.UTC(2000, 0, 1, 12))).map(r => [r.index, r.text]);
}

describe('chrono adapter', () => {
  // ASCII-only texts (one-byte strings in V8), texts with a curly quote (two-byte), and a date at the very
  // end, where chrono's cut leaves one character or none.
  const texts = [
    'Napoleon entered Moscow a week later.',
    'Napoleon entered Moscow a week later',
    'It was signed 3 days ago, and talks resume two weeks from now.',
    'The case is heard in May in the Court of Appeals.',
    'May',
    'July',
    'On 5 May the “council” met; a week later it met again.',
    'Moscow. 22 Dec. INTERFAX.RU — The minister said on Friday that',
  ];

  it('finds exactly what chrono-node finds, on one-byte and two-byte texts alike', () => {
    for (const text of texts) {
      assert.deepStrictEqual(
        chronoHits(text).map(h => [h.start, text.slice(h.start, h.end)]),
        chronoOwn(text),
        text,
      );
    }
  });

  it('finds exactly what chrono-node finds in a whole seed', () => {
    const seed = readSeed();
    assert.deepStrictEqual(
      chronoHits(seed).map(h => [h.start, seed.slice(h.start, h.end)]),
      chronoOwn(seed),
    );
  });

  it('guards chrono’s two unit patterns ("ago", "later") against one-character strings', () => {
    chronoHits('It ended 3 days ago; the next round starts a week later.');
    // A chrono-node whose patterns read otherwise is not guarded: the web build's slices would grow again.
    assert.strictEqual(chronoUnitPatternsGuarded(), 2);
  });
});
