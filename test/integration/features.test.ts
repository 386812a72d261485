import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { hoverMarkdown, openFile, projectRoot, seedReader, span4, userSeedFile, waitFor } from './helpers';
import { LATE_OCTOBER_CARD } from '../helpers/userSeedCards';
import { actorCorrectionLine, dateCorrectionLine } from '../../src/extension/features/hover/correctionLinks';

/** The end of every card: a rule, then the links that correct the name or date (their words: test/unit/extCorrections.test.ts). */
const tail = (line: string) => ['', '---', '', line];

const injectFile = path.join(projectRoot, 'test', 'fixtures', 'inject', 'seed.txt');

const revealLink = (uri: vscode.Uri, start: number, end: number) =>
  `command:seedReader.revealRange?${encodeURIComponent(JSON.stringify([uri.toString(), start, end]))}`;

/** Opens a seed and waits until its Analysis is published. */
async function openSeedEditor(file: string): Promise<vscode.TextEditor> {
  const editor = await openFile(file);
  const reader = await seedReader();
  await waitFor('the seed to be analysed', () => reader.analysisFor(editor.document.uri) && true, 30_000);
  return editor;
}

describe('Seed Reader features on the user seed', () => {
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  before(async () => {
    editor = await openSeedEditor(userSeedFile);
    document = editor.document;
  });
  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(document);
  });

  it('reads files under seeds/ in the seed language', () => {
    assert.strictEqual(document.languageId, 'seed');
  });

  it('shows a hover card for "Stoltenberg" naming Jens Stoltenberg and his role', async () => {
    const position = new vscode.Position(6, 105); // inside "Mr. Stoltenberg"
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.deepStrictEqual(hoverMarkdown(hovers), [
      [
        '$(person) **Jens Stoltenberg** · Person',
        '',
        'Role: Secretary General  ',
        'Also: Stoltenberg, Mr\\. Stoltenberg  ',
        `4 mentions · first: [Stoltenberg](${revealLink(document.uri, 0, 11)} "Go to the first mention")`,
        ...tail(actorCorrectionLine(document.uri.toString(), document.offsetAt(position), 'PERSON', true)),
      ].join('\n'),
    ]);
    assert.deepStrictEqual(span4(hovers[0].range!), [6, 101, 6, 112]);
  });

  it('shows a hover card for a date in plain words, "k-th of n events", with no link to the event under the mouse', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(10, 18));
    const offset = document.offsetAt(new vscode.Position(10, 18));
    assert.deepStrictEqual(hoverMarkdown(hovers), [[...LATE_OCTOBER_CARD, ...tail(dateCorrectionLine(document.uri.toString(), offset))].join('\n')]);
  });

  it('lists the title, the six events in timeline order and the actors as document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepStrictEqual(
      symbols.map(s => s.name),
      ['Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty', 'Actors', 'Events'],
    );
    // VS Code sorts top-level symbols by position; the events inside "Events" keep timeline order.
    assert.deepStrictEqual(
      symbols[2].children.map(s => [s.name, s.kind]),
      [
        ['late October — The President of the United States Donald trump has announced plans to withdraw…', vscode.SymbolKind.Event],
        ['15 January — In Geneva held a closed Russian-American consultations about the fate of the…', vscode.SymbolKind.Event],
        ['23 January — Russia held a briefing for foreign military attaches, where for the first time…', vscode.SymbolKind.Event],
        ['9:00 GMT — A meeting of the Council Russia—NATO began in Brussels and lasted five hours', vscode.SymbolKind.Event],
        ['next week — The US has invited Russia to hold talks on the sidelines of a UN meeting in…', vscode.SymbolKind.Event],
        ['13-14 February — Defence Ministers of NATO countries will discuss the situation in Brussels', vscode.SymbolKind.Event],
      ],
    );
    assert.deepStrictEqual(
      symbols[1].children.slice(0, 2).map(s => [s.name, s.detail]),
      [
        ['Jens Stoltenberg', 'Person ×4'],
        ['NATO', 'Organisation ×6'],
      ],
    );
  });

  it('finds exactly the four mentions of Stoltenberg as references', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(4, 220));
    assert.deepStrictEqual(
      locations.map(l => [l.uri.toString(), ...span4(l.range)]),
      [
        [document.uri.toString(), 0, 0, 0, 11],
        [document.uri.toString(), 2, 0, 2, 11],
        [document.uri.toString(), 4, 213, 4, 229],
        [document.uri.toString(), 6, 101, 6, 112],
      ],
    );
  });

  it('goes to the first full mention on F12 and highlights all mentions', async () => {
    const definitions = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(0, 3));
    assert.deepStrictEqual(
      definitions.map(l => span4(l.range)),
      [[4, 213, 4, 229]],
    );
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      document.uri,
      new vscode.Position(0, 3),
    );
    assert.deepStrictEqual(
      highlights.map(h => span4(h.range)),
      [
        [0, 0, 0, 11],
        [2, 0, 2, 11],
        [4, 213, 4, 229],
        [6, 101, 6, 112],
      ],
    );
  });

  it('steps through the events in timeline order with Next Event and wraps at the end', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visited: [number, number][] = [];
    for (let i = 0; i < 7; i++) {
      await vscode.commands.executeCommand('seedReader.nextEvent');
      visited.push([editor.selection.active.line, editor.selection.active.character]);
    }
    assert.deepStrictEqual(visited, [
      [10, 0],
      [10, 213],
      [12, 0],
      [8, 0],
      [12, 431],
      [6, 194],
      [10, 0],
    ]);
    await vscode.commands.executeCommand('seedReader.previousEvent');
    assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [6, 194]);
  });

  it('gives the See Also, Events and Actors views the active seed', async () => {
    const reader = await seedReader();
    const labels = <T>(provider: vscode.TreeDataProvider<T>, items: T[]) =>
      items.map(i => {
        const item = provider.getTreeItem(i) as vscode.TreeItem;
        return typeof item.label === 'string' ? item.label : item.label?.label;
      });
    assert.deepStrictEqual(labels(reader.seeAlsoTree, reader.seeAlsoTree.getChildren()), [
      'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
      'The defense Ministry showed the military attache of the missile, to which there are claims in the US',
      'Russia warned the United States against military intervention in the Affairs of Venezuela',
    ]);
    assert.deepStrictEqual(
      labels(reader.eventsTree, reader.eventsTree.getChildren()).map(l => l?.split(' · ')[0]),
      ['late October', '15 January', '23 January', '9:00 GMT', 'next week', '13-14 February'],
    );
    const groups = reader.actorsTree.getChildren();
    assert.deepStrictEqual(
      groups.map(g => [labels(reader.actorsTree, [g])[0], reader.actorsTree.getTreeItem(g).description]),
      [
        ['People', '3'],
        ['Organisations', '6'],
        ['Places', '11'],
        ['Other', '5'],
      ],
    );
    const people = reader.actorsTree.getChildren(groups[0]);
    assert.deepStrictEqual(
      people.map(p => [labels(reader.actorsTree, [p])[0], reader.actorsTree.getTreeItem(p).description]),
      [
        ['Jens Stoltenberg', '×4'],
        ['Sergei Ryabkov', '×1'],
        ['Donald Trump', '×1'],
      ],
    );
    const mentions = reader.actorsTree.getChildren(people[0]);
    assert.deepStrictEqual(
      mentions.map(m => reader.actorsTree.getTreeItem(m).command?.arguments),
      [
        [document.uri.toString(), 0, 11],
        [document.uri.toString(), 85, 96],
        [document.uri.toString(), 383, 399],
        [document.uri.toString(), 633, 644],
      ],
    );
    const parent = reader.actorsTree.getParent(mentions[0]);
    assert.strictEqual(parent && reader.actorsTree.getTreeItem(parent).label, 'Jens Stoltenberg');
  });

  it('reveals a span through seedReader.revealRange and refuses bad arguments', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.revealRange', document.uri.toString(), 383, 399), true);
    assert.deepStrictEqual(span4(editor.selection), [4, 213, 4, 213]);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.revealRange', document.uri.toString(), 0, 99_999), false);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.revealRange', 'file:///etc/passwd', 0, 1), false);
    assert.strictEqual(await vscode.commands.executeCommand('seedReader.revealRange', document.uri.toString(), '0', 1), false);
  });
});

