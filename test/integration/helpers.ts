// Small helpers for tests that run inside the extension host (see index.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core';
import type { SeedReaderApi } from '../../src/extension/api';

export const EXTENSION_ID = 'seed-reader.seed-reader';

import { seedsFolder } from '../helpers/paths';
import { sleep } from '../helpers/sleep';

export { projectRoot, seedsFolder, TEST_USER_SEED as userSeedFile } from '../helpers/paths';
export { sleep };

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return found;
}

/** The seed files in the suite's workspace (.test-workspace/seeds), sorted, as absolute paths. */
export function seedFiles(): string[] {
  return fs
    .readdirSync(seedsFolder)
    .filter(name => name.endsWith('.txt'))
    .sort()
    .map(name => path.join(seedsFolder, name));
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
    await sleep(100);
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

/** Opens a file in a pinned (not preview) editor, so opening another file never closes it. */
export async function openPinned(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The contents of hovers, as markdown strings. */
export const hoverMarkdown = (hovers: readonly vscode.Hover[]) => hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value)));

/** Seed Reader's API (what activate() returns), activating it if needed. */
export async function seedReader(): Promise<SeedReaderApi> {
  return (await extension().activate()) as SeedReaderApi;
}

/**
 * Waits until the Analysis of `document`'s current version is published, and returns it. An Analysis
 * of part of the text (`partial`, a first look at what the reader sees) does not count.
 */
export async function analysisOf(document: vscode.TextDocument, ms = 30_000): Promise<Analysis> {
  const reader = await seedReader();
  return waitFor(
    `the analysis of ${path.basename(document.uri.path)} (version ${document.version})`,
    () => {
      const analysis = reader.analysisFor(document.uri);
      return analysis && !(analysis as { partial?: unknown }).partial ? analysis : undefined;
    },
    ms,
  );
}

/** A range or selection as [start line, start character, end line, end character]. */
export type Span4 = [number, number, number, number];
export const span4 = (r: vscode.Range): Span4 => [r.start.line, r.start.character, r.end.line, r.end.character];

/** Polls `probe` until its value deep-equals `expected`; after `ms` fails with the last value's diff. */
export async function eventually<T>(what: string, probe: () => T | Promise<T>, expected: T, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    try {
      assert.deepStrictEqual(value, expected);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        if (error instanceof assert.AssertionError) error.message = `${what}, after ${ms} ms: ${error.message}`;
        throw error;
      }
    }
    await sleep(100);
  }
}

/** The workbench commands a reader's keys run in a quick pick: Down, Enter and Escape. */
const QUICK_OPEN = {
  next: 'workbench.action.quickOpenSelectNext',
  accept: 'workbench.action.acceptSelectedQuickOpenItem',
  escape: 'workbench.action.closeQuickOpen',
} as const;
/**
 * How long a quick pick takes to be on screen with its items. An extension's pick reaches the workbench
 * as messages from the extension host, which a workbench command sent at once could overtake.
 */
const PICK_SETTLE_MS = 400;

/**
 * Runs `command`, which shows quick picks, and answers them with `keys` as a reader would (VS Code's API
 * cannot read another extension's pick, so the test drives the workbench's own quick-open commands).
 * Settles when the command has finished.
 */
export async function runWithKeys(command: string, keys: readonly (keyof typeof QUICK_OPEN)[]): Promise<void> {
  const running = Promise.resolve(vscode.commands.executeCommand(command));
  for (const key of keys) {
    await sleep(PICK_SETTLE_MS);
    await vscode.commands.executeCommand(QUICK_OPEN[key]);
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${command} did not finish within 10 s after ${keys.join(', ')}`)), 10_000);
  });
  try {
    await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes every tab showing one of `files`, without asking to save. */
export async function closeTabsOf(files: readonly string[]): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap(group => group.tabs)
    .filter(tab => tab.input instanceof vscode.TabInputText && files.includes(tab.input.uri.fsPath));
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
