// Issue 15 in the extension host: corrections made from a card and undone, a malformed corrections file left
// as it is, and an edit storm over a seed with corrections.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeSeed, anchorAt, correctAnalysis, linkActors, parseCorrections, serializeCorrections, toJsonl, type WorkspaceIndex } from '../../src/core';
import { repoTagger } from '../../scripts/lib/repoModel';
import { editDistance } from '../../src/core/corrections/textAnchor';
import { editStorm, stormStart } from './editStorm';
import { analysisOf, eventually, hoverMarkdown, openPinned, outputChannelText, seedReader, seedsFolder, sleep, span4, userSeedFile } from './helpers';

const correctionsFile = path.join(seedsFolder, '.seed-reader', 'corrections.json');

/** The command links of a card, as [label, command, args]. */
function cardLinks(markdown: string): [string, string, unknown[]][] {
  return [...markdown.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^ )]+)/g)].map(m => [m[1], m[2], JSON.parse(decodeURIComponent(m[3])) as unknown[]]);
}

/** The painted ranges of two kinds, as sorted Span4 strings. */
async function paintedOf(document: vscode.TextDocument, kind: 'person' | 'organisation'): Promise<string[]> {
  const reader = await seedReader();
  return (reader.decorations.painted(document)?.get(kind) ?? []).map(r => span4(r).join(',')).sort();
}

/** The kind the workspace index gives the actor named `name`, once it has indexed every change. */
async function indexedType(name: string): Promise<string | undefined> {
  const reader = await seedReader();
  await reader.workspace.whenIdle();
  return linkActors(reader.workspace.current as WorkspaceIndex).find(a => a.name === name)?.type;
}

/**
 * The user's seed open and analysed: Jens Stoltenberg's mentions, and what is painted as a person and as an
 * organisation, as sorted Span4 strings.
 */
async function jensStoltenbergPainted() {
  const reader = await seedReader();
  const document = (await openPinned(userSeedFile)).document;
  const jens = (await analysisOf(document)).actors.find(a => a.id === 'person:jens-stoltenberg')!;
  const his = jens.mentions.map(m => span4(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end))).join(',')).sort();
  return { reader, document, his, persons: await paintedOf(document, 'person'), organisations: await paintedOf(document, 'organisation') };
}

/** Removes the corrections file and waits until the extension has none. */
async function clearCorrections(): Promise<void> {
  fs.rmSync(path.dirname(correctionsFile), { recursive: true, force: true });
  const reader = await seedReader();
  await eventually('no corrections', () => [reader.corrections.all.length, reader.corrections.problem], [0, undefined], 10_000);
}

