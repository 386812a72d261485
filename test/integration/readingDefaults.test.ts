import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFile, seedReader, userSeedFile, waitFor } from './helpers';

/** The editor settings a seed opens with: what makes an article pleasant to read (package.json's configurationDefaults). */
const READING = {
  wordWrap: 'on',
  wrappingIndent: 'none',
  'minimap.enabled': false,
  quickSuggestions: { other: 'off', comments: 'off', strings: 'off' },
  wordBasedSuggestions: 'off',
  suggestOnTriggerCharacters: false,
  'stickyScroll.enabled': false,
  'guides.indentation': false,
  renderWhitespace: 'none',
};
const readingOf = (config: vscode.WorkspaceConfiguration) => Object.fromEntries(Object.keys(READING).map(key => [key, config.get(key)]));

describe('reading defaults for seeds', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = (await openFile(userSeedFile)).document;
  });

  it('opens a seed wrapped, without a minimap or suggestions while reading', () => {
    assert.strictEqual(document.languageId, 'seed');
    assert.deepStrictEqual(readingOf(vscode.workspace.getConfiguration('editor', document)), READING);
  });

  it('leaves other files as the user has them', () => {
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.deepStrictEqual([plain.get('wordWrap'), plain.get('minimap.enabled')], ['off', true]);
  });

  it("lets the user's own [seed] settings win", async () => {
    const editor = vscode.workspace.getConfiguration('editor', document);
    await editor.update('wordWrap', 'bounded', vscode.ConfigurationTarget.Global, true);
    try {
      assert.strictEqual(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'bounded');
    } finally {
      await editor.update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
    }
    assert.strictEqual(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on');
  });
});

describe('the Actors view order', () => {
  it('lists the actors of a kind most mentioned first, or in text order with seedReader.actors.sortBy', async () => {
    const { document } = await openFile(userSeedFile);
    const reader = await seedReader();
    await waitFor('the seed to be analysed', () => reader.analysisFor(document.uri) && true, 30_000);
    const tree = reader.actorsTree;
    const places = () => {
      const group = tree.getChildren().find(g => tree.getTreeItem(g).label === 'Places');
      return group ? tree.getChildren(group).map(a => [tree.getTreeItem(a).label, tree.getTreeItem(a).description]) : [];
    };
    const rest = ['Geneva', 'UK', 'France', 'Germany', 'Washington', 'Beijing', 'Venezuela'].map(name => [name, '×1']);
    assert.deepStrictEqual(places(), [['Russia', '×11'], ['United States', '×7'], ['Brussels', '×2'], ['Ukraine', '×1'], ...rest]);
    const settings = vscode.workspace.getConfiguration('seedReader');
    await settings.update('actors.sortBy', 'textOrder', vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(places(), [['Russia', '×11'], ['Ukraine', '×1'], ['Brussels', '×2'], ['United States', '×7'], ...rest]);
    } finally {
      await settings.update('actors.sortBy', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