describe('Seed Reader on a crafted seed (markdown injection)', () => {
  it('reads a text file as a seed on "Read This File as a Seed"', async () => {
    await openFile(injectFile);
    assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('seedReader.readAsSeed');
    await waitFor('the language to become seed', () => (vscode.window.activeTextEditor?.document.languageId === 'seed' ? true : undefined));
  });

  it('escapes the document text it puts in a hover card and trusts only its own commands', async () => {
    const editor = await openSeedEditor(injectFile);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(2, 7));
    assert.strictEqual(hovers.length, 1);
    const markdown = hovers[0].contents[0] as vscode.MarkdownString;
    assert.deepStrictEqual(markdown.value.split('\n'), [
      '$(person) **John Smith** · Person',
      '',
      'Also: Smith, Mr\\. Smith  ',
      `4 mentions · first: [Smith](${revealLink(editor.document.uri, 0, 5)} "Go to the first mention")`,
      '',
      '**Events**',
      '',
      '- 15 January — John Smith said \\*\\*bold\\*\\* \\[x\\]\\(command\\:workbench\\.action\\.quit\\) \\<img src\\=x\\> in Oslo',
      '',
      '**With:** Oslo',
      ...tail(actorCorrectionLine(editor.document.uri.toString(), editor.document.offsetAt(new vscode.Position(2, 7)), 'PERSON', true)),
    ]);
    assert.ok(!markdown.value.includes('](command:workbench'), 'no live link to a foreign command');
    assert.ok(!/(^|[^\\])<img/.test(markdown.value), 'no raw HTML');
    // Each command checks its arguments: an open seed's span, an indexed seed's span, a workspace actor's id, a place in an open seed.
    assert.deepStrictEqual(
      [markdown.isTrusted, markdown.supportHtml],
      [
        {
          enabledCommands: [
            'seedReader.revealRange',
            'seedReader.openSeedAt',
            'seedReader.listActorSeeds',
            'seedReader.relabelActor',
            'seedReader.renameActor',
            'seedReader.dismissMention',
            'seedReader.mergeActor',
            'seedReader.splitMention',
          ],
        },
        false,
      ],
    );
  });
});
