// Checks the test library itself on VS Code's own features, so a failing feature test points at the
// feature, not at the helpers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Workbench } from '../harness/workbench';
import { closeWorkbench, openWorkbench } from './setup';

describe('the e2e workbench library', () => {
  let folder: string;
  let workbench: Workbench;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-e2e-'));
    fs.mkdirSync(path.join(folder, 'notes'));
    fs.writeFileSync(path.join(folder, 'notes', 'links.txt'), 'Read more at https://example.invalid/story today.\n');
    workbench = await openWorkbench(folder);
  });
  after(async () => {
    await closeWorkbench(workbench);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens a file inside a folder through the explorer', async () => {
    await workbench.openFile('notes/links.txt');
    assert.deepStrictEqual(await workbench.editorLines(), ['Read more at https://example.invalid/story today.', '']);
  });

  it('reads the hover over a word', async () => {
    assert.strictEqual(await workbench.hover('example.invalid', /Follow link/), 'Follow link (ctrl + click)');
  });

  it('reads the rows of a view by its title', async () => {
    const rows = await workbench.viewRows('Open Editors');
    assert.deepStrictEqual(rows, ['links.txt notes']);
  });
});
