// Issue 14 in the extension host: the workspace index over the seeds of the folder. The test writes 30
// invented seeds (test/fixtures/workspace/generate.ts) into seeds/workspace-test-fixtures/, with copies of
// the real pages when ../shared/seeds/real exists, beside the user's seed; the folder is deleted after.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { linkActors, type WorkspaceIndex, workspaceTimeline } from '../../src/core';

const workspaceTimelineLength = (index: WorkspaceIndex) => workspaceTimeline(index).length;
import type { SeedReaderApi } from '../../src/extension/api';
import { WORKSPACE_SEED_COUNT, workspaceSeedName, workspaceSeedText } from '../fixtures/workspace/generate';
import {
  analysisOf,
  closeTabsOf,
  eventually,
  hoverMarkdown,
  openPinned,
  outputChannelText,
  projectRoot,
  seedReader,
  seedsFolder,
  sleep,
  userSeedFile,
  waitFor,
} from './helpers';

const folder = path.join(seedsFolder, 'workspace-test-fixtures');
const realFolder = path.join(projectRoot, '..', 'shared', 'seeds', 'real');
const fixture = (i: number) => path.join(folder, workspaceSeedName(i));
const key = (file: string) => vscode.Uri.file(file).toString();
const folderKey = key(folder) + '/';

/** The indexed files under the fixture folder, as paths relative to it. */
function fixtureFiles(index: WorkspaceIndex): string[] {
  return index.files.filter(f => f.file.startsWith(folderKey)).map(f => decodeURIComponent(f.file.slice(folderKey.length)));
}

/** The seeds (fixture-relative names) a workspace actor is in. */
function seedsOf(index: WorkspaceIndex, id: string): string[] {
  const actor = linkActors(index).find(a => a.id === id);
  return (actor?.seeds ?? []).map(s => (s.file.startsWith(folderKey) ? s.file.slice(folderKey.length) : s.file));
}

