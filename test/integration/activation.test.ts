import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, extension, openFile, outputChannelText, seedFiles, seedsFolder, waitFor } from './helpers';

describe('Seed Reader in a real VS Code extension host', () => {
  it('is loaded with its manifest', () => {
    const manifest = extension().packageJSON as { name: string; publisher: string; main: string };
    assert.deepStrictEqual(
      { id: extension().id, name: manifest.name, publisher: manifest.publisher, main: manifest.main },
      { id: EXTENSION_ID, name: 'seed-reader', publisher: 'seed-reader', main: './dist/extension.js' },
    );
  });

  it('opens the seeds folder as the workspace', () => {
    assert.deepStrictEqual(
      vscode.workspace.workspaceFolders?.map(folder => folder.uri.fsPath),
      [seedsFolder],
    );
  });

  it('activates when a seed file is opened', async () => {
    const editor = await openFile(seedFiles()[0]);
    assert.strictEqual(path.basename(editor.document.fileName), path.basename(seedFiles()[0]));
    await waitFor('the extension to activate', () => (extension().isActive ? true : undefined));
  });

  it('writes "Seed Reader activated." to its output channel', async () => {
    await extension().activate();
    // VS Code creates the channel's file at once and fills it a moment later; analyses may log after it.
    const text = await waitFor('"Seed Reader activated." in the Seed Reader output channel', () => {
      const written = outputChannelText('Seed Reader');
      return written?.includes('\n') ? written : undefined;
    });
    assert.strictEqual(text.split('\n')[0], 'Seed Reader activated (Node extension host, analysis in worker threads).');
  });
});
