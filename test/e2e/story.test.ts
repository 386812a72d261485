import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FrameLocator, Locator } from 'playwright-core';
import { projectRoot } from '../../scripts/vscode/toolchain';
import { eventually, type Workbench } from '../harness/workbench';
import { closeWorkbench, firstSeed, openUserSeedIn, openWorkbench, seedsFolder } from './setup';

/**
 * The page inside the visible webview panel. A webview is two iframes: the outer `iframe.webview.ready`
 * that VS Code owns, and the page itself in `#active-frame` inside it.
 */
function webviewPage(workbench: Workbench): FrameLocator {
  return workbench.page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().locator('#active-frame').contentFrame();
}

/** The editor's cursor as the status bar shows it ("Ln 11, Col 214"). */
async function cursor(workbench: Workbench): Promise<string> {
  return (await workbench.page.locator('#status\\.editor\\.selection').first().innerText()).trim();
}

/** The attribute of each element, in document order, once there are `count` of them. */
async function attributes(list: Locator, name: string, count: number): Promise<string[]> {
  return eventually(`${count} elements`, async () => {
    const values = await list.evaluateAll((elements, n) => elements.map(e => e.getAttribute(n) ?? ''), name);
    return values.length === count ? values : undefined;
  });
}

/** The texts of the SVG's `<text class="…">` elements, in order. */
function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map(m => m[1]);
}

/**
 * Clicks the page's Export SVG, types `file` into the save dialog (code-server's own, a quick input) and
 * returns what was written there.
 */
async function exportPicture(workbench: Workbench, page: FrameLocator, file: string): Promise<string> {
  await page.locator('#export').click();
  const box = workbench.page.locator('.quick-input-widget input').first();
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  await eventually('the dialog’s default name', async () => ((await box.inputValue()).endsWith('.svg') ? 'shown' : undefined));
  await box.fill(file);
  // The dialog checks the typed path as it changes and may not take an OK given before it is done: OK again
  // until the file is there.
  const ok = workbench.page.locator('.quick-input-widget .monaco-button').filter({ hasText: 'OK' }).first();
  return eventually('the exported file', async () => {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    if (await box.isVisible()) await ok.click({ timeout: 2000 }).catch(() => undefined);
    return undefined;
  });
}

