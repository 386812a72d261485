// What a reader does in VS Code, as one call each, for end-to-end tests in Chromium against code-server.
// Selectors are the workbench's own classes; every wait has a timeout, so a missing element fails the test, not the run.
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/vscode/codeServer';
import { projectRoot } from '../../scripts/vscode/toolchain';
import { sleep } from '../helpers/sleep';
import type { Browser } from './browser';
import { launchChromium } from './browser';
import type { PageWatch } from './pageWatch';
import { watchPage } from './pageWatch';

export const screenshotsDir = path.join(projectRoot, '.screenshots');

const selectors = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editorLines: '.part.editor .monaco-editor .view-lines',
  panelLines: '.part.panel .monaco-editor .view-lines',
  cursorPosition: '#status\\.editor\\.selection',
  hover: '.monaco-hover:visible',
  paneHeader: '.pane-header',
  listRow: '.monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  toast: '.notifications-toasts .notification-toast',
} as const;

/**
 * The few DOM types the in-page functions below use: the project compiles without lib.dom, so that
 * nothing outside these callbacks (which run in Chromium) can reach for browser globals.
 */
interface DomNode {
  readonly textContent: string | null;
  readonly parentElement: { checkVisibility(): boolean } | null;
}
interface DomElement extends DomNode {
  readonly style: { readonly top: string; readonly display: string };
  readonly value?: string;
  getAttribute(name: string): string | null;
}
interface DomRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomNode | null };
  createRange(): DomRange;
}
type PageGlobals = { readonly document: DomDocument };
/** What themeColours reads in the page: computed styles. */
interface StyledElement {
  readonly classList: { contains(name: string): boolean };
  readonly style: { color: string };
  appendChild(child: StyledElement): void;
  remove(): void;
}
type StyleGlobals = {
  readonly document: {
    querySelector(selector: string): StyledElement | null;
    querySelectorAll(selector: string): Iterable<StyledElement>;
    createElement(tag: string): StyledElement;
  };
  getComputedStyle(element: StyledElement): {
    getPropertyValue(name: string): string;
    readonly color: string;
    readonly borderBottomStyle: string;
    readonly borderBottomWidth: string;
    readonly borderBottomColor: string;
    readonly borderTopStyle: string;
  };
};
/** NodeFilter.SHOW_TEXT */
const SHOW_TEXT = 4;

/** Collapses runs of whitespace. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Row {
  readonly index: number;
  readonly text: string;
}

/**
 * The rendered rows of a list with their index in the whole list, and their parts (label, description,
 * keybinding) separated by one space: innerText would glue 'links.txt' and its description 'notes'
 * into 'links.txtnotes'.
 */
function renderedRows(rows: Locator): Promise<Row[]> {
  return rows.evaluateAll((elements, showText) => {
    const { document } = globalThis as unknown as PageGlobals;
    return (elements as unknown as DomElement[]).map(row => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(row, showText);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Recycled rows keep hidden parts of their previous item (e.g. the palette's "similar commands").
        if (node.parentElement && !node.parentElement.checkVisibility()) continue;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) parts.push(text);
      }
      return { index: Number(row.getAttribute('data-index') ?? -1), text: parts.join(' ') };
    });
  }, SHOW_TEXT);
}

/**
 * Every row of a (virtualised) list, in order: waits until what is rendered stops changing (a list
 * being refilled, e.g. the palette turning into a command's quick pick, shows old rows for a moment),
 * then scrolls through it with the mouse wheel, collecting rows by their index.
 */
