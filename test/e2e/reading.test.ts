import * as assert from 'assert';
import type { Workbench } from '../harness/workbench';
import { closeWorkbench, openUserSeedIn, seedsFolder } from './setup';
import { CORRECT_NAME } from '../helpers/userSeedCards';

describe('a reader reads a seed with Seed Reader (Chromium, code-server, the VSIX installed)', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await openUserSeedIn(seedsFolder);
  });
  after(async () => {
    await closeWorkbench(workbench);
  });

  it('hovers the first "Stoltenberg" and reads the card of Jens Stoltenberg, which does not link to itself', async () => {
    const card = await workbench.hover('Stoltenberg', /Jens Stoltenberg/);
    await workbench.screenshot('reading-hover-stoltenberg');
    assert.strictEqual(
      card,
      'Jens Stoltenberg · Person Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · this is the first' + CORRECT_NAME,
    );
    await workbench.page.mouse.move(5, 5);
  });

  it('hovers "Jens Stoltenberg" and reads a card that links to the first mention', async () => {
    const card = await workbench.hover('Jens Stoltenberg', /Jens Stoltenberg · Person/);
    // The README's picture of a name card (npm run docs:images copies it to docs/images/hover-card.png).
    await workbench.screenshotOf(workbench.shownHover(), 'doc-hover-card', 40);
    assert.strictEqual(
      card,
      'Jens Stoltenberg · Person Role: Secretary General Also: Stoltenberg, Mr. Stoltenberg 4 mentions · first: Stoltenberg' + CORRECT_NAME,
    );
    await workbench.page.mouse.move(5, 5);
  });

  it('hovers "15 January" and reads its day in words, its place among the events and how it was placed', async () => {
    // The editor wraps "15 | January" at this width: hover its first half.
    const card = await workbench.hover('15', /15 January · Date/);
    await workbench.screenshotOf(workbench.shownHover(), 'doc-date-card', 40);
    assert.strictEqual(
      card,
      '15 January · Date 15 January · year not stated · 2nd of 6 events · in the past ' +
        'Event: In Geneva held a closed Russian-American consultations about the fate of the… ' +
        'The article states no year; its day is taken as 24 January, inferred from the tenses of its dates. Correct: Not a date…',
    );
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
    // The README's picture: the palette and the side bar, without the empty lower right of the window.
    await workbench.screenshot('doc-go-to-event', { x: 0, y: 0, width: 1010, height: 540 });
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
