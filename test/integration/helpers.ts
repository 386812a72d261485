// Small helpers for tests that run inside the extension host (see index.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed-reader.seed-reader';

/** The project root (the extension under development): out/test/integration -> ../../.. */
export const projectRoot = path.resolve(__dirname, '../../..');
export const seedsFolder = path.join(projectRoot, 'seeds');

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return found;
}

/** The seed files in seeds/, sorted, as absolute paths. */
export function seedFiles(): string[] {
  return fs.readdirSync(seedsFolder).filter(name => name.endsWith('.txt')).sort().map(name => path.join(seedsFolder, name));
}

/** Opens a file in an editor, as a reader clicking it in the explorer would. */
export async function openFile(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns a value other than undefined, or fails with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/**
 * The text VS Code has written for one of our output channels, or undefined while it has none.
 * VS Code mirrors every output channel into `<user data>/logs/…/output_logging_*\/N-<name>.log`; the
 * harness passes the user-data folder in SEED_READER_TEST_USER_DATA.
 */
export function outputChannelText(name: string): string | undefined {
  const userData = process.env.SEED_READER_TEST_USER_DATA;
  if (!userData) throw new Error('SEED_READER_TEST_USER_DATA is not set: run through the harness (npm run test:integration)');
  const matches: string[] = [];
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (path.basename(dir).startsWith('output_logging_') && entry.name.replace(/^\d+-/, '') === `${name}.log`) matches.push(full);
    }
  };
  visit(path.join(userData, 'logs'));
  return matches.length > 0 ? matches.map(file => fs.readFileSync(file, 'utf8')).join('') : undefined;
}
