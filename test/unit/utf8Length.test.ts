import * as assert from 'assert';
import fc from 'fast-check';
import { utf8Length } from '../../src/extension/utf8Length';

// The size limit counts a document's UTF-8 bytes without Node's Buffer, so the browser build shares it.
describe('utf8Length (the size limit, without Buffer)', () => {
  it('counts 1, 2, 3 and 4 bytes per character, and a lone surrogate as 3', () => {
    assert.deepStrictEqual(['a', 'é', '—', '😀', '\ud83d', '\ude00x', ''].map(utf8Length), [1, 2, 3, 4, 3, 4, 0]);
  });

  it('agrees with Buffer.byteLength on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), text => utf8Length(text) === Buffer.byteLength(text, 'utf8')));
  });
});
