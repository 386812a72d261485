// Issue 14 in Chromium: the workspace of the repository's own seeds (seeds/, what `npm start` opens), copied
// into a fresh folder. The name card's "Also in N other seeds" with its links, following one, Ctrl+T, and a
// reloaded window that reads the index back from storage instead of analysing the seeds again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Workbench } from '../harness/workbench';
import { eventually } from '../harness/workbench';
import { repoSeedsFolder, USER_SEED } from '../helpers/paths';
import { closeWorkbench, openWorkbench, userDataDir } from './setup';

/** Every file under `dir` whose name passes `wanted`. */
function filesUnder(dir: string, wanted: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, wanted) : wanted(entry.name) ? [full] : [];
  });
}

/** Files of the shared code-server's user data from before this file's window: other windows' logs and storage. */
const earlier = new Set<string>();
const ours = (files: string[]) => files.filter(file => !earlier.has(file));

/** An output log's folder is named output_logging_<start time>. */
const loggingStart = (file: string) => /output_logging_(\d{8}T\d{6})/.exec(file)?.[1] ?? '';

/** The workspace index's lines in the "Seed Reader" output logs of this file's window, times as N. */
function indexRunLines(): string[] {
  return (
    ours(filesUnder(path.join(userDataDir(), 'logs'), name => name.replace(/^\d+-/, '') === 'Seed Reader.log'))
      // One log file per extension host, found in no particular order: its folder, output_logging_<start time>, orders them.
      .sort((a, b) => loggingStart(a).localeCompare(loggingStart(b)))
      .flatMap(file => fs.readFileSync(file, 'utf8').split('\n'))
      .map(line => line.replace(/^.*?(workspace index \()/, '$1'))
      .filter(line => /^workspace index \((cold|warm)\)/.test(line))
      .map(line => line.replace(/\d+ ms/g, 'N ms'))
  );
}

describe('a reader finds a name in the other seeds of the folder (Chromium, code-server, seeds/)', () => {
  let workbench: Workbench;
  let folder: string;
  const seed = path.basename(USER_SEED);
  before(async () => {
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-workspace-')), 'seeds');
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(repoSeedsFolder).filter(n => n.endsWith('.txt'))) {
      fs.copyFileSync(path.join(repoSeedsFolder, name), path.join(folder, name));
    }
    for (const file of filesUnder(userDataDir(), () => true)) earlier.add(file);
    workbench = await openWorkbench(folder);
    await workbench.openFile(seed);
    await workbench.waitForEditorText('Stoltenberg: NATO and Russia');
  });
  after(async () => {
    await closeWorkbench(workbench);
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('hovers "Ryabkov" and reads "Also in 5 other seeds" with links to three and "list all"', async () => {
    // The card says "Also in" once the workspace index has every seed: hover until it does.
    const card = await workbench.hover('Ryabkov', /Also in 5 other seeds/, 40);
    await workbench.screenshotOf(workbench.shownHover(), 'workspace-hover-also-in', 40);
    const links = (await workbench.shownHover().locator('a').allInnerTexts()).map(t => t.trim()).filter(t => t.length > 0);
    assert.deepStrictEqual(
      { card, links },
      {
        card:
          'Sergei Ryabkov · Person Role: Deputy foreign Minister 1 mention, this one ' +
          'Also in 5 other seeds: 004_5429b3cfe93a17d7.txt (5), 001_0870b0861eac5373.txt (2), 002_913a949a9f887acc.txt (2) · list all' +
          ' Correct: Organisation · Place · Other · Rename… · Merge… · Not a name…',
        links: [
          '004_5429b3cfe93a17d7.txt',
          '001_0870b0861eac5373.txt',
          '002_913a949a9f887acc.txt',
          'list all',
          'Organisation',
          'Place',
          'Other',
          'Rename…',
          'Merge…',
          'Not a name…',
        ],
      },
    );
  });

  it('follows the link to 001_0870b0861eac5373.txt and lands on its first "Sergei Ryabkov"', async () => {
    await workbench.shownHover().locator('a').filter({ hasText: '001_0870b0861eac5373.txt' }).first().click();
    await workbench.page.locator('.tab.active').filter({ hasText: '001_0870b0861eac5373.txt' }).waitFor({ timeout: 30_000 });
    await workbench.waitForEditorText('The United States has notified Russia');
    // The status bar says where the cursor went: its first mention is in the third paragraph, not the title.
    const status = workbench.page.locator('#status\\.editor\\.selection').first();
    const where = await eventually('the cursor moved to the mention', async () => {
      const text = (await status.innerText()).trim();
      return text.startsWith('Ln ') && text !== 'Ln 1, Col 1' ? text : undefined;
    });
    assert.strictEqual(where, 'Ln 9, Col 25');
  });

  it('presses Ctrl+T, types "ryabkov" and reads the actors and events of every seed that match', async () => {
    await workbench.page.keyboard.press('Escape');
    await workbench.page.keyboard.press('Control+t');
    const box = workbench.page.locator('.quick-input-widget .quick-input-box input').first();
    await box.waitFor({ state: 'visible', timeout: 15_000 });
    // Go to Symbol in Workspace: VS Code's '#' box, holding the word at the cursor.
    assert.ok((await box.inputValue()).startsWith('#'), await box.inputValue());
    await box.fill('#ryabkov');
    const rows = await eventually('the workspace symbols of "ryabkov"', async () => {
      const shown = await workbench.quickPickRows();
      return shown.some(r => r.includes('Sergei Ryabkov')) ? shown : undefined;
    });
    await workbench.screenshot('workspace-ctrl-t');
    await workbench.page.keyboard.press('Escape');
    // Sergei Ryabkov in each of his six seeds (its title as the container, then the file), then the one event
    // whose text names him.
    assert.deepStrictEqual(rows, [
      'Sergei Ryabkov Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty • 000_dc85feadc19d8c41.txt',
      'Sergei Ryabkov The United States has notified Russia that the decision to withdraw from the INF Treaty settled • 001_0870b0861eac5373.txt',
      'Sergei Ryabkov The defense Ministry showed the military attache of the missile, to which there are claims in the US • 002_913a949a9f887acc.txt',
      'Sergei Ryabkov Russia warned the United States against military intervention in the Affairs of Venezuela • 003_3434b0b4609599c5.txt',
      'Sergei Ryabkov Ryabkov: Moscow is ready to continue talks on the INF Treaty in Geneva • 004_5429b3cfe93a17d7.txt',
      'Sergei Ryabkov Lavrov and Pompeo discussed strategic stability by phone • 007_c943f60a75315e83.txt',
      'now — Deputy foreign Minister Sergei Ryabkov said that Russia had done everything… The defense Ministry showed the military attache of the missile, to which there are claims in the US • 002_913a949a9f887acc.txt',
    ]);
  });

  it('reloads the window: the index is read back from storage, no seed analysed again', async () => {
    // The index is stored a second after it changes, in the workspace storage of the extension.
    await eventually('the stored workspace index', async () =>
      ours(filesUnder(path.join(userDataDir(), 'User', 'workspaceStorage'), name => name === 'workspace-index.json')).length > 0 ? true : undefined,
    );
    assert.deepStrictEqual(indexRunLines(), ['workspace index (cold): 9 seeds; 9 read, 9 analysed, 0 known by hash, 0 skipped, 0 removed, in N ms']);
    // The window reloaded, as after closing VS Code and opening the folder again: a new extension host on
    // the same workspace storage. (A second browser would get a storage of its own while code-server keeps
    // the first window's extension host for a reconnection.)
    await workbench.page.reload();
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const lines = await eventually(
      'a warm start of the index after the reload',
      async () => {
        const found = indexRunLines();
        return found.length > 1 ? found : undefined;
      },
      90_000,
    );
    assert.deepStrictEqual(lines, [
      'workspace index (cold): 9 seeds; 9 read, 9 analysed, 0 known by hash, 0 skipped, 0 removed, in N ms',
      'workspace index (warm): 9 seeds; 9 read, 0 analysed, 9 known by hash, 0 skipped, 0 removed, in N ms after N ms reading it back',
    ]);
  });
});
