// Issue 14 in the extension host: the workspace index over the seeds of the folder. The test writes 30
// invented seeds (test/fixtures/workspace/generate.ts) into seeds/workspace-test-fixtures/, with copies of
// the real pages when ../shared/seeds/real exists, beside the user's seed; the folder is deleted after.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { linkActors, type WorkspaceIndex } from '../../src/core';
import type { SeedReaderApi } from '../../src/extension/api';
import { WORKSPACE_SEED_COUNT, workspaceSeedName, workspaceSeedText } from '../fixtures/workspace/generate';
import { eventually, projectRoot, seedReader, seedsFolder, userSeedFile, waitFor } from './helpers';

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
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    for (let i = 0; i < WORKSPACE_SEED_COUNT; i++) fs.writeFileSync(fixture(i), workspaceSeedText(i));
    if (fs.existsSync(realFolder)) {
      realNames = fs.readdirSync(realFolder).filter(n => n.endsWith('.txt'));
      fs.mkdirSync(path.join(folder, 'real'));
      for (const name of realNames) fs.copyFileSync(path.join(realFolder, name), path.join(folder, 'real', name));
    }
    expected = [...Array.from({ length: WORKSPACE_SEED_COUNT }, (_, i) => workspaceSeedName(i)), ...realNames.map(n => `real/${n}`)].sort();
    await waitFor('the fixture seeds in the index', () => (fixtureFiles(reader.workspace.current).length === expected.length ? true : undefined), 120_000);
    await reader.workspace.whenIdle();
  });
  after(() => {
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
      `      workspace index of ${total} seeds: cold ${cold?.ms} ms (${cold?.analysed} analysed), warm ${warm?.ms} ms (${warm?.reused} known by hash)`,
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
});
