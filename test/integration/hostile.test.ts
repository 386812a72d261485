// Issue 6 in the extension host: hostile files (test/fixtures/hostile/) opened as seeds, and an edit storm.
// Each file is copied into seeds/hostile-test-fixtures/ (so it opens as a seed) and the folder is deleted after.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeSeed } from '../../src/core';
import { repoTagger } from '../../scripts/lib/repoModel';
import type { SeedReaderApi } from '../../src/extension/api';
import { manyItemsText, tenMbText } from '../fixtures/hostile/generate';
import { editStorm, stormStart } from './editStorm';
import {
  analysisOf,
  eventually,
  hoverMarkdown,
  openPinned,
  outputChannelText,
  projectRoot,
  seedReader,
  seedsFolder,
  sleep,
  span4,
  userSeedFile as userSeed,
} from './helpers';
import { expectedState, NO_VIEWS, NOTHING_PAINTED, painted, paintedText, views } from './viewState';

const hostile = path.join(projectRoot, 'test', 'fixtures', 'hostile');
const folder = path.join(seedsFolder, 'hostile-test-fixtures');

/** Writes `text` (or copies the fixture `from`) into the fixture folder as `name`, and returns its path. */
function fixture(name: string, content: { text: string } | { from: string }): string {
  const file = path.join(folder, name);
  if ('text' in content) fs.writeFileSync(file, content.text);
  else fs.copyFileSync(path.join(hostile, content.from), file);
  return file;
}

/** The lines of the "Seed Reader" output that mention `name`. */
const logLinesAbout = (name: string) => (outputChannelText('Seed Reader') ?? '').split('\n').filter(line => line.includes(name));

/** The hover at `position`, as markdown strings, and how long the extension host took to answer. */
async function timedHover(document: vscode.TextDocument, position: vscode.Position): Promise<{ markdown: string[]; ms: number }> {
  const started = Date.now();
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return { markdown: hoverMarkdown(hovers).map(ownCard), ms: Date.now() - started };
}

/**
 * The card without its correction links and its workspace line ("Also in N other seeds: …"): the fixtures this suite writes under
 * seeds/ join the workspace index as they appear, so that line changes from test to test (workspace.test.ts
 * tests it); the rest of the card is the seed's own and must not change.
 */
function ownCard(markdown: string): string {
  // The correction links name the file and offset under the mouse: the same card in another file has other links.
  return markdown
    .split('\n\n---\n\nCorrect: ')[0]
    .split('\n')
    .filter(line => !line.startsWith('Also in '))
    .join('\n')
    .replace(/ {2}$/, '');
}

