// Runs the mocha suite in out/test/integration inside a real VS Code extension host, then fails on any
// error our extension left in the extension host log.
//   node out/test/harness/runIntegration.js          (npm run test:integration builds and installs first)
// With a desktop VS Code (`code` on PATH, or VSCODE_EXECUTABLE_PATH) it uses @vscode/test-electron;
// otherwise code-server's extension host, driven from Chromium through the smoke-test-driver payload.
import * as fs from 'fs';
import * as path from 'path';
import { instanceDirs, startCodeServer, testInstanceName } from '../../scripts/vscode/codeServer';
import { formatProblems, scanLogs } from '../../scripts/vscode/extHostLog';
import { networkLines } from '../../scripts/vscode/workbenchNoise';
import { desktopCode, projectRoot } from '../../scripts/vscode/toolchain';
import { prepareTestWorkspace } from '../helpers/paths';
import { launchChromium } from './browser';
import { watchPage } from './pageWatch';

const testsEntry = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
const workspace = prepareTestWorkspace();
const instanceName = testInstanceName('integration');
const timeoutMs = Number(process.env.SEED_READER_TEST_TIMEOUT_MS ?? 300_000);
/** What identifies our extension in a log line: its id, or the bundle it runs from. */
const needles = ['seed-reader.seed-reader', path.join(projectRoot, 'dist') + path.sep];

/** What the run left besides its test results: console errors, stack traces and network attempts of the workbench. */
const unexpected: string[] = [];

async function runInCodeServer(): Promise<number> {
  const dirs = instanceDirs(instanceName);
  const server = await startCodeServer({
    name: instanceName,
    fresh: true,
    offline: true,
    smokeTestDriver: true,
    env: { SEED_READER_TEST_USER_DATA: dirs.userData, ...pick(process.env, 'SEED_READER_TEST_GREP', 'STORM_SEED') },
  });
  const browser = await launchChromium();
  try {
    let finish: (code: number | string) => void = () => undefined;
    const finished = new Promise<number | string>(resolve => {
      finish = resolve;
    });
    browser.page.on('crash', () => finish('the browser page crashed'));
    void server.exited.then(() => finish('code-server exited'));
    // The workbench calls this when extensionTestsPath's run() settles: 0 passed, 1 failed.
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    let done = false;
    // The extension host's console (the mocha report) arrives in the page's console: print it, keep the rest quiet.
    const watch = watchPage(browser.page, server.url, text => {
      if (!done) console.log(text);
    });
    // code-server's remote authority is literally "remote".
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${projectRoot}`],
      ['extensionTestsPath', `vscode-remote://remote${testsEntry}`],
    ];
    await browser.page.goto(server.folderUrl(workspace, { payload: JSON.stringify(payload) }));
    const timer = setTimeout(() => finish(`the tests did not finish within ${timeoutMs / 1000}s`), timeoutMs);
    const result = await finished;
    done = true;
    unexpected.push(...watch.problems, ...networkLines(fs.readFileSync(server.dirs.serverLog, 'utf8')));
    clearTimeout(timer);
    if (typeof result === 'string') {
      console.error(`[integration] ${result}`);
      const shot = path.join(projectRoot, '.screenshots', 'integration-unfinished.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await browser.page.screenshot({ path: shot }).catch(() => undefined);
      return 1;
    }
    return result === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function runInDesktop(code: string): Promise<number> {
  // Loaded only here: test-electron would download VS Code if asked to, and that is never wanted.
  const { runTests } = await import('@vscode/test-electron');
  const dirs = instanceDirs(instanceName);
  fs.rmSync(dirs.root, { recursive: true, force: true });
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH ?? electronBesideCli(code);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: testsEntry,
      extensionTestsEnv: { SEED_READER_TEST_USER_DATA: dirs.userData, ...pick(process.env, 'SEED_READER_TEST_GREP', 'STORM_SEED') },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions],
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** `code` is a launcher script; the Electron binary sits two folders up (Linux: /usr/share/code/bin/code -> ../code). */
function electronBesideCli(code: string): string {
  const cli = fs.realpathSync(code);
  const candidates = [path.resolve(cli, '../../code'), path.resolve(cli, '../../../../MacOS/Electron'), path.resolve(cli, '../../Code.exe')];
  const found = candidates.find(candidate => fs.existsSync(candidate));
  if (!found) throw new Error(`cannot find the VS Code executable for ${cli}; set VSCODE_EXECUTABLE_PATH`);
  return found;
}

function pick(env: NodeJS.ProcessEnv, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter(key => env[key] !== undefined).map(key => [key, env[key] as string]));
}

async function main(): Promise<void> {
  if (!fs.existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run \`npm run compile\` first`);
  const started = Date.now();
  const code = desktopCode();
  const mode = code ? `desktop VS Code (${code})` : 'code-server';
  console.log(`[integration] running out/test/integration in ${mode}`);
  const testResult = code ? await runInDesktop(code) : await runInCodeServer();
  const userData = instanceDirs(instanceName).userData;
  const problems = scanLogs(userData, needles);
  if (problems.length > 0) {
    console.error(`[integration] the extension host logged errors from Seed Reader:\n${formatProblems(problems)}`);
  }
  if (unexpected.length > 0) {
    console.error(`[integration] the workbench logged ${unexpected.length} unexpected error(s) or network attempt(s):\n${unexpected.join('\n')}`);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = testResult === 0 && problems.length === 0 && unexpected.length === 0;
  console.log(
    `[integration] ${ok ? 'passed' : 'FAILED'} in ${seconds}s (extension host log: ${problems.length} problem(s); workbench: ${unexpected.length} unexpected)`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch(error => {
  console.error(`[integration] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
