import * as assert from 'assert';
import type { Workbench } from '../harness/workbench';
import { closeWorkbench, firstSeed, openWorkbench } from './setup';

describe('a reader reads a seed with Seed Reader (Chromium, code-server, the VSIX installed)', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await openWorkbench();
    await workbench.openFile(firstSeed);
    await workbench.waitForEditorText('Stoltenberg: NATO and Russia');
  });
  after(async () => {
    await closeWorkbench(workbench);
  });

  it('hovers the first "Stoltenberg" and reads the card of Jens Stoltenberg, which does not link to itself', async () => {
    const card = await workbench.hover('Stoltenberg', /Jens Stoltenberg/);
    await workbench.screenshot('reading-hover-stoltenberg');
    assert.strictEqual(card, 'Jens Stoltenberg · Person Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · this is the first');
    await workbench.page.mouse.move(5, 5);
  });

  it('expands See Also and reads its three items', async () => {
    const rows = await workbench.viewRows('See Also', 3);
    await workbench.screenshot('reading-see-also');
    assert.deepStrictEqual(rows, [
      'The United States has notified Russia that the decision to withdraw from the INF Treaty settled',
      'The defense Ministry showed the military attache of the missile, to which there are claims in the US',
      'Russia warned the United States against military intervention in the Affairs of Venezuela',
    ]);
  });

  it('runs "Seed Reader: Go to Event…" and reads the six events in timeline order', async () => {
    await workbench.runCommand('Seed Reader: Go to Event…');
    // The harness also reads the hidden "similar commands" separator label the palette leaves on a reused row.
    const rows = (await workbench.quickPickRows()).map(row => row.replace(/ similar commands$/, ''));
    await workbench.screenshot('reading-go-to-event');
    await workbench.page.keyboard.press('Escape');
    assert.deepStrictEqual(rows, [
      'late October — The President of the United States Donald trump has announced plans to withdraw… XXXX-10',
      '15 January — In Geneva held a closed Russian-American consultations about the fate of the… XXXX-01-15',
      '23 January — Russia held a briefing for foreign military attaches, where for the first time… XXXX-01-23',
      '9:00 GMT — A meeting of the Council Russia—NATO began in Brussels and lasted five hours XXXX-XX-XXT09:00',
      'next week — The US has invited Russia to hold talks on the sidelines of a UN meeting in… XXXX-WXX',
      '13-14 February — Defence Ministers of NATO countries will discuss the situation in Brussels XXXX-02-13',
    ]);
  });
});
