// Mocha root hooks for the end-to-end suite (loaded with --require, see test/e2e/.mocharc.json): one
// code-server with the built VSIX installed serves every test file; each file opens its own Chromium.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeServer } from '../../scripts/vscode/codeServer';
import { startCodeServer, testInstanceName } from '../../scripts/vscode/codeServer';
import { formatProblems, scanLogs } from '../../scripts/vscode/extHostLog';
import { projectRoot, vsixPath } from '../../scripts/vscode/toolchain';
import { networkLines } from '../../scripts/vscode/workbenchNoise';
import { USER_SEED, prepareTestWorkspace, seedsFolder } from '../helpers/paths';
import { Workbench } from '../harness/workbench';

export { seedsFolder };
// The workbench's default folder: a copy of the user's seed alone (test/helpers/paths.ts).
prepareTestWorkspace();
/** The first seed file's name, as the explorer shows it. */
export const firstSeed = fs
  .readdirSync(seedsFolder)
  .filter(name => name.endsWith('.txt'))
  .sort()[0];

/**
 * Which extension host runs Seed Reader: 'node' (its "main" entry), or 'web' (SEED_READER_E2E_HOST=web, the
 * second pass of `npm run test:e2e`): the user setting below makes code-server run the "browser" entry in
 * its web-worker extension host, as vscode.dev and github.dev do.
 */
export const extensionHost: 'node' | 'web' = process.env.SEED_READER_E2E_HOST === 'web' ? 'web' : 'node';
const WEB_HOST_SETTINGS = { 'remote.extensionKind': { 'seed-reader.seed-reader': ['web'] } };

let server: CodeServer | undefined;
const open = new Set<Workbench>();
/** What the closed windows logged that a passing run must not: console errors, stack traces, outside requests. */
const unexpected: string[] = [];

/** A fresh browser on the shared code-server, showing `folder` (default: .test-workspace/seeds). Closed after the suite. */
export async function openWorkbench(folder = seedsFolder): Promise<Workbench> {
  if (!server) throw new Error('the e2e code-server is not running: run the suite with test/e2e/.mocharc.json');
  const workbench = await Workbench.open(server, folder);
  open.add(workbench);
  return workbench;
}

/**
 * A `seeds` folder of its own, in a new temporary folder (`prefix` names it), holding the user's seed and
 * `more` files (path inside it → text, such as '.vscode/settings.json'); `removeSeedsFolder` deletes it.
 */
export function freshSeedsFolder(prefix: string, more: Readonly<Record<string, string>> = {}): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'seeds');
  fs.mkdirSync(folder);
  fs.copyFileSync(USER_SEED, path.join(folder, path.basename(USER_SEED)));
  for (const [name, text] of Object.entries(more)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

export function removeSeedsFolder(folder: string): void {
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
}

/** A fresh browser showing `folder`, with the user's seed open and shown. */
export async function openUserSeedIn(folder: string): Promise<Workbench> {
  const workbench = await openWorkbench(folder);
  await workbench.openFile(path.basename(USER_SEED));
  await workbench.waitForEditorText('Stoltenberg: NATO and Russia');
  return workbench;
}

/**
 * A workbench on a folder no other test opened (VS Code keeps view sizes per workspace), holding only the
 * user's seed, which it opens. `done()` closes the window and deletes the folder.
 */
export async function openUserSeedAlone(label: string): Promise<{ workbench: Workbench; done: () => Promise<void> }> {
  const folder = freshSeedsFolder(`seed-reader-${label}-`);
  const workbench = await openUserSeedIn(folder);
  return {
    workbench,
    done: async () => {
      await closeWorkbench(workbench);
      removeSeedsFolder(folder);
    },
  };
}

/** The shared code-server's user-data folder (its logs, the extensions' storage). */
export function userDataDir(): string {
  if (!server) throw new Error('the e2e code-server is not running: run the suite with test/e2e/.mocharc.json');
  return server.dirs.userData;
}

export async function closeWorkbench(workbench: Workbench): Promise<void> {
  open.delete(workbench);
  unexpected.push(...workbench.watch.problems);
  await workbench.close();
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(180_000);
    const vsix = vsixPath();
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (npm run test:e2e does)`);
    const web = extensionHost === 'web';
    server = await startCodeServer({
      name: testInstanceName(web ? 'e2e-web' : 'e2e'),
      fresh: true,
      offline: true,
      vsix,
      userSettings: web ? WEB_HOST_SETTINGS : undefined,
    });
    console.log(`  code-server ${server.url} with ${path.basename(vsix)} installed, run in its ${web ? 'web-worker' : 'Node'} extension host`);
  },

  /** A failed test leaves a screenshot of every open window: .screenshots/failed-<test>-<n>.png. */
  async afterEach(this: Mocha.Context) {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    let n = 0;
    for (const workbench of open) {
      const file = await workbench.screenshot(`failed-${test.fullTitle()}-${n++}`).catch(() => undefined);
      if (file) console.log(`      screenshot: ${path.relative(projectRoot, file)}`);
    }
  },

  /**
   * Stops everything, then fails the run if the extension host logged an error from our extension, or a
   * window or code-server logged an error, a stack trace or a network attempt (see workbenchNoise.ts).
   */
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    for (const workbench of [...open]) await closeWorkbench(workbench);
    if (!server) return;
    const { userData, serverLog } = server.dirs;
    await server.stop();
    server = undefined;
    const problems = scanLogs(userData, ['seed-reader.seed-reader']);
    if (problems.length > 0) {
      throw new Error(`the extension host logged errors from Seed Reader:\n${formatProblems(problems)}`);
    }
    unexpected.push(...networkLines(fs.readFileSync(serverLog, 'utf8')));
    if (unexpected.length > 0) {
      throw new Error(`the workbench logged ${unexpected.length} unexpected error(s) or network attempt(s):\n${unexpected.join('\n')}`);
    }
  },
};
