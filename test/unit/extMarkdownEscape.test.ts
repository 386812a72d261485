import * as assert from 'assert';
import { commandLink, escapeMarkdown } from '../../src/extension/features/hover/markdownEscape';
import { bestTitleMatch, titleOverlap } from '../../src/core';

describe('extension: markdown escaping', () => {
  it('escapes links, HTML, emphasis, icons and entities so they render as text', () => {
    assert.strictEqual(escapeMarkdown('[x](command:workbench.action.quit)'), '\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
    assert.strictEqual(escapeMarkdown('<img src=x>'), '\\<img src\\=x\\>');
    assert.strictEqual(escapeMarkdown('**bold**'), '\\*\\*bold\\*\\*');
    assert.strictEqual(escapeMarkdown('$(zap) &amp; `code`'), '\\$\\(zap\\) \\&amp\\; \\`code\\`');
  });

  it('folds line breaks, so text cannot start a heading, list or code block', () => {
    assert.strictEqual(escapeMarkdown('a\n# b\r\n    - c'), 'a \\# b \\- c');
  });

  it('builds command links with an escaped label and encoded JSON arguments', () => {
    assert.strictEqual(
      commandLink('a](command:x)', 'seedReader.revealRange', ['file:///a b.txt', 1, 2], 'Go "there"'),
      '[a\\]\\(command\\:x\\)](command:seedReader.revealRange?%5B%22file%3A%2F%2F%2Fa%20b.txt%22%2C1%2C2%5D "Go there")',
    );
  });
});

describe('extension: see-also title matching', () => {
  const seeds = [
    { title: 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty', id: 0 },
    { title: 'The United States has notified Russia that the decision to withdraw from the INF Treaty is settled', id: 1 },
    { title: 'Venezuela crisis deepens', id: 2 },
  ];

  it('measures shared words over the longer title', () => {
    assert.strictEqual(titleOverlap('Russia warned the US', 'the US warned Russia'), 1);
    assert.strictEqual(titleOverlap('a b c d', 'a b'), 0.5);
    assert.strictEqual(titleOverlap('', 'a'), 0);
  });

  it('picks the best title at overlap 0.5 or more, else none', () => {
    assert.strictEqual(bestTitleMatch('The United States has notified Russia that the decision to withdraw from the INF Treaty settled', seeds)?.id, 1);
    assert.strictEqual(bestTitleMatch('Russia warned the United States against military intervention in the Affairs of Venezuela', seeds), undefined);
    assert.strictEqual(bestTitleMatch('anything', []), undefined);
  });
});
