// The reading features of issue 4 that features.test.ts does not cover: See Also and its search action,
// the legend and Toggle Highlighting, Go to Actor, Go to Event on Escape, the status bar,
// seedReader.filePatterns and re-analysis while typing. Quick picks are answered with the workbench's
// quick-open commands (runWithKeys), as a reader's Down, Enter and Escape would.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core';
import type { SeedReaderApi } from '../../src/extension/api';
import {
  analysisOf,
  closeTabsOf,
  eventually,
  extension,
  openPinned as openPinnedEditor,
  runWithKeys,
  seedReader,
  seedsFolder,
  span4,
  userSeedFile as seedFile,
  waitFor,
} from './helpers';
import { KINDS } from './viewState';

/** Opens a file in a pinned (not preview) editor, so opening another file never closes it, and waits for its analysis. */
async function openPinned(file: string): Promise<vscode.TextEditor> {
  const editor = await openPinnedEditor(file);
  await analysisOf(editor.document);
  return editor;
}

/** A folder of throw-away files outside the workspace: beside the test instance's user data, which the harness deletes. */
function scratchFolder(name: string): string {
  const userData = process.env.SEED_READER_TEST_USER_DATA;
  if (!userData) throw new Error('SEED_READER_TEST_USER_DATA is not set: run through the harness (npm run test:integration)');
  return path.join(path.dirname(userData), name);
}

/**
 * Files the tests need inside the workspace (seeds/), written before and deleted after the run. Two seeds
 * whose titles reach the threshold for the first see-also item, "close" matching it better ("loose" sorts
 * first, so the choice is not the order they are found in); a long seed; a file that is not a seed.
 */
const fixtureFolder = path.join(seedsFolder, 'reading-test-fixtures');
const fixtures = {
  // Shares 7 of the item's 14 words: overlap 0.5, the least that counts.
  loose: path.join(fixtureFolder, 'a-loose.txt'),
  // Shares 13 of 14: a machine translation of the same headline.
  close: path.join(fixtureFolder, 'b-close.txt'),
  long: path.join(fixtureFolder, 'c-long.txt'),
  notSeed: path.join(fixtureFolder, 'notes.md'),
};

