import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analysisOf, openFile, outputChannelText, seedReader, sleep, userSeedFile, waitFor } from './helpers';
import { longText } from '../helpers/longText';

const seedText = fs.readFileSync(userSeedFile, 'utf8');

/** Waits for a line of the "Seed Reader" output channel that matches `pattern`, and returns it. */
function logLine(pattern: RegExp, ms = 20_000): Promise<string> {
  return waitFor(
    `a line matching ${pattern} in the Seed Reader output`,
    () => (outputChannelText('Seed Reader') ?? '').split('\n').find(line => pattern.test(line)),
    ms,
  );
}

describe('Seed Reader analysis in a worker thread', () => {
  // Files under a seeds/ folder outside the workspace are seeds too (**/seeds/**/*.txt).
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-worker-'));
  const seeds = path.join(folder, 'seeds');
  fs.mkdirSync(seeds);
  const write = (name: string, text: string) => {
    const file = path.join(seeds, name);
    fs.writeFileSync(file, text);
    return file;
  };
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('analyses a seed in the worker, which the first analysis starts', async () => {
    const editor = await openFile(write('copy.txt', seedText));
    const analysis = await analysisOf(editor.document);
    assert.deepStrictEqual([analysis.length, analysis.actors.length, analysis.events.length], [seedText.length, 25, 6]);
    await logLine(/^analysis worker started \(thread \d+\)$/);
  });

  it('shows a first look at the visible part of a large seed, then the full analysis', async () => {
    const reader = await seedReader();
    const text = longText(300_000, 'first-look');
    const file = write('large.txt', text);
    // Watched from before the file opens, so no publication is missed.
    const seen: string[] = [];
    const poll = setInterval(() => {
      const analysis = reader.analysisFor(vscode.Uri.file(file));
      const kind = !analysis ? undefined : analysis.partial ? `partial from ${analysis.partial.start}` : 'full';
      if (kind && seen.at(-1) !== kind) seen.push(kind);
    }, 5);
    try {
      const editor = await openFile(file);
      const full = await analysisOf(editor.document, 60_000);
      assert.strictEqual(full.length, text.length);
    } finally {
      clearInterval(poll);
    }
    // The editor shows the top of the file: the first look starts there.
    assert.deepStrictEqual(seen, ['partial from 0', 'full']);
    await logLine(/^large\.txt: first look \(\d+ K characters\): \d+ ms in the worker, [\d.]+ ms to receive, \d+ ms after the request$/);
  });

  it('does not analyse a file above seedReader.maxFileSizeMB until seedReader.analyseAnyway runs', async () => {
    const reader = await seedReader();
    const settings = vscode.workspace.getConfiguration('seedReader');
    await settings.update('maxFileSizeMB', 0.01, vscode.ConfigurationTarget.Global);
    try {
      const text = `${seedText}\n\n`.repeat(10); // 22 KB, above 0.01 MB (10.5 KB)
      const editor = await openFile(write('big.txt', text));
      await logLine(/^big\.txt is 0\.021 MB, above the 0\.01 MB limit \(seedReader\.maxFileSizeMB\): not analysed until you agree$/);
      await sleep(1_000);
      assert.strictEqual(reader.analysisFor(editor.document.uri), undefined);
      // The outline answers at once, with nothing, rather than waiting.
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.deepStrictEqual(symbols ?? [], []);

      assert.strictEqual(await vscode.commands.executeCommand('seedReader.analyseAnyway', editor.document.uri), true);
      const analysis = await analysisOf(editor.document);
      assert.strictEqual(analysis.length, text.length);
      await logLine(/^big\.txt: analysing it, as agreed$/);
    } finally {
      await settings.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