describe('Hostile files opened as seeds', () => {
  let reader: SeedReaderApi;
  /** The user seed, kept open: the hover on "Stoltenberg" shows whether the extension host still answers. */
  let user: vscode.TextDocument;
  const stoltenberg = new vscode.Position(6, 105);
  let userHover: string[];

  /**
   * What a file the extension will not read shows: `problem` in its Analysis, empty views (VS Code shows
   * each view's welcome text), nothing painted, `reason` in the status bar, and one line in the log.
   */
  async function expectNotAnalysed(document: vscode.TextDocument, name: string, problem: string, reason: string): Promise<void> {
    const analysis = await analysisOf(document);
    assert.strictEqual(analysis.problem, problem);
    assert.deepStrictEqual(views(reader), NO_VIEWS);
    assert.deepStrictEqual(painted(reader, document), NOTHING_PAINTED);
    await eventually('the status bar', () => [reader.statusBar.text, reader.statusBar.tooltip, reader.statusBar.command], [
      `Seed Reader: not analysed — ${reason}`,
      `Seed Reader did not analyse this file: ${problem}. Click to show the "Seed Reader" output.`,
      'seedReader.showOutput',
    ]);
    await eventually('the output lines about it', () => logLinesAbout(name), [`${name}: not analysed: ${problem}`]);
  }

  before(async () => {
    reader = await seedReader();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    user = (await openPinned(userSeed)).document;
    await analysisOf(user);
    userHover = (await timedHover(user, stoltenberg)).markdown;
    assert.strictEqual(userHover[0].split('\n')[0], '$(person) **Jens Stoltenberg** · Person');
  });
  after(async () => {
    await vscode.workspace.getConfiguration('seedReader').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('empty, whitespace only, a title only', () => {
    for (const [name, what] of [
      ['empty.txt', 'an empty seed'],
      ['whitespace.txt', 'a seed of whitespace only'],
    ] as const) {
      it(`shows empty views and states "the file is empty" for ${what}`, async () => {
        const { document } = await openPinned(fixture(name, { from: name }));
        await expectNotAnalysed(document, name, 'the file is empty', 'the file is empty');
      });
    }

    it('reads a title-only seed: its three actors, no events and no See-also', async () => {
      const { document } = await openPinned(fixture('title-only.txt', { from: 'title-only.txt' }));
      await analysisOf(document);
      assert.deepStrictEqual(views(reader), {
        seeAlso: [],
        actors: [
          ['Organisations', '1', [['NATO', '×1', [['NATO', 'line 1']]]]],
          ['Places', '1', [['Russia', '×1', [['Russia', 'line 1']]]]],
          ['Other', '1', [['INF Treaty', '×1', [['INF Treaty', 'line 1']]]]],
        ],
        events: [],
      });
      assert.deepStrictEqual(painted(reader, document), {
        ...NOTHING_PAINTED,
        organisation: [[0, 13, 0, 17]],
        place: [[0, 22, 0, 28]],
        misc: [[0, 73, 0, 83]],
      });
      await eventually('the status bar', () => [reader.statusBar.text, reader.statusBar.command], ['3 actors · 0 events', 'seedReader.goToEvent']);
      assert.deepStrictEqual(logLinesAbout('title-only.txt'), []);
    });
  });

  describe('binary and invalid UTF-8', () => {
    it('leaves a binary file (NUL bytes at the start) to VS Code, which does not open it as text', async () => {
      const file = fixture('binary.txt', { from: 'binary.bin' });
      await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.file(file))), /File seems to be binary and cannot be opened as text/);
      assert.deepStrictEqual(logLinesAbout('binary.txt'), []);
    });

    // VS Code looks for NUL bytes in a file's first 512 bytes only: past them a file opens as text.
    it('does not analyse a text file with binary data after its first 512 bytes, and says why in one line', async () => {
      const file = fixture('binary-tail.txt', { text: '' });
      fs.writeFileSync(file, Buffer.concat([fs.readFileSync(userSeed), fs.readFileSync(path.join(hostile, 'binary.bin'))]));
      const { document } = await openPinned(file);
      // The user seed, then U+FFFD (0x89), "PNG", a line break (CR LF made LF), 0x1A, a line break, NUL.
      assert.strictEqual(document.getText().indexOf('\u0000'), fs.readFileSync(userSeed, 'utf8').length + 7);
      await expectNotAnalysed(document, 'binary-tail.txt', 'the file looks binary (it contains NUL bytes)', 'the file looks binary');
    });

    it('does not analyse a Latin-1 file (invalid UTF-8), and says why in one line', async () => {
      const { document } = await openPinned(fixture('invalid-utf8.txt', { from: 'invalid-utf8.txt' }));
      // Five bytes that are not UTF-8, each decoded as U+FFFD.
      assert.strictEqual(document.getText().match(/\uFFFD/g)?.length, 5);
      await expectNotAnalysed(document, 'invalid-utf8.txt', 'the file is not valid UTF-8 text', 'the file is not valid UTF-8 text');
    });
  });

  describe('the size limit', () => {
    it('asks before analysing a 10 MB seed, and the extension host keeps answering meanwhile', async () => {
      const file = fixture('ten-mb.txt', { text: tenMbText() });
      const { document } = await openPinned(file);
      await eventually('the output lines about it', () => logLinesAbout('ten-mb.txt'), [
        'ten-mb.txt is 10 MB, above the 5 MB limit (seedReader.maxFileSizeMB): not analysed until you agree',
      ]);
      await eventually('the status bar', () => [reader.statusBar.text, reader.statusBar.tooltip, reader.statusBar.command], [
        'Seed Reader: not analysed — 10 MB, above the 5 MB limit',
        'Seed Reader: this seed is above seedReader.maxFileSizeMB. Click to analyse it anyway.',
        'seedReader.analyseAnyway',
      ]);
      // With the large seed open, a hover on the user seed answers as before, at once.
      const hover = await timedHover(user, stoltenberg);
      assert.deepStrictEqual(hover.markdown, userHover);
      // How long it took is a figure, not a pass mark (the bench measures the host's stalls): printed only.
      console.log(`      the hover answered in ${hover.ms} ms`);
      await sleep(1_000);
      assert.deepStrictEqual([reader.analysisFor(document.uri), views(reader), painted(reader, document)], [undefined, NO_VIEWS, NOTHING_PAINTED]);
      // Analysing 10 MB takes 30–50 s: the next test proves the agreement with a lowered limit instead.
      assert.ok((await vscode.commands.getCommands(true)).includes('seedReader.analyseAnyway'));
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('analyses a seed above a lowered limit once the status bar item is clicked', async () => {
      const settings = vscode.workspace.getConfiguration('seedReader');
      await settings.update('maxFileSizeMB', 0.002, vscode.ConfigurationTarget.Global);
      try {
        // The user seed: 2,227 bytes, above 0.002 MB (2,097 bytes).
        const text = fs.readFileSync(userSeed, 'utf8');
        const { document } = await openPinned(fixture('above-limit.txt', { text }));
        await eventually('the status bar', () => [reader.statusBar.text, reader.statusBar.command], [
          'Seed Reader: not analysed — 0.0021 MB, above the 0.002 MB limit',
          'seedReader.analyseAnyway',
        ]);
        await sleep(500);
        assert.strictEqual(reader.analysisFor(document.uri), undefined);
        // What a click on the item runs.
        assert.strictEqual(await vscode.commands.executeCommand('seedReader.analyseAnyway', document.uri), true);
        const analysis = await analysisOf(document);
        assert.deepStrictEqual([analysis.length, analysis.problem], [text.length, undefined]);
        await eventually('the status bar', () => [reader.statusBar.text, reader.statusBar.command], ['25 actors · 6 events', 'seedReader.goToEvent']);
        assert.deepStrictEqual(logLinesAbout('above-limit.txt'), [
          'above-limit.txt is 0.0021 MB, above the 0.002 MB limit (seedReader.maxFileSizeMB): not analysed until you agree',
          'above-limit.txt: analysing it, as agreed',
        ]);
      } finally {
        await settings.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });

  describe('line endings', () => {
    it('paints each mention of a CRLF seed at its exact line and character', async () => {
      const { document } = await openPinned(fixture('crlf.txt', { from: 'crlf.txt' }));
      assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
      await analysisOf(document);
      await eventually('the painted ranges and their text', () => paintedText(reader, document), {
        person: [
          [2, 23, 2, 39, 'Jens Stoltenberg'],
          [2, 44, 2, 58, 'Sergei Ryabkov'],
        ],
        organisation: [
          [0, 0, 0, 4, 'NATO'],
          [2, 0, 2, 4, 'NATO'],
        ],
        place: [
          [0, 9, 0, 15, 'Russia'],
          [2, 62, 2, 70, 'Brussels'],
          [3, 25, 3, 31, 'Geneva'],
          [7, 4, 7, 10, 'Russia'],
          [7, 22, 7, 35, 'United States'],
        ],
        misc: [[0, 32, 0, 42, 'INF Treaty']],
        date: [
          [2, 74, 2, 84, '15 January'],
          [3, 32, 3, 41, 'next week'],
        ],
      });
    });

    it('paints each mention of a seed with mixed line endings (CRLF, LF, a lone CR, LF CR) at its exact line and character', async () => {
      const file = fixture('mixed-endings.txt', { from: 'mixed-endings.txt' });
      const { document } = await openPinned(file);
      // VS Code gives the document one line ending, the most frequent one: every break becomes CRLF.
      assert.strictEqual(document.getText(), fs.readFileSync(file, 'utf8').replace(/\r\n|\r|\n/g, '\r\n'));
      await analysisOf(document);
      // A lone CR ends line 2, LF CR makes the empty line 4, and the See-also items are lines 8 and 9.
      await eventually('the painted ranges and their text', () => paintedText(reader, document), {
        person: [
          [2, 23, 2, 39, 'Jens Stoltenberg'],
          [2, 44, 2, 58, 'Sergei Ryabkov'],
          [5, 0, 5, 13, 'Angela Merkel'],
        ],
        organisation: [
          [0, 0, 0, 4, 'NATO'],
          [2, 0, 2, 4, 'NATO'],
          [9, 4, 9, 8, 'NATO'],
        ],
        place: [
          [0, 9, 0, 15, 'Russia'],
          [2, 62, 2, 70, 'Brussels'],
          [3, 25, 3, 31, 'Geneva'],
          [5, 34, 5, 41, 'Germany'],
          [8, 4, 8, 10, 'Russia'],
          [8, 22, 8, 35, 'United States'],
          [9, 27, 9, 35, 'Brussels'],
        ],
        misc: [[0, 32, 0, 42, 'INF Treaty']],
        date: [
          [2, 74, 2, 84, '15 January'],
          [3, 32, 3, 41, 'next week'],
          [5, 22, 5, 28, 'Friday'],
        ],
      });
    });
  });

  describe('See-also lists', () => {
    it('shows no See-also items for a "See also:" heading with nothing under it', async () => {
      const { document } = await openPinned(fixture('see-also-empty.txt', { from: 'see-also-empty.txt' }));
      await analysisOf(document);
      assert.deepStrictEqual(reader.seeAlsoTree.getChildren(), []);
      await eventually('the status bar', () => reader.statusBar.text, '6 actors · 1 event');
    });

    it('lists nested bullets as one flat list, without their markers', async () => {
      const { document } = await openPinned(fixture('see-also-nested.txt', { from: 'see-also-nested.txt' }));
      await analysisOf(document);
      assert.deepStrictEqual(views(reader).seeAlso, [
        'NATO ministers meet in Brussels',
        'Stoltenberg warns Russia',
        'Deeper still: the INF Treaty',
        'Russia shows the 9М729 missile',
        'Dash item on Geneva',
        'Star item on Moscow',
        'Numbered item',
        'Lettered item',
        'Bracketed number',
      ]);
    });

    it('lists 10,000 See-also items, and the extension host keeps answering while they are read', async () => {
      const { document } = await openPinned(fixture('see-also-10000.txt', { text: manyItemsText() }));
      const hover = await timedHover(user, stoltenberg);
      assert.deepStrictEqual(hover.markdown, userHover);
      // How long it took is a figure, not a pass mark (the bench measures the host's stalls): printed only.
      console.log(`      the hover answered in ${hover.ms} ms`);
      await analysisOf(document);
      const started = Date.now();
      const items = reader.seeAlsoTree.getChildren().map(node => reader.seeAlsoTree.getTreeItem(node));
      const ms = Date.now() - started;
      assert.deepStrictEqual(
        [items.length, items[0].label, items[0].id, items[9_999].label, items[9_999].id],
        [10_000, 'Related headline 1 on NATO talks', 'seeAlso:0:103', 'Related headline 10000 on NATO talks', 'seeAlso:9999:418400'],
      );
      assert.ok(ms < 1_000, `the See Also view's 10,000 items took ${ms} ms`);
    });
  });
});

describe('edit storm', () => {
  const file = path.join(folder, 'storm', 'storm.txt');
  before(() => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(userSeed, file);
  });
  after(async () => {
    const storm = vscode.workspace.textDocuments.find(d => d.uri.fsPath === file);
    if (storm?.isDirty) {
      await vscode.window.showTextDocument(storm);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows, at idle points of 1,000 random edits in bursts, the decorations and views of a fresh analysis of the text', async function () {
    this.timeout(150_000);
    const reader = await seedReader();
    const editor = await openPinned(file);
    const document = editor.document;
    await analysisOf(document);
    const { random, paragraphs } = stormStart('edit storm', document);
    const tagger = repoTagger();
    // Four rounds of 250 edits, each followed by idle and the comparison: a bug that shows only in some states has four chances.
    for (let round = 1; round <= 4; round++) {
      const started = Date.now();
      const counts = await editStorm(editor, random, paragraphs, { total: 250, burst: 20, maxPauseMs: 300 });
      console.log(
        `edit storm, round ${round}: ${JSON.stringify(counts.applied)} in ${Date.now() - started} ms; ` +
          `${document.getText().length} characters, version ${document.version}`,
      );
      assert.strictEqual(counts.refused, 0);

      // Idle: the full analysis of the current version is published, and nothing replaces it afterwards.
      const published = await analysisOf(document, 60_000);
      await sleep(500);
      assert.strictEqual(reader.analysisFor(document.uri), published, `round ${round}: the analysis was replaced while idle`);

      const fresh = analyzeSeed(document.getText(), { tagger });
      const expected = expectedState(fresh, document);
      await eventually(`round ${round}: the painted ranges`, () => painted(reader, document), expected.painted);
      assert.deepStrictEqual(views(reader), expected.views, `round ${round}: the views`);
      // Underneath, the whole Analysis the worker built from its cache, version after version, equals the fresh one.
      assert.deepStrictEqual(JSON.parse(JSON.stringify(published)), JSON.parse(JSON.stringify(fresh)), `round ${round}: the analysis`);
      // No painted range ends past the end of its line (the drift of stale offsets).
      const beyond = [...(reader.decorations.painted(document)?.values() ?? [])]
        .flat()
        .filter(range => range.end.character > document.lineAt(range.end.line).range.end.character)
        .map(span4);
      assert.deepStrictEqual(beyond, [], `round ${round}: ranges past the end of their line`);
    }
  });
});
