import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot as root, USER_SEED } from './helpers/seeds';

// The grammar is checked with VS Code's own tokenizer (vscode-textmate + oniguruma), which ships inside the
// code-server that `npm run test:integration` installs; without it this suite is skipped.
const modules = path.join(root, '.cache/vscode/code-server-4.139.1/node_modules/code-server/lib/vscode/node_modules');
const available = fs.existsSync(path.join(modules, 'vscode-textmate')) && fs.existsSync(path.join(modules, 'vscode-oniguruma'));

(available ? describe : describe.skip)('extension: the seed TextMate grammar', () => {
  it('scopes the title, the See-also heading and the item bullets of the user seed', async () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const tm = require(path.join(modules, 'vscode-textmate'));
    const onig = require(path.join(modules, 'vscode-oniguruma'));
    await onig.loadWASM(fs.readFileSync(path.join(modules, 'vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/seed.tmLanguage.json'), 'utf8'), 'seed.json'),
    });
    const grammar = await registry.loadGrammar('text.seed');
    const lines = fs.readFileSync(USER_SEED, 'utf8').split('\n');
    let state = tm.INITIAL;
    const scoped: [number, string, string][] = [];
    lines.forEach((line, i) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const token of result.tokens as { startIndex: number; endIndex: number; scopes: string[] }[]) {
        const scopes = token.scopes.slice(1);
        if (scopes.length > 0) scoped.push([i, line.slice(token.startIndex, token.endIndex).slice(0, 20), scopes.join(' ')]);
      }
    });
    const item = 'punctuation.definition.list.begin.markdown.seed';
    assert.deepStrictEqual(scoped, [
      [0, 'Stoltenberg: NATO an', 'markup.heading.title.seed entity.name.section.seed'],
      [14, 'See also:', 'markup.heading.see-also.seed entity.name.section.seed'],
      [16, '•', item],
      [16, 'The United States ha', 'markup.list.item.seed'],
      [17, '•', item],
      [17, 'The defense Ministry', 'markup.list.item.seed'],
      [18, '•', item],
      [18, 'Russia warned the Un', 'markup.list.item.seed'],
    ]);
  });
});