describe("a reader sees the user's seed as a story: the timeline and the actor map (Chromium, code-server)", () => {
  let workbench: Workbench;
  let exports: string;
  before(async () => {
    exports = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-export-'));
    workbench = await openUserSeedIn(seedsFolder);
  });
  after(async () => {
    await closeWorkbench(workbench);
    fs.rmSync(exports, { recursive: true, force: true });
  });

  it('shows the six events on the timeline, in time order, each with its date', async () => {
    await workbench.runCommand('Seed Reader: Show Timeline');
    const page = webviewPage(workbench);
    const labels = await attributes(page.locator('#timeline g.event'), 'aria-label', 6);
    assert.deepStrictEqual(
      labels.map(l => l.slice(0, l.indexOf(':'))),
      ['late October', '15 January', '23 January', '9', 'next week', '13-14 February'],
    );
    assert.deepStrictEqual(await page.locator('#timeline g.event text.label').allTextContents(), [
      'late October',
      '15 January',
      '23 January',
      '9:00 GMT',
      'next week',
      '13-14 February',
    ]);
    assert.strictEqual(await page.locator('#heading').innerText(), `${firstSeed}: 6 events`);
    await workbench.screenshotOf(workbench.page.locator('iframe.webview.ready').filter({ visible: true }).first(), 'doc-timeline', 0);
    await page.locator('#timeline g.event[data-id="1"]').hover();
    await page.locator('#tooltip:not([hidden])').waitFor({ timeout: 15_000 });
    assert.strictEqual(
      await page.locator('#tooltip').innerText(),
      '15 January · year not stated\n' +
        'On 15 January in Geneva held a closed Russian-American consultations about the fate of the contract, but the parties remained dissatisfied with their results.\n' +
        'Actors: Geneva, Russian-American',
    );
  });

  it('moves the cursor to the clause of the event a reader clicks', async () => {
    await webviewPage(workbench).locator('#timeline g.event[data-id="1"]').click();
    assert.strictEqual(
      await eventually('the cursor on 15 January', async () => ((await cursor(workbench)) === 'Ln 11, Col 214' ? 'moved' : undefined)),
      'moved',
    );
  });

  it('exports the timeline as an SVG file: the six marks and their dates, in the theme’s background', async () => {
    const page = webviewPage(workbench);
    const file = path.join(exports, 'timeline.svg');
    const svg = await exportPicture(workbench, page, file);
    assert.deepStrictEqual(texts(svg, 'label'), ['late October', '15 January', '23 January', '9:00 GMT', 'next week', '13-14 February']);
    assert.strictEqual(svg.match(/<g class="event /g)?.length, 6);
    const background = await page
      .locator('body')
      .evaluate(body => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(body).backgroundColor);
    assert.ok(svg.startsWith(`<svg id="timeline" role="list" `), svg.slice(0, 80));
    assert.ok(svg.includes(`<rect x="0" y="0" width="100%" height="100%" fill="${background}"/>`), `no background rect of ${background}`);
    assert.deepStrictEqual(await workbench.notifications().then(n => n.filter(t => t.includes('picture was saved'))), [
      `Seed Reader: the picture was saved to ${file}.`,
    ]);
  });

  it('zooms in with + on a focused event, down to days on the axis, and back to the whole span with 0', async () => {
    const page = webviewPage(workbench);
    const ticks = page.locator('#timeline .axis .tick text');
    const whole = await ticks.allTextContents();
    await page.locator('#timeline g.event[data-id="1"]').focus();
    await page.locator('#timeline g.event[data-id="1"]').press('+');
    await page.locator('#timeline g.event[data-id="1"]').press('+');
    await page.locator('#timeline g.event[data-id="1"]').press('+');
    const zoomed = await ticks.allTextContents();
    await page.locator('#timeline g.event[data-id="1"]').press('0');
    assert.deepStrictEqual(
      { whole, zoomed, back: await ticks.allTextContents() },
      {
        whole: ['Nov', 'Dec', 'Jan', 'Feb'],
        // Eight times closer, around 15 January.
        zoomed: ['6 Jan', '8 Jan', '10 Jan', '12 Jan', '14 Jan', '16 Jan', '18 Jan'],
        back: ['Nov', 'Dec', 'Jan', 'Feb'],
      },
    );
  });

  it('moves between events with the keyboard and reveals the focused one with Enter', async () => {
    const page = webviewPage(workbench);
    await page.locator('#timeline g.event[data-id="1"]').focus();
    await page.locator('#timeline g.event[data-id="1"]').press('ArrowRight');
    assert.strictEqual(await page.locator('#timeline g.event:focus').getAttribute('data-id'), '2');
    await page.locator('#timeline g.event[data-id="2"]').press('Enter');
    // "23 January, Russia held a briefing…" opens line 13.
    assert.strictEqual(await eventually('the cursor on 23 January', async () => ((await cursor(workbench)) === 'Ln 13, Col 1' ? 'moved' : undefined)), 'moved');
  });

  it('follows an edit: a new dated sentence joins the timeline while the reader keeps typing in the editor', async () => {
    await workbench.page.keyboard.press('End');
    await workbench.page.keyboard.type(' On 3 March NATO met again.');
    const page = webviewPage(workbench);
    const labels = await attributes(page.locator('#timeline g.event text.label'), 'class', 7);
    assert.strictEqual(labels.length, 7);
    // The Analysis's own order for the edited text (the CLI gives the same): with a second dated day after
    // 13-14 February, the two events without a day follow the dated ones.
    assert.deepStrictEqual(await page.locator('#timeline g.event text.label').allTextContents(), [
      'late October',
      '15 January',
      '23 January',
      '13-14 February',
      '3 March',
      '9:00 GMT',
      'next week',
    ]);
    await workbench.waitForEditorText('On 3 March NATO met again.');
    // Back to the text on disk, not dirty: a window opened later on this folder would restore an edited buffer.
    await workbench.runCommand('File: Revert File');
    await eventually('the seed as it was, saved', async () => ((await workbench.page.locator('.tab.dirty').count()) === 0 ? 'reverted' : undefined));
  });

  it('switches to all seeds and back', async () => {
    const page = webviewPage(workbench);
    await page.locator('#scope').click();
    // The workspace index may still be reading the folder: wait for its one seed's six events.
    await eventually('all seeds', async () => ((await page.locator('#heading').innerText()) === 'All seeds: 6 events' ? 'shown' : undefined), 60_000);
    assert.strictEqual(await page.locator('#scope').innerText(), 'This seed');
    assert.deepStrictEqual(await page.locator('#timeline text.group').allTextContents(), [firstSeed]);
    await page.locator('#scope').click();
    await eventually('this seed', async () =>
      (await page.locator('#heading').innerText()).endsWith('events') && !(await page.locator('#heading').innerText()).startsWith('All') ? 'shown' : undefined,
    );
  });

  it('draws the actor map and lists the mentions of the actor a reader clicks', async () => {
    await workbench.runCommand('Seed Reader: Show Actor Map');
    const page = webviewPage(workbench);
    await page.locator('#actor-map g.actor').first().waitFor({ timeout: 30_000 });
    assert.strictEqual(await page.locator('#heading').innerText(), `${firstSeed}: 25 actors`);
    await page.locator('#actor-map g.actor[data-id="person:jens-stoltenberg"]').click();
    assert.deepStrictEqual(await page.locator('#mentions h3').innerText(), 'Mentions of Jens Stoltenberg');
    assert.deepStrictEqual(await page.locator('#mentions .mention strong').allTextContents(), [
      'Stoltenberg',
      'Stoltenberg',
      'Jens Stoltenberg',
      'Stoltenberg',
    ]);
    await workbench.screenshotOf(workbench.page.locator('iframe.webview.ready').filter({ visible: true }).first(), 'doc-actor-map', 0);
  });

  it('leaves places out and caps the map at 10 actors, the most mentioned', async () => {
    const page = webviewPage(workbench);
    await page.locator('#kind-PLACE').uncheck();
    await page.locator('#cap').selectOption('10');
    await eventually('10 actors', async () =>
      (await page.locator('#heading').innerText()) === `${firstSeed}: 10 actors, 4 more not shown` ? 'shown' : undefined,
    );
    assert.deepStrictEqual(await page.locator('#actor-map g.actor text.node-label').allTextContents(), [
      'INF Treaty',
      'NATO',
      'Jens Stoltenberg',
      'Council Russia—NATO',
      'TASS',
      'Russian',
      'Sergei Ryabkov',
      'Donald Trump',
      'Russian-American',
      '9М729',
    ]);
    // The next test reloads the window with these choices.
  });

  it('brings both panels back after a window reload, each with the choices it kept (all seeds; no places, at most 10)', async () => {
    // The actor map keeps the choices of the test before.
    await workbench.runCommand('Seed Reader: Show Timeline');
    let page = webviewPage(workbench);
    await page.locator('#scope').click();
    await eventually('all seeds', async () => ((await page.locator('#heading').innerText()) === 'All seeds: 6 events' ? 'shown' : undefined), 60_000);
    await workbench.runCommand('Seed Reader: Show Actor Map');
    // Developer: Reload Window, not a reload of the browser's page: the workbench then stores its editors
    // (and the pages' states) before it goes, as it does when VS Code closes.
    const loaded = workbench.page.waitForEvent('load', { timeout: 60_000 });
    await workbench.openPalette('>Developer: Reload Window');
    await workbench.pick('Developer: Reload Window');
    await loaded;
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    page = webviewPage(workbench);
    await eventually(
      'the actor map as it was',
      async () =>
        (await page
          .locator('#heading')
          .innerText()
          .catch(() => '')) === `${firstSeed}: 10 actors, 4 more not shown`
          ? 'shown'
          : undefined,
      90_000,
    );
    assert.strictEqual(await page.locator('#cap').inputValue(), '10');
    assert.strictEqual(await page.locator('#kind-PLACE').isChecked(), false);
    await workbench.runCommand('Seed Reader: Show Timeline');
    page = webviewPage(workbench);
    await eventually('the timeline of all seeds', async () =>
      (await page
        .locator('#heading')
        .innerText()
        .catch(() => '')) === 'All seeds: 6 events'
        ? 'shown'
        : undefined,
    );
    assert.strictEqual(await page.locator('#scope').innerText(), 'This seed');
    assert.strictEqual(await workbench.page.locator('.tab').filter({ hasText: 'Seed Timeline' }).count(), 1);
  });
});

describe('the story views show a crafted seed’s text literally (markdown and HTML injection)', () => {
  let workbench: Workbench;
  let folder: string;
  before(async () => {
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-story-')), 'seeds');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(projectRoot, 'test', 'fixtures', 'inject', 'seed.txt'), path.join(folder, 'inject.txt'));
    workbench = await openWorkbench(folder);
    await workbench.openFile('inject.txt');
    await workbench.waitForEditorText('Smith meets Berg');
  });
  after(async () => {
    await closeWorkbench(workbench);
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('shows the clause as text in the timeline’s tooltip and the actor map’s mentions, with no element made from it', async () => {
    await workbench.runCommand('Seed Reader: Show Timeline');
    let page = webviewPage(workbench);
    const event = page.locator('#timeline g.event').first();
    await event.waitFor({ timeout: 30_000 });
    await event.hover();
    await page.locator('#tooltip:not([hidden])').waitFor({ timeout: 15_000 });
    assert.strictEqual(
      await page.locator('#tooltip .clause').innerText(),
      'John Smith said **bold** [x](command:workbench.action.quit) <img src=x> in Oslo on 15 January.',
    );
    assert.strictEqual(await page.locator('#root img, #root a, #root script, #root iframe').count(), 0);
    await workbench.runCommand('Seed Reader: Show Actor Map');
    page = webviewPage(workbench);
    await page.locator('#actor-map g.actor[data-id="person:john-smith"]').click();
    assert.deepStrictEqual(await page.locator('#mentions .mention .context').allTextContents(), [
      'Smith meets Berg in Oslo',
      'John Smith said **bold** [x](command:workbench.action.quit) <img src=x> in Oslo on 15 January.',
      'Mr. Smith met Anna Berg.',
      'Smith',
    ]);
    assert.strictEqual(await page.locator('#root img, #root a, #root script, #root iframe').count(), 0);
  });
});