describe('Reading a seed: see also, highlighting, navigation, status bar', () => {
  let reader: SeedReaderApi;
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  before(async () => {
    reader = await seedReader();
    editor = await openPinned(seedFile);
    document = editor.document;
    fs.rmSync(fixtureFolder, { recursive: true, force: true });
    fs.mkdirSync(fixtureFolder, { recursive: true });
    fs.writeFileSync(fixtures.loose, 'The United States has notified Russia of the decision\n\nWashington wrote to Moscow on 2 February.\n');
    fs.writeFileSync(
      fixtures.close,
      'The United States notified Russia that the decision to withdraw from the INF Treaty is settled\n\n' +
        'Washington told Moscow on 1 February that it will leave the treaty.\n',
    );
    // The user's seed without its see-also list, with 80 empty lines after the repeated title: its events
    // lie far below the first screen.
    const lines = document.getText().split('\n');
    fs.writeFileSync(fixtures.long, [...lines.slice(0, 4), ...Array<string>(80).fill(''), ...lines.slice(4, 13)].join('\n') + '\n');
    fs.writeFileSync(fixtures.notSeed, '# Notes\n\nNot a seed.\n');
  });
  after(async () => {
    await closeTabsOf(Object.values(fixtures));
    fs.rmSync(fixtureFolder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(document, { preview: false });
    await analysisOf(document);
  });

  describe('See Also', () => {
    it('opens the workspace seed whose title best matches the clicked item', async () => {
      const [first] = reader.seeAlsoTree.getChildren();
      const command = reader.seeAlsoTree.getTreeItem(first).command;
      assert.deepStrictEqual(
        [command?.command, ...(command?.arguments ?? [])],
        [
          'seedReader.openSeeAlso',
          document.uri.toString(),
          1908,
          2003,
          'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
        ],
      );
      await vscode.commands.executeCommand(command!.command, ...command!.arguments!);
      const opened = vscode.window.activeTextEditor?.document;
      assert.deepStrictEqual([opened?.uri.fsPath, opened?.languageId], [fixtures.close, 'seed']);
    });

    it('selects the item in the seed when no workspace seed has its title', async () => {
      const third = reader.seeAlsoTree.getChildren()[2];
      const command = reader.seeAlsoTree.getTreeItem(third).command!;
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand(command.command, ...command.arguments!);
      assert.strictEqual(vscode.window.activeTextEditor?.document, document);
      // "Russia warned the United States against military intervention in the Affairs of Venezuela", after "  • ".
      assert.deepStrictEqual(span4(vscode.window.activeTextEditor.selection), [18, 4, 18, 93]);
    });

    it("searches the workspace for an item's title from its context menu", async () => {
      const second = reader.seeAlsoTree.getChildren()[1];
      assert.strictEqual(reader.seeAlsoTree.getTreeItem(second).contextValue, 'seeAlsoItem');
      await vscode.commands.executeCommand('seedReader.searchSeeAlso', second);
      // The Search view's results as text: the title is found on the item's line (18, column 5) and nowhere
      // else. A desktop VS Code may write a path in the home folder with "~".
      const results = async () =>
        (await vscode.commands.executeCommand<string | undefined>('search.action.getSearchResults'))
          ?.trim()
          .split('\n')
          .map(line => line.replace(/^~(?=\/)/, os.homedir()));
      await eventually("the Search view's results", results, [
        seedFile,
        '  18,5:   • The defense Ministry showed the military attache of the missile, to which there are claims in the US',
      ]);
    });
  });

  describe('highlighting', () => {
    /** The painted ranges of each kind, as sorted [start, end] offsets. */
    const painted = () => {
      const ranges = reader.decorations.painted(document);
      return Object.fromEntries(
        KINDS.map(kind => [kind, (ranges?.get(kind) ?? []).map(r => [document.offsetAt(r.start), document.offsetAt(r.end)]).sort((a, b) => a[0] - b[0])]),
      );
    };
    const all = {
      person: [
        [0, 11],
        [85, 96],
        [383, 399],
        [633, 644],
        [976, 990],
        [1057, 1069],
      ],
      organisation: [
        [13, 17],
        [98, 102],
        [185, 193],
        [429, 448],
        [454, 462],
        [645, 649],
        [747, 751],
        [838, 857],
        [1626, 1630],
        [1712, 1724],
        [1859, 1861],
        [2012, 2028],
      ],
      place: [
        [22, 28],
        [107, 113],
        [170, 176],
        [331, 338],
        [480, 486],
        [810, 818],
        [867, 875],
        [1043, 1056],
        [1127, 1129],
        [1144, 1150],
        [1179, 1185],
        [1223, 1229],
        [1378, 1384],
        [1617, 1621],
        [1647, 1649],
        [1651, 1657],
        [1662, 1669],
        [1728, 1734],
        [1768, 1778],
        [1801, 1803],
        [1816, 1822],
        [1873, 1880],
        [1912, 1925],
        [1939, 1945],
        [2106, 2108],
        [2113, 2119],
        [2131, 2144],
        [2193, 2202],
      ],
      misc: [
        [73, 83],
        [158, 168],
        [240, 320],
        [322, 325],
        [700, 710],
        [920, 927],
        [1111, 1121],
        [1244, 1260],
        [1550, 1555],
        [1567, 1576],
        [1605, 1611],
        [1985, 1995],
      ],
      date: [
        [792, 806],
        [879, 887],
        [1008, 1020],
        [1209, 1219],
        [1366, 1376],
        [1881, 1890],
      ],
    };
    const none = { person: [], organisation: [], place: [], misc: [], date: [] };
    const decorate = vscode.workspace.getConfiguration('seedReader.decorate');
    after(async () => {
      if (!reader.decorations.enabled) await vscode.commands.executeCommand('seedReader.toggleDecorations');
      await decorate.update('place', undefined, vscode.ConfigurationTarget.Global);
    });

    it('highlights every mention and date of the seed by kind', async () => {
      await eventually('the painted ranges', painted, all);
    });

    it('turns all highlighting off and on again with Toggle Highlighting', async () => {
      await eventually('the painted ranges', painted, all);
      await vscode.commands.executeCommand('seedReader.toggleDecorations');
      assert.strictEqual(reader.decorations.enabled, false);
      assert.deepStrictEqual(painted(), none);
      await vscode.commands.executeCommand('seedReader.toggleDecorations');
      assert.strictEqual(reader.decorations.enabled, true);
      assert.deepStrictEqual(painted(), all);
    });

    it('lists each kind in the legend with its colours, whether it is shown and its count', async () => {
      const entries = () => reader.decorations.legend().map(e => [e.label, e.description, e.detail]);
      const colours = (kind: string, ruler = '') => `Tinted background seedReader.${kind}Background, underline seedReader.${kind}Underline${ruler}`;
      const legend = (place: string) => [
        ['$(person) People', 'shown · 6 in this seed', colours('person')],
        ['$(organization) Organisations', 'shown · 12 in this seed', colours('organisation')],
        ['$(location) Places', `${place} · 28 in this seed`, colours('place')],
        ['$(symbol-misc) Other', 'shown · 12 in this seed', colours('misc')],
        ['$(calendar) Dates', 'shown · 6 in this seed', colours('date', ', marked in the overview ruler')],
      ];
      assert.deepStrictEqual(entries(), legend('shown'));
      // The colours it names are the ones the extension contributes.
      const contributed = (extension().packageJSON as { contributes: { colors: { id: string }[] } }).contributes.colors.map(c => c.id);
      const named = reader.decorations.legend().flatMap(e => e.detail?.match(/seedReader\.\w+/g) ?? []);
      assert.deepStrictEqual(
        named.filter(id => !contributed.includes(id)),
        [],
      );

      await decorate.update('place', false, vscode.ConfigurationTarget.Global);
      await eventually('the legend after hiding places', entries, legend('hidden'));
      await eventually('the painted ranges after hiding places', painted, { ...all, place: [] });
      await decorate.update('place', undefined, vscode.ConfigurationTarget.Global);
      await eventually('the painted ranges after showing places again', painted, all);
    });

    it('Show Highlighting Legend opens the setting of the picked kind, and nothing on Escape', async () => {
      await runWithKeys('seedReader.showLegend', ['escape']);
      assert.strictEqual(vscode.window.activeTextEditor?.document, document);
      await runWithKeys('seedReader.showLegend', ['next', 'accept']);
      await eventually('the active tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'Settings');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe('navigation and the status bar', () => {
    it('Go to Actor selects the picked mention of the picked actor', async () => {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      // Down to NATO (actors come in order of first mention), Enter; Down twice to its third mention, Enter.
      await runWithKeys('seedReader.goToActor', ['next', 'accept', 'next', 'next', 'accept']);
      assert.deepStrictEqual(span4(editor.selection), [4, 15, 4, 23]);
      assert.strictEqual(document.getText(editor.selection), 'Alliance');
    });

    it('shows "25 actors · 6 events" for the active seed and hides it for other files', async () => {
      await eventually('the status bar text', () => reader.statusBar.text, '25 actors · 6 events');
      await vscode.window.showTextDocument(vscode.Uri.file(fixtures.notSeed));
      await eventually('the status bar text over a markdown file', () => reader.statusBar.text, undefined);
      await vscode.window.showTextDocument(document);
      await eventually('the status bar text back on the seed', () => reader.statusBar.text, '25 actors · 6 events');
    });

    it('runs Go to Event when the status bar item is clicked', async () => {
      assert.strictEqual(reader.statusBar.command, 'seedReader.goToEvent');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      // The first event is focused; Down to the second (15 January), Enter.
      await runWithKeys(reader.statusBar.command, ['next', 'accept']);
      await eventually('the cursor', () => span4(editor.selection), [10, 213, 10, 213]);
    });
  });

  describe('Go to Event on a long seed', () => {
    let long: vscode.TextEditor;
    beforeEach(async () => {
      long = await openPinned(fixtures.long);
      long.selection = new vscode.Selection(1, 0, 1, 0);
      long.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await eventually('the first line at the top', () => long.visibleRanges[0]?.start.line, 0);
    });

    it('previews the focused event and restores the cursor and the view on Escape', async () => {
      await vscode.commands.executeCommand('seedReader.goToEvent');
      // The first event in time (late October, line 91) is focused and scrolled into view.
      await eventually('the first event in view', () => long.visibleRanges[0]?.contains(new vscode.Position(90, 0)), true);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await eventually('the view and the cursor after Escape', () => [long.visibleRanges[0]?.start.line, span4(long.selection)], [0, [1, 0, 1, 0]]);
    });

    it('moves the cursor to the accepted event', async () => {
      await runWithKeys('seedReader.goToEvent', ['next', 'next', 'accept']);
      // The third event in time: 23 January, at the start of line 93.
      await eventually('the cursor, and whether it is in view', () => [span4(long.selection), long.visibleRanges[0]?.contains(new vscode.Position(92, 0))], [
        [92, 0, 92, 0],
        true,
      ]);
    });
  });

  describe('re-analysis while typing', () => {
    after(async () => {
      if (!document.isDirty) return;
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('analyses the edited text after a pause, and the original again on undo', async () => {
      const original = await analysisOf(document);
      const originalText = document.getText();
      const at = document.offsetAt(new vscode.Position(8, 0));
      assert.strictEqual(at, 821);
      const sentence = 'Angela Merkel was not there. ';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(8, 0), sentence);
      assert.strictEqual(await vscode.workspace.applyEdit(edit), true);

      const changed = await analysisOf(document);
      const shift = (offset: number) => (offset >= at ? offset + sentence.length : offset);
      const mentions = (analysis: Analysis) => analysis.mentions.map(m => [m.start, m.end, m.text, m.type, m.actorId]);
      assert.deepStrictEqual(
        mentions(changed),
        [
          ...original.mentions.map(m => [shift(m.start), shift(m.end), m.text, m.type, m.actorId]),
          [821, 834, 'Angela Merkel', 'PERSON', 'person:angela-merkel'],
        ].sort((a, b) => (a[0] as number) - (b[0] as number)),
      );
      assert.deepStrictEqual(
        changed.actors.filter(a => a.type === 'PERSON').map(a => a.name),
        ['Jens Stoltenberg', 'Angela Merkel', 'Sergei Ryabkov', 'Donald Trump'],
      );
      assert.deepStrictEqual(
        changed.events.map(e => [e.start, e.end, e.date.value]),
        original.events.map(e => [shift(e.start), shift(e.end), e.date.value]),
      );

      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      await waitFor('the edit to be undone', () => (document.getText() === originalText ? true : undefined));
      assert.deepStrictEqual(await analysisOf(document), original);
    });
  });
});

describe('seedReader.filePatterns', () => {
  const folder = scratchFolder('reading-file-patterns');
  const briefing = path.join(folder, 'reading-news', 'briefing.txt');
  const notes = path.join(folder, 'elsewhere', 'notes-seed.txt');
  const other = path.join(folder, 'elsewhere', 'other.txt');
  const config = () => vscode.workspace.getConfiguration('seedReader');
  const languageOf = (file: string) => vscode.workspace.textDocuments.find(d => d.uri.fsPath === file)?.languageId;
  before(() => {
    for (const file of [briefing, notes, other]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'Oslo talks resume\n\nJohn Smith said on 15 January in Oslo that the talks will resume.\n');
    }
  });
  after(async () => {
    await config().update('filePatterns', undefined, vscode.ConfigurationTarget.Global);
    await closeTabsOf([briefing, notes, other]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens a .txt file outside seeds/ that matches an added pattern as a seed', async () => {
    await config().update('filePatterns', ['**/reading-news/*.txt'], vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(briefing)));
    await eventually('the language of reading-news/briefing.txt', () => languageOf(briefing), 'seed');
  });

  it('reads an open file as a seed once a pattern without "/" names it, and leaves other files alone', async () => {
    for (const file of [other, notes]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    assert.deepStrictEqual([languageOf(other), languageOf(notes)], ['plaintext', 'plaintext']);
    await config().update('filePatterns', ['**/reading-news/*.txt', 'notes-seed.txt'], vscode.ConfigurationTarget.Global);
    await eventually('the language of elsewhere/notes-seed.txt', () => languageOf(notes), 'seed');
    assert.strictEqual(languageOf(other), 'plaintext');
  });
});
