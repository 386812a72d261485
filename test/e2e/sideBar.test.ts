import * as assert from 'assert';
import type { Workbench } from '../harness/workbench';
import { openUserSeedAlone } from './setup';

/** A row of a tree view, in CSS pixels (the workbench's list row height). */
const ROW = 22;

describe('the Seed Reader side bar fits its content (Chromium, code-server, a fresh workspace)', () => {
  let workbench: Workbench;
  let done: () => Promise<void>;
  /** The panes as first shown. */
  let first: Awaited<ReturnType<Workbench['sideBarPanes']>>;
  before(async () => {
    // A folder no other test opened: the views keep their sizes per workspace, so these are the first ones.
    ({ workbench, done } = await openUserSeedAlone('sidebar'));
  });
  after(async () => {
    await done();
  });

  it('gives Events its rows and Actors the rest, most of the height; See Also starts collapsed, its header counting its headlines, Workspace and Corrections collapsed below', async () => {
    await workbench.viewRows('Actors', 10);
    const panes = await workbench.sideBarPanes();
    await workbench.screenshot('sidebar-fresh');
    console.log(`      panes: ${JSON.stringify(panes)}`);
    assert.deepStrictEqual(
      panes.map(p => [p.title, p.description, p.expanded]),
      [
        ['See Also', '3 headlines', false],
        ['Events', '', true],
        ['Actors', '', true],
        ['Workspace', '', false],
        ['Corrections', '', false],
      ],
    );
    const [seeAlso, events, actors] = panes;
    first = panes;
    // VS Code gives an expanded view at least 120 px of body (5 rows): fewer rows than that fit only collapsed.
    assert.ok(seeAlso.body <= 3 * ROW + 12, `See Also body ${seeAlso.body} px for 3 rows`);
    // Actors the most, Events its six rows and a little.
    assert.ok(actors.body > 2 * events.body && events.body >= 6 * ROW && events.body <= 8 * ROW, `bodies: ${JSON.stringify(panes)}`);
  });

  it("opens See Also on a click to VS Code's least height for a view, taken from Actors, not Events", async () => {
    const rows = await workbench.viewRows('See Also', 3);
    const panes = await workbench.sideBarPanes();
    console.log(`      panes: ${JSON.stringify(panes)}`);
    assert.strictEqual(rows.length, 3);
    const [seeAlso, events, actors] = panes;
    assert.deepStrictEqual([seeAlso.title, seeAlso.expanded, seeAlso.body], ['See Also', true, 120]);
    assert.deepStrictEqual([events.body, actors.body], [first[1].body, first[2].body - 120]);
  });
});
