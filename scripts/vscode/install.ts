// Installs the project-local VS Code once: Node 24 and code-server from npm into .cache/vscode/.
// A no-op when already installed, so `npm start` and `npm test` call it every time.
//   node out/scripts/vscode/install.js [--browser]     --browser: also require Chromium (the tests need it)
// The Debian packages it needs are installed by it when it runs as root, and named in one command otherwise.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CODE_SERVER_VERSION,
  NODE_VERSION,
  cacheDir,
  chromiumPath,
  codeServerBin,
  codeServerDir,
  codeServerStamp,
  isCodeServerInstalled,
  nodeBin,
  nodeDir,
  nodeEnv,
} from './toolchain';

/** A Debian package the install or the tests need, and how to tell it is there without dpkg. */
interface SystemPackage {
  readonly name: string;
  readonly present: () => boolean;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const buildPackages: readonly SystemPackage[] = [
  // code-server's native modules (kerberos, node-pty, spdlog, sqlite3) compile with node-gyp.
  { name: 'build-essential', present: () => onPath('g++') && onPath('make') },
  { name: 'pkg-config', present: () => onPath('pkg-config') },
  { name: 'python3', present: () => onPath('python3') },
  { name: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') },
];
const browserPackages: readonly SystemPackage[] = [{ name: 'chromium', present: () => fs.existsSync(chromiumPath) }];

/**
 * Makes sure the Debian packages `needed` are there, checking `wanted` (every package that `npm start` and
 * `npm test` need) at the same time, so a reader meets one prompt at most, before any long step. As root
 * (a fresh container, CI) with apt-get, it installs everything missing of `wanted` itself, `apt-get
 * update` first. Otherwise, when something `needed` is missing, it exits with the one command that
 * installs all of `wanted` that is missing.
 */
function ensureSystemPackages(needed: readonly SystemPackage[], wanted: readonly SystemPackage[]): void {
  const missing = wanted.filter(p => !p.present()).map(p => p.name);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    step(`installing Debian packages: ${missing.join(' ')} (apt-get update, then apt-get install)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...missing],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    }
    const still = needed.filter(p => !p.present()).map(p => p.name);
    if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
    return;
  }
  if (needed.every(p => p.present())) return;
  console.error(
    `Missing system packages: ${missing.join(', ')}. Install them with:\n\n` + `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`,
  );
  process.exit(1);
}

function step(message: string): void {
  console.log(`[vscode] ${message}`);
}

const progressLine = /^(npm http fetch|> |\s+(CXX|CC|SOLINK_MODULE|LINK)\(|added |Installing|Removed)/;

/** Runs a command with its output in `logFile`, printing a heartbeat so a long step visibly progresses. */
function runLogged(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; label: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(options.logFile, 'a');
    const started = Date.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
    const heartbeat = setInterval(() => {
      // The last line that says what is happening (a download, a compile, a lifecycle script).
      const lines = fs
        .readFileSync(options.logFile, 'utf8')
        .split('\n')
        .filter(line => progressLine.test(line));
      const last = lines[lines.length - 1]?.trim().slice(0, 100) ?? '';
      step(`${options.label}: ${Math.round((Date.now() - started) / 1000)}s … ${last}`);
    }, 15_000);
    child.on('error', reject);
    child.on('exit', code => {
      clearInterval(heartbeat);
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}; see ${options.logFile}`));
    });
  });
}

async function installNode(): Promise<void> {
  if (fs.existsSync(nodeBin)) return;
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    throw new Error(`no Node ${NODE_VERSION} package on npm for ${process.platform}-${process.arch}`);
  }
  const pkg = `node-linux-${process.arch}@${NODE_VERSION}`;
  step(`downloading ${pkg} from npm (about 50 MB, once)`);
  const staging = fs.mkdtempSync(path.join(cacheDir, 'node-staging-'));
  try {
    const packed = spawnSync('npm', ['pack', '--silent', pkg, '--pack-destination', staging], { env: nodeEnv(), encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack ${pkg} failed:\n${packed.stderr}`);
    const tarball = path.join(staging, packed.stdout.trim().split('\n').pop()!);
    const unpacked = path.join(staging, 'node');
    fs.mkdirSync(unpacked);
    const untar = spawnSync('tar', ['xzf', tarball, '-C', unpacked, '--strip-components=1'], { stdio: 'inherit' });
    if (untar.status !== 0) throw new Error(`could not unpack ${tarball}`);
    fs.renameSync(unpacked, nodeDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function installCodeServer(): Promise<void> {
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  // npm 11 runs no dependency install scripts unless package.json approves them. code-server's postinstall
  // builds VS Code's native modules; its nested installs carry their own allowScripts lists. The approval
  // must live here, not in --allow-scripts or npm_config_*: npm hands those down to the nested installs,
  // which then refuse to run ("--allow-scripts is not allowed in project-scoped installs").
  const manifest = {
    name: 'seed-reader-code-server',
    private: true,
    description: 'Project-local code-server for Seed Reader (written by scripts/vscode/install.ts)',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // argon2 only picks its prebuilt binary; allowed so that it is not reported as skipped.
    allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true },
  };
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const logFile = path.join(cacheDir, 'code-server-install.log');
  fs.writeFileSync(logFile, '');
  step(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (2-4 minutes, once; log: ${path.relative(process.cwd(), logFile)})`);
  try {
    await runLogged('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--loglevel=http'], {
      cwd: codeServerDir,
      env: nodeEnv(),
      logFile,
      label: 'code-server install',
    });
  } catch (error) {
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n');
    console.error(tail);
    throw error;
  }
  checkNativeModules();
  fs.writeFileSync(codeServerStamp, `code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION}, ${new Date().toISOString()}\n`);
}

/** A skipped install script leaves no error, only a VS Code that fails later: check the results. */
function checkNativeModules(): void {
  const vscodeModules = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const expected = ['node-pty', '@vscode/spdlog', 'kerberos', '@vscode/sqlite3'];
  const hasBinary = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).some(file => file.endsWith('.node'));
  const unbuilt = expected.filter(name => {
    const module = path.join(vscodeModules, name);
    // Built by node-gyp, or a prebuilt binary that the install script selected (node-pty).
    return !hasBinary(path.join(module, 'build', 'Release')) && !hasBinary(path.join(module, 'prebuilds', `${process.platform}-${process.arch}`));
  });
  if (unbuilt.length > 0) {
    throw new Error(
      `code-server installed, but these native modules were not built: ${unbuilt.join(', ')}; ` +
        'their install scripts were skipped or failed (see the install log).',
    );
  }
}

async function main(): Promise<void> {
  const withBrowser = process.argv.includes('--browser');
  const installed = isCodeServerInstalled();
  // What this run needs, and what start and test need between them (the browser only for the tests).
  const needed = [...(installed ? [] : buildPackages), ...(withBrowser ? browserPackages : [])];
  ensureSystemPackages(needed, [...(installed ? [] : buildPackages), ...browserPackages]);
  if (installed) {
    step(`code-server ${CODE_SERVER_VERSION} ready in ${path.relative(process.cwd(), codeServerDir) || '.'}`);
    return;
  }
  const started = Date.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  await installNode();
  await installCodeServer();
  if (!fs.existsSync(codeServerBin)) throw new Error(`${codeServerBin} is missing after the install`);
  step(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)}s (${os.platform()}-${os.arch()})`);
}

main().catch(error => {
  console.error(`[vscode] install failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