async function allRows(page: Page, list: Locator, rowSelector: string): Promise<string[]> {
  const rows = list.locator(rowSelector);
  let previous = '';
  for (let stable = 0, polls = 0; stable < 2 && polls < 40; polls++) {
    const now = JSON.stringify(await renderedRows(rows));
    stable = now === previous ? stable + 1 : 0;
    previous = now;
    await sleep(150);
  }
  const collected = new Map<number, string>();
  const box = await list.boundingBox();
  for (let scrolls = 0; scrolls < 50; scrolls++) {
    const before = collected.size;
    for (const row of await renderedRows(rows)) collected.set(row.index, row.text);
    if (!box || (scrolls > 0 && collected.size === before)) break;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
    await page.mouse.wheel(0, Math.max(box.height - 30, 60));
    await sleep(150);
  }
  if (box && collected.size > 0) {
    await page.mouse.wheel(0, -100_000); // back to the top, as the reader left it
  }
  return [...collected.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
}

/**
 * Retries `probe` until it returns a value other than undefined, or fails naming `what` after `ms`:
 * for what appears only once the extension has activated or finished an analysis.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await sleep(500);
  }
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    /** Console errors, stack traces and outside requests of this window that the tests did not expect. */
    readonly watch: PageWatch,
  ) {}

  /** A fresh Chromium showing `folder` (absolute path) in the workbench of `server`. */
  static async open(server: CodeServer, folder: string): Promise<Workbench> {
    const browser = await launchChromium();
    const workbench = new Workbench(browser.page, browser, watchPage(browser.page, server.url));
    try {
      await browser.page.goto(server.folderUrl(folder));
      await browser.page.locator(selectors.workbench).waitFor({ timeout: 60_000 });
      await browser.page.locator(selectors.explorerRow).first().waitFor({ timeout: 60_000 });
    } catch (error) {
      await workbench.screenshot('open-failed').catch(() => undefined);
      await browser.close();
      throw error;
    }
    return workbench;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Opens a file by clicking through the explorer; `relativePath` may name folders ('a/b/c.txt'). */
  async openFile(relativePath: string): Promise<void> {
    // Another view container (Search, a Seed Reader view) may own the side bar: bring the explorer back.
    if (!(await this.page.locator('.explorer-folders-view').first().isVisible())) await this.runCommand('View: Show Explorer');
    const parts = relativePath.split('/');
    for (const [index, part] of parts.entries()) {
      const row = this.page
        .locator(selectors.explorerRow)
        .filter({ has: this.page.getByText(part, { exact: true }) })
        .first();
      await row.waitFor({ timeout: 30_000 });
      const isFolder = index < parts.length - 1;
      if (isFolder && (await row.getAttribute('aria-expanded')) === 'true') continue;
      await row.click();
    }
    const name = parts[parts.length - 1];
    await this.page.locator(selectors.activeTab).filter({ hasText: name }).waitFor({ timeout: 30_000 });
    await this.page.locator(selectors.editorLines).first().waitFor({ timeout: 30_000 });
  }

  /** The text of the editor's rendered (visible) lines, one string a line. */
  editorLines(): Promise<string[]> {
    return this.renderedLines(selectors.editorLines);
  }

  /** The rendered lines of an output channel (`name`, as the output's channel list shows it), once it shows `text`. */
  async outputLines(name: string, text: string): Promise<string[]> {
    // The channel exists once its extension has activated. The list is long and virtualised: narrow it first.
    await eventually(
      `"${name}" among the output channels`,
      async () => {
        await this.runCommand('Output: Show Output Channels...');
        if ((await this.quickPickRows(name).catch((): string[] => [])).includes(name)) return true;
        await this.page.keyboard.press('Escape');
        return undefined;
      },
      60_000,
    );
    await this.pick(new RegExp(`^${name}$`));
    await this.page.locator(selectors.panelLines).filter({ hasText: text }).first().waitFor({ timeout: 30_000 });
    return this.renderedLines(selectors.panelLines);
  }

  /** The status bar's cursor position, as "Ln 3, Col 14". */
  async cursorPosition(): Promise<string> {
    return clean(await this.page.locator(selectors.cursorPosition).first().innerText());
  }

  private async renderedLines(container: string): Promise<string[]> {
    const lines = this.page.locator(`${container} .view-line`);
    const rendered = await lines.evaluateAll(elements =>
      (elements as unknown as DomElement[])
        .map(element => ({ top: parseFloat(element.style.top || '0'), text: element.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map(line => line.text.replace(/\u00a0/g, ' ')),
    );
    return rendered;
  }

  /** Waits until a rendered editor line contains `text`. */
  async waitForEditorText(text: string, timeout = 30_000): Promise<void> {
    await this.page.locator(selectors.editorLines).filter({ hasText: text }).first().waitFor({ timeout });
  }

  /**
   * Hovers `word` in the active editor and returns the hover's text. Retries (moving away and back),
   * because a hover provider exists only once the extension has activated. `expect` picks our hover
   * among others (e.g. a spelling or link hover).
   */
  async hover(word: string, expect: string | RegExp = /\S/, attempts = 15): Promise<string> {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const box = await this.wordBox(word);
      if (!box) throw new Error(`"${word}" is not on a visible line of the editor`);
      await this.page.mouse.move(5, 5);
      await this.page.mouse.move(box.x - 2, box.y);
      await this.page.mouse.move(box.x, box.y);
      const hover = this.page.locator(selectors.hover).filter({ hasText: expect }).first();
      try {
        await hover.waitFor({ timeout: 3000 });
        return clean(await hover.innerText());
      } catch {
        // not (yet) shown: try again
      }
    }
    throw new Error(`no hover matching ${String(expect)} over "${word}" after ${attempts} attempts`);
  }

  /** The hover widget now on screen (after `hover`), for a screenshot of it. */
  shownHover(): Locator {
    return this.page.locator(selectors.hover).first();
  }

  /** The centre of the first occurrence of `word` in the rendered lines (Monaco renders a run of text as one span). */
  private wordBox(word: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      ([linesSelector, target, showText]) => {
        const { document } = globalThis as unknown as PageGlobals;
        const root = document.querySelector(linesSelector);
        if (!root) return null;
        const walker = document.createTreeWalker(root, showText);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(target);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + target.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
        return null;
      },
      [selectors.editorLines, word, SHOW_TEXT] as const,
    );
  }

  /** The pane (a view in a side bar or panel) whose header reads `title`, expanded. */
  async view(title: string | RegExp): Promise<Locator> {
    const header = this.page.locator(selectors.paneHeader).filter({ hasText: title }).first();
    if (!(await header.isVisible())) {
      // Not in the visible side bar: every view has a "Focus on <name> View" command.
      await this.runCommand(`Focus on ${typeof title === 'string' ? title : title.source} View`);
    }
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return this.page.locator('.pane').filter({ has: header }).first();
  }

  /** Expands the view titled `title` and returns the text of all its rows, waiting for at least `minRows`. */
  async viewRows(title: string | RegExp, minRows = 1): Promise<string[]> {
    const pane = await this.view(title);
    if (minRows > 0)
      await pane
        .locator(selectors.listRow)
        .nth(minRows - 1)
        .waitFor({ timeout: 30_000 });
    return allRows(this.page, pane.locator('.pane-body'), selectors.listRow);
  }

  /**
   * The views of the side bar as the reader sees them, top to bottom: each pane's title and description,
   * whether it is expanded, and the rendered heights (CSS pixels) of its header and body (0 when collapsed).
   */
  async sideBarPanes(): Promise<{ title: string; description: string; expanded: boolean; header: number; body: number }[]> {
    const panes = this.page.locator('.part.sidebar .pane');
    const result: { title: string; description: string; expanded: boolean; header: number; body: number; top: number }[] = [];
    for (const pane of await panes.all()) {
      const header = pane.locator(selectors.paneHeader).first();
      const headerBox = await header.boundingBox();
      if (!headerBox) continue;
      const title = clean(await header.locator('.title').first().innerText());
      const description = (await header.locator('.description').count()) > 0 ? clean(await header.locator('.description').first().innerText()) : '';
      const expanded = (await header.getAttribute('aria-expanded')) === 'true';
      const bodyBox = expanded ? await pane.locator('.pane-body').first().boundingBox() : null;
      result.push({ title, description, expanded, header: Math.round(headerBox.height), body: Math.round(bodyBox?.height ?? 0), top: headerBox.y });
    }
    return result.sort((a, b) => a.top - b.top).map(({ top: _top, ...pane }) => pane);
  }

  /** Saves a PNG of the part of the window that `target` covers, `margin` pixels wider each side, as .screenshots/<name>.png. */
  async screenshotOf(target: Locator, name: string, margin = 8): Promise<string> {
    const box = await target.boundingBox();
    if (!box) throw new Error(`nothing on screen to take as ${name}`);
    const viewport = this.page.viewportSize() ?? { width: 1400, height: 900 };
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    return this.screenshot(name, {
      x,
      y,
      width: Math.min(viewport.width - x, box.width + 2 * margin),
      height: Math.min(viewport.height - y, box.height + 2 * margin),
    });
  }

  /** Runs a command from the palette by its title ("Category: Title" as shown in the palette). */
  async runCommand(title: string): Promise<void> {
    // Just after load the palette may not know every command yet: reopen it and search again.
    for (let attempt = 1; ; attempt++) {
      await this.openPalette(`>${title}`);
      const row = this.page.locator(selectors.quickInputRow).filter({ hasText: title }).first();
      try {
        await row.waitFor({ timeout: 5000 });
        await row.click();
        break;
      } catch (error) {
        if (attempt === 4) throw new Error(`no command "${title}" in the palette: ${String(error)}`, { cause: error });
      }
    }
    // The palette closes, or turns into the command's own quick pick: either way the '>' query is gone.
    await this.page.waitForFunction(
      ([widget, box]) => {
        const { document } = globalThis as unknown as PageGlobals;
        const shown = document.querySelector(widget);
        const value = document.querySelector(box)?.value ?? '';
        return !shown || shown.style.display === 'none' || !value.startsWith('>');
      },
      [selectors.quickInput, selectors.quickInputBox] as const,
      { timeout: 15_000 },
    );
  }

  /**
   * All rows of the open quick pick (a command's picker, Go to Symbol, ...), once it shows one.
   * `filter` is typed into its box first, as a reader narrowing a long list would.
   */
  async quickPickRows(filter?: string): Promise<string[]> {
    if (filter !== undefined) await this.page.locator(selectors.quickInputBox).first().fill(filter);
    await this.page.locator(selectors.quickInputRow).first().waitFor({ timeout: 15_000 });
    return allRows(this.page, this.page.locator('.quick-input-widget .quick-input-list'), '.monaco-list-row');
  }

  /** Chooses the quick-pick row containing `text`. */
  async pick(text: string | RegExp): Promise<void> {
    const row = this.page.locator(selectors.quickInputRow).filter({ hasText: text }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  /** Types `query` into the quick-open box (">" for commands, "@" for symbols, plain for files). */
  async openPalette(query: string): Promise<Locator> {
    await this.page.keyboard.press('Escape');
    const input = this.page.locator(selectors.quickInputBox).first();
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 3000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        // The keyboard focus is outside the workbench (e.g. just after load): give it to the editor area.
        await this.page
          .locator('.part.editor')
          .first()
          .click({ position: { x: 20, y: 60 } })
          .catch(() => undefined);
      }
    }
    await input.fill(query);
    return input;
  }

  /** The text of the notification toasts now on screen. */
  async notifications(): Promise<string[]> {
    return (await this.page.locator(selectors.toast).allInnerTexts()).map(clean);
  }

  /** Chooses a colour theme as a reader does: Preferences: Color Theme, then its row; waits for the workbench to repaint. */
  async chooseColorTheme(label: string, kind: 'dark' | 'light'): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    await this.pick(new RegExp(`\\b${label}\\b`));
    await this.page.locator(`.monaco-workbench.${kind === 'dark' ? 'vs-dark' : 'vs'}`).waitFor({ timeout: 15_000 });
  }

  /**
   * The workbench's theme kind; each colour of `ids` as the theme defines it (its CSS variable) and each of
   * `literals` (CSS colours such as '#4fc1ffa0'), both in the browser's computed rgb()/rgba() form so they
   * compare exactly; and the distinct colours of the underlines painted in the editor (a bottom border alone:
   * boxes such as the highlight of an ambiguous Unicode character are not underlines).
   */
  async themeColours(
    ids: readonly string[],
    literals: Readonly<Record<string, string>>,
  ): Promise<{ kind: string; defined: Record<string, string>; literal: Record<string, string>; underlines: string[] }> {
    return this.page.evaluate(
      ([ids, literals, editor]) => {
        const { document, getComputedStyle } = globalThis as unknown as StyleGlobals;
        const root = document.querySelector('.monaco-workbench');
        if (!root) throw new Error('no workbench');
        const probe = document.createElement('div');
        root.appendChild(probe);
        const computed = (css: string) => {
          probe.style.color = css;
          return getComputedStyle(probe).color;
        };
        const defined = Object.fromEntries(ids.map(id => [id, computed(`var(--vscode-${id.replace(/\./g, '-')})`)]));
        const literal = Object.fromEntries(Object.entries(literals).map(([key, css]) => [key, computed(css)]));
        probe.remove();
        const underlines = new Set<string>();
        for (const element of document.querySelectorAll(`${editor} .view-overlays div, ${editor} .view-lines span`)) {
          const style = getComputedStyle(element);
          if (style.borderBottomStyle === 'solid' && style.borderBottomWidth === '1px' && style.borderTopStyle === 'none')
            underlines.add(style.borderBottomColor);
        }
        const kind = root.classList.contains('vs-dark') ? 'dark' : root.classList.contains('vs') ? 'light' : 'high contrast';
        return { kind, defined, literal, underlines: [...underlines].sort() };
      },
      [ids, literals, '.part.editor .monaco-editor'] as const,
    );
  }

  /** Saves a PNG of the whole window, or of the `clip` part of it, as .screenshots/<name>.png and returns its path. */
  async screenshot(name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file, clip });
    return file;
  }
}
