import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Workbench } from '../harness/workbench';
import { eventually } from '../harness/workbench';
import { projectRoot } from '../../scripts/vscode/toolchain';
import { openUserSeedAlone } from './setup';

interface ContributedColour {
  readonly id: string;
  readonly defaults: { readonly dark: string; readonly light: string };
}
const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { contributes: { colors: ContributedColour[] } };
const colours = manifest.contributes.colors;
const underlineIds = colours.map(c => c.id).filter(id => id.endsWith('Underline'));

/**
 * A manifest colour ('#4fc1ffa0') as VS Code writes it into the workbench's CSS: rgba() with the alpha
 * rounded to two decimals (0.63; a browser would read the hex as 0.627).
 */
function asVsCodeWritesIt(hex: string): string {
  const [r, g, b, a = 255] = (hex.slice(1).match(/../g) ?? []).map(byte => parseInt(byte, 16));
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number((a / 255).toFixed(2))})`;
}

/**
 * The highlights follow the theme: in a dark and a light theme, every Seed Reader colour is the default the
 * manifest gives for that kind of theme, and the underlines painted in the editor are exactly those colours.
 * The README's pictures of the reading window, and of the cards in the light theme, come from here.
 */
describe('the highlights and cards follow the colour theme (Chromium, code-server)', () => {
  let workbench: Workbench;
  let done: () => Promise<void>;
  before(async () => {
    ({ workbench, done } = await openUserSeedAlone('themes'));
  });
  after(async () => {
    // The theme is a user setting, shared with the suites that run after this one.
    await workbench.chooseColorTheme('Dark Modern', 'dark').catch(() => undefined);
    await done();
  });

  for (const [label, kind] of [
    ['Light Modern', 'light'],
    ['Dark Modern', 'dark'],
  ] as const) {
    it(`paints the ${kind} defaults of every Seed Reader colour in ${label}`, async () => {
      await workbench.chooseColorTheme(label, kind);
      const defaults = Object.fromEntries(colours.map(c => [c.id, asVsCodeWritesIt(c.defaults[kind])]));
      let last: Awaited<ReturnType<Workbench['themeColours']>> | undefined;
      const seen = await eventually(
        `the ${kind} colours and the underlines painted in them`,
        async () => {
          const now = await workbench.themeColours(
            colours.map(c => c.id),
            defaults,
          );
          last = now;
          const ours = new Set(underlineIds.map(id => now.defined[id]));
          // Person, organisation and place names are all on the first screen of the seed.
          const shown = underlineIds.filter(id => /person|organisation|place/.test(id)).every(id => now.underlines.includes(now.defined[id]));
          return now.kind === kind && shown && now.underlines.every(c => ours.has(c)) ? now : undefined;
        },
        20_000,
      ).catch((error: Error) => {
        throw new Error(`${error.message}; last seen: ${JSON.stringify(last)}`);
      });
      // Every colour is the manifest's default for this kind of theme (both read by the browser, so rgba() alike).
      assert.deepStrictEqual(seen.defined, seen.literal);
      // The README's picture of the whole window: the wrapped seed with its highlights beside the Seed Reader views.
      await workbench.viewRows('Actors', 10);
      await workbench.page.mouse.move(5, 5);
      await workbench.screenshot(`doc-window-${kind}`);
      if (kind === 'light') {
        await workbench.hover('Jens Stoltenberg', /Jens Stoltenberg · Person/);
        await workbench.screenshotOf(workbench.shownHover(), 'doc-hover-card-light', 40);
        await workbench.page.mouse.move(5, 5);
        await workbench.hover('15', /15 January · Date/);
        await workbench.screenshotOf(workbench.shownHover(), 'doc-date-card-light', 40);
        await workbench.page.mouse.move(5, 5);
      }
    });
  }
});
