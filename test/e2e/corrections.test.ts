import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Workbench } from '../harness/workbench';
import { eventually } from '../harness/workbench';
import { CORRECT_NAME } from '../helpers/userSeedCards';
import { closeWorkbench, extensionHost, freshSeedsFolder, openUserSeedIn, removeSeedsFolder } from './setup';

const CARD = 'Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · first: Stoltenberg';

describe(`a reader corrects a name through the card and undoes it from the palette (Chromium, code-server, ${extensionHost} extension host)`, () => {
  let workbench: Workbench;
  let folder: string;
  before(async () => {
    // A folder of its own: the correction is written into it.
    folder = freshSeedsFolder('seed-reader-corrections-');
    workbench = await openUserSeedIn(folder);
  });
  after(async () => {
    await closeWorkbench(workbench);
    removeSeedsFolder(folder);
  });

  it('clicks "Organisation" on the card of Jens Stoltenberg: the file keeps the rule and the card says Organisation', async () => {
    await workbench.hover('Jens Stoltenberg', /Jens Stoltenberg · Person/);
    await workbench
      .shownHover()
      .locator('a', { hasText: /^Organisation$/ })
      .first()
      .click();
    const file = path.join(folder, '.seed-reader', 'corrections.json');
    const written = await eventually('the corrections file', async () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), 30_000);
    assert.deepStrictEqual(JSON.parse(written), { version: 1, corrections: [{ kind: 'relabel', name: 'Jens Stoltenberg', type: 'ORG', id: 'c1' }] });
    await workbench.page.mouse.move(5, 5);
    const card = await workbench.hover('Jens Stoltenberg', /Jens Stoltenberg · Organisation/);
    await workbench.screenshot('corrections-relabelled');
    assert.strictEqual(card, `Jens Stoltenberg · Organisation ${CARD} Correct: Person · Place · Other · Rename… · Merge… · Split off · Not a name…`);
    await workbench.page.mouse.move(5, 5);
  });

  it('runs "Seed Reader: Undo Last Correction": the file is empty of corrections and the card says Person again', async () => {
    await workbench.runCommand('Seed Reader: Undo Last Correction');
    const file = path.join(folder, '.seed-reader', 'corrections.json');
    await eventually('the correction undone', async () => (fs.readFileSync(file, 'utf8').includes('"corrections": []') ? true : undefined), 30_000);
    const card = await workbench.hover('Jens Stoltenberg', /Jens Stoltenberg · Person/);
    assert.strictEqual(card, `Jens Stoltenberg · Person ${CARD}${CORRECT_NAME}`);
    await workbench.page.mouse.move(5, 5);
  });
});