describe('The workspace index', function () {
  this.timeout(180_000);
  let reader: SeedReaderApi;
  let realNames: string[] = [];
  let expected: string[] = [];

  before(async () => {
    reader = await seedReader();
    // The index is built before the folder appears, as in a reader's session: it learns of it from the watchers.
    await reader.workspace.whenIdle();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    for (let i = 0; i < WORKSPACE_SEED_COUNT; i++) fs.writeFileSync(fixture(i), workspaceSeedText(i));
    if (fs.existsSync(realFolder)) {
      realNames = fs.readdirSync(realFolder).filter(n => n.endsWith('.txt'));
      fs.mkdirSync(path.join(folder, 'real'));
      for (const name of realNames) fs.copyFileSync(path.join(realFolder, name), path.join(folder, 'real', name));
    }
    expected = [...Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => workspaceSeedName(i)), ...realNames.map(n => `real/${n}`)].sort();
    try {
      await waitFor('the fixture seeds in the index', () => (fixtureFiles(reader.workspace.current).length === expected.length ? true : undefined), 120_000);
    } catch (error) {
      // What the index did meanwhile, for the reader of a failed run.
      console.log(
        (outputChannelText('Seed Reader') ?? '')
          .split('\n')
          .filter(l => l.includes('workspace index'))
          .join('\n'),
      );
      console.log(fixtureFiles(reader.workspace.current).length, expected.length);
      throw error;
    }
    await reader.workspace.whenIdle();
  });
  after(async () => {
    await closeTabsOf(Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => fixture(i)));
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('holds every seed of the folder, the user’s seed among them', () => {
    const index = reader.workspace.current;
    assert.deepStrictEqual(fixtureFiles(index), expected);
    assert.ok(expected.length >= 30, `${expected.length} seeds`);
    assert.ok(
      index.files.some(f => f.file === key(userSeedFile)),
      'the user’s seed is indexed',
    );
  });

  it('links one actor across seeds, and keeps two people with one surname apart', () => {
    const index = reader.workspace.current;
    assert.deepStrictEqual(
      seedsOf(index, 'person:ingrid-halvorsen'),
      Array.from({ length: 10 }, (_, i) => workspaceSeedName(i)),
    );
    assert.deepStrictEqual(seedsOf(index, 'person:anna-varga'), [20, 21, 22].map(workspaceSeedName));
    assert.deepStrictEqual(seedsOf(index, 'person:peter-varga'), [23, 24].map(workspaceSeedName));
  });

  it('builds from nothing in the worker, and reads the stored index back analysing nothing', async () => {
    const total = reader.workspace.current.files.length;
    const cold = await reader.workspace.rebuild(false);
    await reader.workspace.flush();
    const warm = await reader.workspace.rebuild(true);
    console.log(
      `      workspace index of ${total} seeds: cold ${cold?.ms} ms (${cold?.analysed} analysed), warm ${warm?.loadMs} ms reading the stored index + ${warm?.ms} ms (${warm?.reused} known by hash)`,
    );
    assert.deepStrictEqual(
      [cold?.start, cold?.files, cold?.analysed, cold?.skipped, warm?.start, warm?.files, warm?.analysed, warm?.reused, warm?.skipped],
      ['cold', total, total, 0, 'warm', total, 0, total, 0],
    );
    assert.strictEqual(reader.workspace.current.files.length, total);
  });

  it('follows files created and deleted on disk', async () => {
    const extra = path.join(folder, 'ws-extra.txt');
    fs.writeFileSync(extra, workspaceSeedText(3).replace('review 4', 'review 40'));
    await eventually('the new seed in the index', () => fixtureFiles(reader.workspace.current).includes('ws-extra.txt'), true, 30_000);
    assert.deepStrictEqual(seedsOf(reader.workspace.current, 'person:ingrid-halvorsen').length, 11);
    fs.rmSync(extra);
    await eventually('the deleted seed gone from the index', () => fixtureFiles(reader.workspace.current).includes('ws-extra.txt'), false, 30_000);
    assert.deepStrictEqual(seedsOf(reader.workspace.current, 'person:ingrid-halvorsen').length, 10);
  });

  describe('on the name card', () => {
    /** The card's "Also in …" line over the first "Ingrid Halvorsen" of ws-00. */
    async function alsoLine(): Promise<string | undefined> {
      const editor = await openPinned(fixture(0));
      await analysisOf(editor.document);
      const position = editor.document.positionAt(editor.document.getText().indexOf('Ingrid Halvorsen') + 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return hoverMarkdown(hovers)
        .flatMap(m => m.split('\n'))
        .find(l => l.startsWith('Also in'));
    }
    const linkTo = (i: number) => `[ws\\-${String(i).padStart(2, '0')}\\.txt](command:seedReader.openSeedAt?`;

    it('says in how many other seeds the actor is and links the three with the most mentions', async () => {
      const line = (await alsoLine()) ?? '';
      assert.ok(line.startsWith(`Also in 9 other seeds: ${linkTo(2)}`), line);
      assert.deepStrictEqual(
        [...line.matchAll(/\[(ws[^\]]*)\]/g)].map(m => m[1]),
        ['ws\\-02\\.txt', 'ws\\-05\\.txt', 'ws\\-08\\.txt'],
      );
      assert.ok(
        line.endsWith(
          `· [list all](command:seedReader.listActorSeeds?${encodeURIComponent(JSON.stringify(['person:ingrid-halvorsen']))} "Pick one of the seeds")`,
        ),
        line,
      );
    });

    it('lists all the seeds in a Quick Pick, and opens the chosen one at its first mention', async () => {
      const running = Promise.resolve(vscode.commands.executeCommand('seedReader.listActorSeeds', 'person:ingrid-halvorsen'));
      await sleep(400);
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(await running, true);
      const editor = vscode.window.activeTextEditor;
      // Most mentions first: ws-00 (2 mentions) is not first; ws-05 is the second of the three with 4.
      assert.deepStrictEqual(
        [path.basename(editor?.document.uri.fsPath ?? ''), editor?.selection.start.line, editor?.selection.start.character],
        ['ws-05.txt', 0, 0],
      );
      assert.strictEqual(await vscode.commands.executeCommand('seedReader.openSeedAt', key(path.join(projectRoot, 'package.json')), 0, 1), false);
    });

    it('counts one seed fewer once a saved edit takes the actor out of another seed', async () => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(fixture(5)));
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, whole, workspaceSeedText(25));
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await document.save());
      await eventually('the card after the save', async () => (await alsoLine())?.slice(0, 22), 'Also in 8 other seeds:', 30_000);
      const back = new vscode.WorkspaceEdit();
      back.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), workspaceSeedText(5));
      assert.ok(await vscode.workspace.applyEdit(back));
      assert.ok(await document.save());
      await eventually('the card after saving it back', async () => (await alsoLine())?.slice(0, 22), 'Also in 9 other seeds:', 30_000);
    });
  });

  describe('across seeds', () => {
    const invented = (uri: vscode.Uri) => uri.toString().startsWith(folderKey) && !uri.path.includes('/real/');

    it('finds all references of a name in every seed (Shift+F12)', async () => {
      const editor = await openPinned(fixture(0));
      await analysisOf(editor.document);
      const position = editor.document.positionAt(editor.document.getText().indexOf('Ingrid Halvorsen') + 3);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, position);
      const perFile = new Map<string, number>();
      for (const l of locations) perFile.set(path.basename(l.uri.fsPath), (perFile.get(path.basename(l.uri.fsPath)) ?? 0) + 1);
      assert.deepStrictEqual([...perFile].sort(), [
        ['ws-00.txt', 2],
        ['ws-01.txt', 3],
        ['ws-02.txt', 4],
        ['ws-03.txt', 2],
        ['ws-04.txt', 3],
        ['ws-05.txt', 4],
        ['ws-06.txt', 2],
        ['ws-07.txt', 3],
        ['ws-08.txt', 4],
        ['ws-09.txt', 2],
      ]);
      assert.strictEqual(locations.length, 29);
      // Positions in a closed seed, from the index's offsets: the second line's "Ingrid Halvorsen" in ws-08.
      const in08 = locations.filter(l => l.uri.toString() === key(fixture(8))).map(l => [l.range.start.line, l.range.start.character, l.range.end.character]);
      assert.deepStrictEqual(in08, [
        [0, 0, 9],
        [2, 0, 16],
        [2, 75, 84],
        [2, 129, 138],
      ]);
    });

    it('lists actors and events of every seed in Go to Symbol in Workspace (Ctrl+T)', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'pvarga');
      assert.deepStrictEqual(
        // VS Code orders the merged results itself: compare them sorted.
        symbols
          .filter(s => invented(s.location.uri))
          .map(s => [s.name, s.kind, path.basename(s.location.uri.fsPath), s.location.range.start.line])
          .sort(),
        [
          ['24 August 2019 — Peter Varga criticised the regional budget in Szeged', vscode.SymbolKind.Event, 'ws-23.txt', 2],
          ['25 September 2019 — Peter Varga criticised the regional budget in Szeged', vscode.SymbolKind.Event, 'ws-24.txt', 2],
          ['Peter Varga', vscode.SymbolKind.Object, 'ws-23.txt', 0],
          ['Peter Varga', vscode.SymbolKind.Object, 'ws-24.txt', 0],
        ],
      );
    });
  });

  describe('in the views', () => {
    it('shows an actor across seeds in the Workspace view, then its seeds, then its mentions with their lines', async () => {
      const tree = reader.workspaceTree;
      const people = tree.getChildren().find(n => n.kind === 'group' && n.group === 'person')!;
      const halvorsen = tree.getChildren(people).find(n => n.kind === 'actor' && n.actor.name === 'Ingrid Halvorsen')!;
      assert.strictEqual((await tree.getTreeItem(halvorsen)).description, '10 seeds · ×29');
      const seeds = tree.getChildren(halvorsen);
      const items = await Promise.all(seeds.map(n => tree.getTreeItem(n)));
      assert.deepStrictEqual(
        items.map(i => [i.label, i.description]),
        [2, 5, 8, 1, 4, 7, 0, 3, 6, 9].map(i => [workspaceSeedName(i), `×${i % 3 === 2 ? 4 : i % 3 === 1 ? 3 : 2}`]),
      );
      const mentions = await Promise.all(tree.getChildren(seeds[2]).map(n => tree.getTreeItem(n)));
      assert.deepStrictEqual(
        mentions.map(i => [i.label, i.description, i.command?.command, i.command?.arguments?.[0]]),
        [1, 2, 3, 4].map((k, j) => [`Mention ${k} of 4`, `line ${j === 0 ? 1 : 3}`, 'seedReader.openSeedAt', key(fixture(8))]),
      );
      await vscode.commands.executeCommand(mentions[3].command!.command, ...mentions[3].command!.arguments!);
      const editor = vscode.window.activeTextEditor;
      assert.deepStrictEqual(
        [path.basename(editor?.document.uri.fsPath ?? ''), editor?.selection.start.line, editor?.selection.start.character],
        ['ws-08.txt', 2, 129],
      );
    });

    it('opens the seed a See Also headline names, from the index', async () => {
      const editor = await openPinned(fixture(29));
      await analysisOf(editor.document);
      const [first] = reader.seeAlsoTree.getChildren();
      const command = reader.seeAlsoTree.getTreeItem(first).command!;
      await vscode.commands.executeCommand(command.command, ...command.arguments!);
      await eventually('the seed the headline names', () => path.basename(vscode.window.activeTextEditor?.document.uri.fsPath ?? ''), 'ws-00.txt');
    });
  });

  it('lists the events of all seeds in time order in the Events view, and those of the active seed again', async () => {
    const editor = await openPinned(fixture(3));
    await analysisOf(editor.document);
    const tree = reader.eventsTree;
    const labels = async () => Promise.all(tree.getChildren().map(async n => (await tree.getTreeItem(n)).description));
    await vscode.commands.executeCommand('seedReader.showAllSeedsEvents');
    const all = await labels();
    assert.deepStrictEqual(
      all.filter(d => typeof d === 'string' && d.startsWith('ws-')),
      Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => workspaceSeedName(i)),
    );
    assert.strictEqual(all.length, workspaceTimelineLength(reader.workspace.current));
    await vscode.commands.executeCommand('seedReader.showThisSeedEvents');
    assert.deepStrictEqual(
      tree.getChildren().map(n => ('event' in n ? n.event.date.text : '')),
      ['4 February 2019'],
    );
  });
});
