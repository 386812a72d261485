// Runs the mocha suite in out/test/integration inside a real VS Code extension host, then fails on any
// error our extension left in the extension host log.
//   node out/test/harness/runIntegration.js          (npm run test:integration builds and installs first)
// With a desktop VS Code (`code` on PATH, or VSCODE_EXECUTABLE_PATH) it uses @vscode/test-electron;
// otherwise code-server's extension host, driven from Chromium through the smoke-test-driver payload.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { instanceDirs, startCodeServer, testInstanceName } from '../../scripts/vscode/codeServer';
import { formatProblems, scanLogs } from '../../scripts/vscode/extHostLog';
import { desktopCode, projectRoot } from '../../scripts/vscode/toolchain';
import { seedsFolder } from '../helpers/paths';
import { launchChromium } from './browser';

const testsEntry = path.join(projectRoot, 'out', 'test', 'integration', 'index.js');
const workspace = seedsFolder;
const instanceName = testInstanceName('integration');
const timeoutMs = Number(process.env.SEED_READER_TEST_TIMEOUT_MS ?? 300_000);
/** What identifies our extension in a log line: its id, or the bundle it runs from. */
const needles = ['seed-reader.seed-reader', path.join(projectRoot, 'dist') + path.sep];

/** Browser-console lines the workbench prints on an offline machine; none of them come from the tests. */
const noise =
  /Failed to load resource|open-vsx|ENOTFOUND|AccountPolicyGate|connection token|grace time|Service Worker|same-origin|builtin extensions cache|AgentHost|authentication provider|tryActivateProvider|getSessions|vsda|webview|^Creating a socket|^Canceled|\[Extension Host\] (?:Debugger|Started local extension host)/;

async function runInCodeServer(): Promise<number> {
  const dirs = instanceDirs(instanceName);
  const server = await startCodeServer({
    name: instanceName,
    fresh: true,
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
    browser.page.on('console', async message => {
      if (done || noise.test(message.text())) return;
      // The extension host's console arrives as ('%c INFO', 'color: …', ...args): drop the styling.
      let args = await Promise.all(message.args().map(arg => arg.jsonValue().catch(() => '?')));
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      const text = args.length > 0 ? util.format(...args) : message.text();
      if (!noise.test(text)) console.log(text);
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
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = testResult === 0 && problems.length === 0;
  console.log(`[integration] ${ok ? 'passed' : 'FAILED'} in ${seconds}s (extension host log: ${problems.length} problem(s))`);
  process.exitCode = ok ? 0 : 1;
}

main().catch(error => {
  console.error(`[integration] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
