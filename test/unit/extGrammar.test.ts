import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot as root, USER_SEED } from './helpers/seeds';

// The grammar is checked with VS Code's own tokenizer (vscode-textmate + oniguruma), which ships inside the
// code-server that `npm run test:integration` installs; without it this suite is skipped.
const modules = path.join(root, '.cache/vscode/code-server-4.139.1/node_modules/code-server/lib/vscode/node_modules');
const available = fs.existsSync(path.join(modules, 'vscode-textmate')) && fs.existsSync(path.join(modules, 'vscode-oniguruma'));

interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
  tokenizeLine2(line: string, state: unknown): { tokens: Uint32Array; ruleStack: unknown };
}

(available ? describe : describe.skip)('extension: the seed TextMate grammar', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const tm = available ? require(path.join(modules, 'vscode-textmate')) : undefined;
  let grammar: Grammar;

  before(async () => {
    const onig = require(path.join(modules, 'vscode-oniguruma'));
    await onig.loadWASM(fs.readFileSync(path.join(modules, 'vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/seed.tmLanguage.json'), 'utf8'), 'seed.json'),
    });
    // A theme that colours each of the grammar's scopes: without one, tokenizeLine2 merges every token of a line.
    registry.setTheme({
      settings: [
        { settings: { foreground: '#000000', background: '#ffffff' } },
        { scope: 'markup.heading.title', settings: { foreground: '#aa0000' } },
        { scope: 'markup.heading.see-also', settings: { foreground: '#00aa00' } },
        { scope: 'punctuation.definition.list.begin', settings: { foreground: '#0000aa' } },
        { scope: 'markup.list.item', settings: { foreground: '#aaaa00' } },
      ],
    });
    grammar = await registry.loadGrammar('text.seed');
  });

  it('scopes the title, the See-also heading and the item bullets of the user seed', () => {
    const lines = fs.readFileSync(USER_SEED, 'utf8').split('\n');
    let state = tm.INITIAL;
    const scoped: [number, string, string][] = [];
    lines.forEach((line, i) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const token of result.tokens) {
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

  /**
   * The start offsets of a line's tokens in VS Code's binary form (tokenizeLine2, what its tokenization worker
   * stores), or a description of what is wrong with them. VS Code turns them into end offsets, the last one
   * being the line's length; its LineTokens logs "Token length and text length do not match!" when they are
   * not that, so each line needs: a first token at 0, strictly increasing starts, none at or past the end.
   */
  function tokenStarts(line: string, state: unknown): { starts: number[]; problem?: string; next: unknown } {
    const { tokens, ruleStack } = grammar.tokenizeLine2(line, state);
    const starts = [...tokens].filter((_, i) => i % 2 === 0);
    const sorted = starts.every((start, i) => i === 0 || start > starts[i - 1]);
    const inside = starts.every(start => start === 0 || start < line.length);
    const problem = starts[0] !== 0 ? 'first token not at 0' : !sorted ? 'starts not increasing' : !inside ? 'a token starts at or past the end' : undefined;
    return { starts, problem, next: ruleStack };
  }

  it('gives every line of every seed and hostile fixture tokens that cover it exactly, with no empty token', () => {
    const hostile = path.join(root, 'test/fixtures/hostile');
    const files = [
      ...fs.readdirSync(path.join(root, 'seeds')).map(name => path.join(root, 'seeds', name)),
      ...fs
        .readdirSync(hostile)
        .filter(name => name.endsWith('.txt') && name !== 'invalid-utf8.txt')
        .map(name => path.join(hostile, name)),
    ].filter(file => file.endsWith('.txt'));
    const problems: string[] = [];
    let lines = 0;
    for (const file of files) {
      let state = tm.INITIAL;
      // VS Code's own line breaks: CRLF, LF and a lone CR.
      fs.readFileSync(file, 'utf8')
        .split(/\r\n|\r|\n/)
        .forEach((line, i) => {
          const result = tokenStarts(line, state);
          state = result.next;
          lines++;
          if (result.problem) problems.push(`${path.basename(file)}:${i + 1}: ${result.problem} ${JSON.stringify(result.starts)}`);
        });
    }
    assert.deepStrictEqual(problems, []);
    assert.ok(lines > 60, `only ${lines} lines were checked`);
  });

  it('tokenizes the lines its rules match, and edge cases of them, into the exact tokens VS Code stores', () => {
    const afterTitle = grammar.tokenizeLine2('A title', tm.INITIAL).ruleStack;
    const seeAlso = grammar.tokenizeLine2('See also:', afterTitle).ruleStack;
    const cases: [string, unknown, string][] = [
      ['  A title with trailing spaces  ', tm.INITIAL, 'title'],
      ['', tm.INITIAL, 'empty first line'],
      ['   ', tm.INITIAL, 'blank first line'],
      ['\u{1F600} emoji title \u{1F600}', tm.INITIAL, 'astral title'],
      ['Not a title', afterTitle, 'second line'],
      ['See also:', afterTitle, 'heading'],
      ['• Item', seeAlso, 'bullet'],
      ['•', seeAlso, 'bullet alone'],
      ['• ', seeAlso, 'bullet and a space'],
      ['(12) Numbered', seeAlso, 'number'],
      ['►►\u{1F600}', seeAlso, 'astral item'],
      ['plain line in the list', seeAlso, 'no bullet'],
    ];
    assert.deepStrictEqual(
      cases.map(([line, state, name]) => {
        const { starts, problem } = tokenStarts(line, state);
        return [name, line.length, starts, problem ?? 'ok'];
      }),
      [
        ['title', 32, [0, 2, 30], 'ok'],
        ['empty first line', 0, [0], 'ok'],
        ['blank first line', 3, [0], 'ok'],
        ['astral title', 17, [0], 'ok'],
        ['second line', 11, [0], 'ok'],
        ['heading', 9, [0], 'ok'],
        ['bullet', 6, [0, 1, 2], 'ok'],
        ['bullet alone', 1, [0], 'ok'],
        ['bullet and a space', 2, [0, 1], 'ok'],
        ['number', 13, [0, 4, 5], 'ok'],
        ['astral item', 4, [0, 2], 'ok'],
        ['no bullet', 22, [0], 'ok'],
      ],
    );
  });
});
