import * as assert from 'assert';
import type { Workbench } from '../harness/workbench';
import { eventually } from '../harness/workbench';
import { closeWorkbench, firstSeed, openWorkbench } from './setup';

describe('a reader opens a seed in VS Code (Chromium, code-server, the VSIX installed)', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await openWorkbench();
  });
  after(async () => {
    await closeWorkbench(workbench);
  });

  it('shows the seeds folder in the explorer', async () => {
    const rows = await workbench.viewRows(/^Explorer|seeds/i);
    assert.ok(rows.includes(firstSeed), `explorer rows: ${JSON.stringify(rows)}`);
  });

  it('opens the seed file and shows its title as the first line', async () => {
    await workbench.openFile(firstSeed);
    await workbench.waitForEditorText('Stoltenberg: NATO and Russia');
    const lines = await workbench.editorLines();
    assert.strictEqual(lines[0], 'Stoltenberg: NATO and Russia are fully dispersed in the positions on the INF Treaty');
    await workbench.screenshot('seed-open');
  });

  it('activates: its "Seed Reader" output channel is listed', async () => {
    // The channel exists once activate() has run, which may take a moment after the file opens.
    const rows = await eventually('"Seed Reader" among the output channels', async () => {
      await workbench.runCommand('Output: Show Output Channels...');
      const channels = await workbench.quickPickRows('Seed Reader');
      await workbench.page.keyboard.press('Escape');
      return channels.includes('Seed Reader') ? channels : undefined;
    });
    assert.deepStrictEqual(rows, ['Seed Reader']);
  });

  it('lists Seed Reader among the installed extensions', async () => {
    await workbench.runCommand('Extensions: Show Installed Extensions');
    // The Installed view fills in after it opens: on a loaded machine its first read can be empty.
    const rows = await eventually('Seed Reader among the installed extensions', async () => {
      const shown = await workbench.viewRows('Installed');
      return shown.some(row => row.startsWith('Seed Reader')) ? shown : undefined;
    });
    // Installed once: one row, not a stale copy beside the VSIX.
    assert.strictEqual(rows.filter(row => row.startsWith('Seed Reader')).length, 1, `installed: ${JSON.stringify(rows)}`);
    await workbench.screenshot('extensions-installed');
  });
});
