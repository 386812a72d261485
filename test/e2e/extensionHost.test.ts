import * as assert from 'assert';
import * as fs from 'fs';
import type { Workbench } from '../harness/workbench';
import { eventually } from '../harness/workbench';
import { USER_SEED } from '../helpers/paths';
import { closeWorkbench, extensionHost, freshSeedsFolder, openUserSeedIn, removeSeedsFolder } from './setup';
import { CORRECT_NAME } from '../helpers/userSeedCards';

/** What the first line of the "Seed Reader" output says in each extension host (src/extension/main.ts, src/web/main.ts). */
const ACTIVATED = {
  node: 'Seed Reader activated (Node extension host, analysis in worker threads).',
  web: 'Seed Reader activated (web extension host).',
};

/** Where the browser build analyses in code-server's web-worker extension host: it allows a worker started from a blob. */
const WEB_ANALYSIS = 'analysis in a Web Worker';

describe(`a reader steps through events and meets the other seeds (Chromium, code-server, ${extensionHost} extension host)`, () => {
  let workbench: Workbench;
  let folder: string;
  before(async () => {
    // The user's seed and a second one naming the same people: the workspace index links them.
    const text = fs.readFileSync(USER_SEED, 'utf8');
    folder = freshSeedsFolder('seed-reader-host-', { 'second.txt': `NATO and Russia meet again\n${text.slice(text.indexOf('\n') + 1)}` });
    workbench = await openUserSeedIn(folder);
  });
  after(async () => {
    await closeWorkbench(workbench);
    removeSeedsFolder(folder);
  });

  it(`runs the ${extensionHost === 'web' ? 'browser' : 'Node'} entry: its output's first line says which`, async () => {
    // The browser build then says where its analysis runs, once it has tried a Web Worker (src/web/analysisHost.ts).
    const lines = await workbench.outputLines('Seed Reader', extensionHost === 'web' ? 'analysis in' : 'Seed Reader activated');
    const where = lines.filter(line => line.startsWith('analysis in'));
    assert.deepStrictEqual([lines[0], where], [ACTIVATED[extensionHost], extensionHost === 'web' ? [WEB_ANALYSIS] : []]);
  });

  it('Next Event (Alt+]) puts the cursor on the first event of the timeline, then the second', async () => {
    await workbench.page
      .locator('.part.editor .monaco-editor .view-lines')
      .first()
      .click({ position: { x: 5, y: 5 } });
    // From the start of the text, once the status bar shows it there (it follows the click a moment later).
    await workbench.page.keyboard.press('Control+Home');
    let shown = await eventually('the cursor at the start', async () => ((await workbench.cursorPosition()) === 'Ln 1, Col 1' ? 'Ln 1, Col 1' : undefined));
    const positions: string[] = [];
    for (let i = 0; i < 2; i++) {
      const before = shown;
      await workbench.page.keyboard.press('Alt+BracketRight');
      shown = await eventually('the cursor to move', async () => {
        const now = await workbench.cursorPosition();
        return now !== before ? now : undefined;
      });
      positions.push(shown);
    }
    // "late October" opens line 11, and "15 January" ends it.
    assert.deepStrictEqual(positions, ['Ln 11, Col 1', 'Ln 11, Col 214']);
  });

  it('hovers "Jens Stoltenberg" and reads that the other seed names him too', async () => {
    const card = await workbench.hover('Jens Stoltenberg', /Also in/);
    assert.strictEqual(
      card,
      'Jens Stoltenberg · Person Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · first: Stoltenberg Also in 1 other seed: second.txt (3)' +
        CORRECT_NAME,
    );
    await workbench.page.mouse.move(5, 5);
  });

  it('lists him in the Workspace view, in both seeds', async () => {
    const rows = await workbench.viewRows('Workspace', 4);
    assert.deepStrictEqual(
      [rows.length, ...rows.slice(0, 4)],
      [29, 'People 3', 'Jens Stoltenberg 2 seeds · ×7', 'Sergei Ryabkov 2 seeds · ×2', 'Donald Trump 2 seeds · ×2'],
    );
  });
});

// The browser build's fallback, in the same web-worker host: with the Web Worker turned off by the
// workspace's setting, the analysis runs in time slices on the host's thread and the reading flow is the same.
(extensionHost === 'web' ? describe : describe.skip)('the browser build without its Web Worker (time slices on the host’s thread)', () => {
  let workbench: Workbench;
  let folder: string;
  before(async () => {
    folder = freshSeedsFolder('seed-reader-slices-', { '.vscode/settings.json': '{ "seedReader.web.analysisWorker": false }' });
    workbench = await openUserSeedIn(folder);
  });
  after(async () => {
    await closeWorkbench(workbench);
    removeSeedsFolder(folder);
  });

  it('says so in its output, and gives the hover card the worker gives', async () => {
    const lines = await workbench.outputLines('Seed Reader', 'analysis in');
    const where = lines.filter(line => line.startsWith('analysis in'));
    const card = await workbench.hover('Jens Stoltenberg', /mentions/);
    await workbench.page.mouse.move(5, 5);
    assert.deepStrictEqual(
      [lines[0], where, card],
      [
        ACTIVATED.web,
        ["analysis in time slices on the extension host's thread (the setting seedReader.web.analysisWorker is off)"],
        'Jens Stoltenberg · Person Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · first: Stoltenberg' + CORRECT_NAME,
      ],
    );
  });
});