describe('Corrections', () => {
  before(clearCorrections);
  afterEach(clearCorrections);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('relabels Jens Stoltenberg from his card: his mentions turn from the person colour to the organisation colour, and undo brings them back', async () => {
    const { reader, document, his, persons, organisations } = await jensStoltenbergPainted();
    assert.deepStrictEqual(
      his.filter(s => persons.includes(s)),
      his,
    );

    // The card over "Mr. Stoltenberg" links "Organisation"; run exactly what the link runs.
    const offset = document.getText().indexOf('Mr. Stoltenberg') + 6;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const link = cardLinks(hoverMarkdown(hovers).join('\n')).find(([label]) => label === 'Organisation');
    assert.deepStrictEqual(link, ['Organisation', 'seedReader.relabelActor', [{ uri: document.uri.toString(), offset }, 'ORG']]);
    assert.strictEqual(await vscode.commands.executeCommand(link[1], ...link[2]), true);

    assert.strictEqual(
      fs.readFileSync(correctionsFile, 'utf8'),
      '{\n  "version": 1,\n  "corrections": [\n    {\n      "kind": "relabel",\n      "name": "Jens Stoltenberg",\n      "type": "ORG",\n      "id": "c1"\n    }\n  ]\n}\n',
    );
    await eventually('his mentions painted as an organisation', () => paintedOf(document, 'organisation'), [...organisations, ...his].sort());
    assert.deepStrictEqual(
      await paintedOf(document, 'person'),
      persons.filter(s => !his.includes(s)),
    );
    assert.strictEqual(reader.analysisFor(document.uri)!.actors.find(a => a.name === 'Jens Stoltenberg')!.type, 'ORG');
    // The workspace index (cards' "Also in", the Workspace view, Ctrl+T) follows.
    await eventually('the workspace index to follow', () => indexedType('Jens Stoltenberg'), 'ORG', 30_000);

    assert.strictEqual(await vscode.commands.executeCommand('seedReader.undoCorrection'), true);
    assert.strictEqual(fs.readFileSync(correctionsFile, 'utf8'), '{\n  "version": 1,\n  "corrections": []\n}\n');
    await eventually('his mentions painted as a person again', () => paintedOf(document, 'person'), persons);
    assert.deepStrictEqual(await paintedOf(document, 'organisation'), organisations);
    await eventually('the workspace index to follow the undo', () => indexedType('Jens Stoltenberg'), 'PERSON', 30_000);
  });

  it('follows a corrections file written by another window: the relabel it holds repaints the actor, its removal paints it back', async () => {
    const { reader, document, his, persons, organisations } = await jensStoltenbergPainted();

    // Another window (here: plain Node, outside VS Code) writes the file; only the watcher can tell us.
    fs.mkdirSync(path.dirname(correctionsFile), { recursive: true });
    const bytes = '{\n  "version": 1,\n  "corrections": [\n    { "id": "w1", "kind": "relabel", "name": "Jens Stoltenberg", "type": "ORG" }\n  ]\n}\n';
    fs.writeFileSync(correctionsFile, bytes);
    await eventually("the other window's relabel read", () => reader.corrections.all.map(c => `${c.id} ${c.kind}`), ['w1 relabel'], 10_000);
    await eventually('his mentions painted as an organisation', () => paintedOf(document, 'organisation'), [...organisations, ...his].sort());
    assert.strictEqual(fs.readFileSync(correctionsFile, 'utf8'), bytes);

    fs.writeFileSync(correctionsFile, '{ "version": 1, "corrections": [] }\n');
    await eventually('his mentions painted as a person again', () => paintedOf(document, 'person'), persons);
    assert.deepStrictEqual(await paintedOf(document, 'organisation'), organisations);
  });

  it('leaves a malformed or newer corrections file byte for byte as it is, and says once what is wrong and where', async () => {
    const reader = await seedReader();
    const editor = await openPinned(userSeedFile);
    await analysisOf(editor.document);
    const cases: [string, string][] = [
      [
        '{ "version": 1, "corrections": [ { "id": "c1", "kind": "relabel", "name": "NATO", "type": "PLCE" } ] }',
        'corrections[0].type: "PLCE" is not one of PERSON, ORG, PLACE, MISC',
      ],
      ['{ "version": 1, "corrections": [ ', 'not valid JSON: '],
      ['{ "version": 7, "corrections": [] }\n', 'written for schema version 7; this Seed Reader reads version 1'],
    ];
    for (const [bytes, problem] of cases) {
      fs.mkdirSync(path.dirname(correctionsFile), { recursive: true });
      fs.writeFileSync(correctionsFile, bytes);
      await eventually('the problem read', async () => (reader.corrections.problem ?? '').startsWith(problem), true, 10_000);
      // A correction asked for now is refused, and the file keeps its bytes.
      const offset = editor.document.getText().indexOf('Geneva');
      assert.strictEqual(await vscode.commands.executeCommand('seedReader.relabelActor', { uri: editor.document.uri.toString(), offset }, 'ORG'), false);
      assert.strictEqual(await vscode.commands.executeCommand('seedReader.undoCorrection'), false);
      await sleep(300);
      assert.strictEqual(fs.readFileSync(correctionsFile, 'utf8'), bytes);
      const said = (outputChannelText('Seed Reader') ?? '').split('\n').filter(l => l.startsWith(`corrections: .seed-reader/corrections.json: ${problem}`));
      assert.ok(said.length >= 1 && said.every(l => l.endsWith('; read-only until it is fixed')), said.join('\n'));
    }
  });

  it('keeps a mention marked by the reader through an edit storm: on its words, as typed or retyped, or orphaned, never elsewhere', async function () {
    this.timeout(150_000);
    const file = path.join(seedsFolder, 'corr', 'storm.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(userSeedFile, file);
    try {
      const reader = await seedReader();
      const editor = await openPinned(file);
      const document = editor.document;
      await analysisOf(document);
      const start = document.getText().indexOf('closed Russian-American consultations') + 'closed '.length;
      const at = { uri: document.uri.toString(), start, end: start + 'Russian-American'.length };
      assert.strictEqual(await vscode.commands.executeCommand('seedReader.markAsOther', at), true);
      assert.strictEqual(
        await vscode.commands.executeCommand('seedReader.relabelActor', { uri: at.uri, offset: document.getText().indexOf('Geneva') }, 'ORG'),
        true,
      );
      const corrections = parseCorrections(fs.readFileSync(correctionsFile, 'utf8')).file.corrections;
      assert.deepStrictEqual(
        corrections.map(c => [c.kind, c.seed]),
        [
          ['add', 'corr/storm.txt'],
          ['relabel', undefined],
        ],
      );

      const { random, paragraphs } = stormStart('corrections storm', document);
      const tagger = repoTagger();
      const outcomes: string[] = [];
      for (let round = 1; round <= 2; round++) {
        const counts = await editStorm(editor, random, paragraphs, { total: 150, burst: 20, maxPauseMs: 300 });
        assert.strictEqual(counts.refused, 0);
        const published = await analysisOf(document, 60_000);
        await sleep(500);
        const text = document.getText();
        const fresh = correctAnalysis(analyzeSeed(text, { tagger }), corrections, text);
        // What the editor shows is exactly the fresh analysis of the text with the corrections applied.
        assert.deepStrictEqual(JSON.parse(JSON.stringify(reader.analysisFor(document.uri))), JSON.parse(JSON.stringify(fresh.analysis)), `round ${round}`);
        assert.strictEqual(reader.analysisFor(document.uri), published);
        const added = fresh.outcomes[0];
        outcomes.push(added.status);
        if (added.status === 'applied') {
          // Placed: on its own words (even where typing glued a word to them), or on them retyped within one
          // error in four characters (the anchor's approximate search) and then on whole words; with a MISC
          // mention exactly there.
          const words = text.slice(added.at!.start, added.at!.end);
          if (words !== 'Russian-American') {
            assert.ok(editDistance(words, 'Russian-American') <= 4, `round ${round}: placed on ${JSON.stringify(words)}`);
            assert.ok(
              !/[\p{L}\p{N}]/u.test(text[added.at!.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[added.at!.end] ?? ''),
              `round ${round}: the retyped ${JSON.stringify(words)} cuts a word`,
            );
          }
          assert.deepStrictEqual(
            published.mentions.filter(m => m.start === added.at!.start).map(m => [m.end, m.type]),
            [[added.at!.end, 'MISC']],
          );
        } else assert.strictEqual(added.status, 'orphaned', `round ${round}`);
      }
      console.log(`corrections storm: the added mention was ${outcomes.join(', then ')}`);
      // The file itself never changed under the storm.
      assert.strictEqual(fs.readFileSync(correctionsFile, 'utf8'), serializeCorrections({ version: 1, corrections }));
    } finally {
      const storm = vscode.workspace.textDocuments.find(d => d.uri.fsPath === file);
      if (storm?.isDirty) {
        await vscode.window.showTextDocument(storm);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      // The suites after this one read cards of the folder without it ("Also in" would name it).
      const reader = await seedReader();
      await eventually(
        'the index to drop the storm seed',
        async () => {
          await reader.workspace.whenIdle();
          return (reader.workspace.current as WorkspaceIndex).files.some(f => f.file.endsWith('/corr/storm.txt'));
        },
        false,
        30_000,
      );
    }
  });

  it('lists the corrections newest first in the Corrections view, an anchor whose words are gone marked orphaned', async () => {
    const reader = await seedReader();
    const editor = await openPinned(userSeedFile);
    const text = editor.document.getText();
    const geneva = text.indexOf('Geneva');
    const anchor = anchorAt(text, { start: geneva, end: geneva + 'Geneva'.length });
    const file = {
      version: 1,
      corrections: [
        { id: 'c1', kind: 'dismissMention', seed: path.basename(userSeedFile), anchor },
        { id: 'c2', kind: 'split', seed: path.basename(userSeedFile), anchor: { ...anchor, quote: 'Lausanne', textHash: 'gone' } },
      ],
    };
    fs.mkdirSync(path.dirname(correctionsFile), { recursive: true });
    fs.writeFileSync(correctionsFile, JSON.stringify(file));
    await eventually('both read', () => reader.corrections.all.length, 2, 10_000);
    await reader.correctionsTree.getChildren();
    assert.deepStrictEqual(
      reader.correctionsTree.rows().map(r => [r.label, r.description, r.contextValue]),
      [
        ['“Lausanne” here is an actor of its own', `${path.basename(userSeedFile)} · orphaned: its text is not found`, 'correctionOrphaned'],
        ['“Geneva” is not a name here', path.basename(userSeedFile), 'correction'],
      ],
    );
    // Geneva is no longer a mention of this seed; the orphaned split changes nothing.
    await eventually('Geneva dismissed', () => reader.analysisFor(editor.document.uri)?.mentions.some(m => m.text === 'Geneva'), false, 10_000);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.deleteCorrection', { id: 'c1' }), true);
    assert.deepStrictEqual(
      parseCorrections(fs.readFileSync(correctionsFile, 'utf8')).file.corrections.map(c => c.id),
      ['c2'],
    );
    await eventually('Geneva back', () => reader.analysisFor(editor.document.uri)?.mentions.some(m => m.text === 'Geneva'), true, 10_000);
  });

  it('exports the corrected annotations of the active seed as JSON Lines, through the core export', async () => {
    const reader = await seedReader();
    const editor = await openPinned(userSeedFile);
    const document = editor.document;
    await analysisOf(document);
    const offset = document.getText().indexOf('Geneva');
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.dismissMention', { uri: document.uri.toString(), offset }, 'everywhere'), true);
    await eventually('Geneva dismissed', () => reader.analysisFor(document.uri)?.mentions.some(m => m.text === 'Geneva'), false, 10_000);
    const out = path.join(seedsFolder, '..', 'export-test.jsonl');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('seedReader.exportAnnotations', 'jsonl', vscode.Uri.file(out), 'seed'), 1);
      const expected = toJsonl([{ file: path.basename(userSeedFile), text: document.getText(), analysis: reader.analysisFor(document.uri)! }]);
      assert.strictEqual(fs.readFileSync(out, 'utf8'), expected);
      // The user's seed has no character outside the BMP: code points are string offsets.
      const spans = (JSON.parse(expected) as { spans: { start: number }[] }).spans;
      assert.deepStrictEqual([spans.length > 20, spans.some(x => x.start === offset)], [true, false]);
    } finally {
      fs.rmSync(out, { force: true });
    }
  });
});
