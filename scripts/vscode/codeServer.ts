import type { ChildProcess } from 'child_process';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { cacheDir, codeServerBin, isCodeServerInstalled, nodeBin, nodeEnv } from './toolchain';

export interface CodeServerOptions {
  /**
   * Folder name under .cache/vscode/instances/: each instance has its own user data, extensions and HOME.
   * Tests use testInstanceName(), which is unique to the process.
   */
  readonly name: string;
  /** Start from empty folders (tests) or keep the user's settings and state (`npm start`). */
  readonly fresh: boolean;
  /** A VSIX to install into the instance's extensions folder before the server starts. */
  readonly vsix?: string;
  /** Honour `?payload=` (extensionDevelopmentPath / extensionTestsPath): how tests run in the extension host. */
  readonly smokeTestDriver?: boolean;
  /**
   * No network at all (tests): no extension gallery, and the settings below that keep VS Code's built-in
   * extensions from fetching. `npm start` keeps the gallery, so that a reader can install a theme.
   */
  readonly offline?: boolean;
  /** Extra environment for the server and so for its extension host. */
  readonly env?: Readonly<Record<string, string>>;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** More user settings, written with the ones below into a new instance's settings.json. */
  readonly userSettings?: Readonly<Record<string, unknown>>;
}

export interface InstanceDirs {
  readonly root: string;
  readonly userData: string;
  readonly extensions: string;
  readonly home: string;
  /** code-server's own stdout and stderr. */
  readonly serverLog: string;
}

export interface CodeServer {
  readonly url: string;
  readonly dirs: InstanceDirs;
  /** URL that opens `folder` (an absolute path) in the workbench. */
  folderUrl(folder: string, query?: Readonly<Record<string, string>>): string;
  /** Settles when the server process ends, for whatever reason. */
  readonly exited: Promise<void>;
  /** Stops the server and every process it started (it runs in its own process group). */
  stop(): Promise<void>;
}

/**
 * Settings that keep the workbench quiet and deterministic: no welcome page, AI panel, tips, experiments,
 * telemetry or update checks. Written once into a new instance; `npm start` keeps what the reader changes.
 */
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  // 'off', not false: VS Code 1.139 migrates false to 'off' by rewriting settings.json, a save whose
  // onWillSaveTextDocument participants it aborts (with an error in the console) when the extension host is busy.
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'workbench.settings.enableNaturalLanguageSearch': false,
};

/** Test instances only: what would still reach out from VS Code's built-in extensions. */
const offlineSettings = {
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'github.gitAuthentication': false,
  // In a browser VS Code saves after a delay by default (files.contribution.ts: isWeb ? afterDelay : off), so the
  // edit storm's text was written to disk while a suite's after hook deleted its folder ("Failed to save
  // 'storm.txt' … ENOENT"). Tests save only when they mean to, as a desktop VS Code does.
  'files.autoSave': 'off',
};

/**
 * code-server reads its extension gallery from $EXTENSIONS_GALLERY (else open-vsx.org): an empty one has no
 * service URL, which VS Code takes as "no gallery", so neither the server nor the browser queries one.
 */
const noGallery = { EXTENSIONS_GALLERY: '{}' };

/**
 * A name for a throw-away instance of this process, so that two test runs in one work tree (two
 * terminals, an editor's test task) never share or delete each other's folders.
 */
export function testInstanceName(suite: string): string {
  return `${suite}-${process.pid}`;
}

/** Removes the folders of test instances whose process has ended (each run keeps its own until then, for its logs). */
function removeStaleTestInstances(): void {
  const instances = path.join(cacheDir, 'instances');
  if (!fs.existsSync(instances)) return;
  for (const name of fs.readdirSync(instances)) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(instances, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function instanceDirs(name: string): InstanceDirs {
  const root = path.join(cacheDir, 'instances', name);
  return {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    home: path.join(root, 'home'),
    serverLog: path.join(root, 'code-server.log'),
  };
}

/** code-server and its extension host write into $HOME and the XDG folders: point them into the instance. */
function instanceEnv(dirs: InstanceDirs, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    ...nodeEnv(),
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    ...extra,
  };
}

function codeServerEntry(): string {
  if (!isCodeServerInstalled()) {
    throw new Error('code-server is not installed: run `node out/scripts/vscode/install.js` (npm start and npm test do)');
  }
  return fs.realpathSync(codeServerBin);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const request = http.get(`${url}/healthz`, response => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

function tail(file: string, lines: number): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '';
}

/** Installs a VSIX into the instance (the same command a user would run, with the instance's folders). */
export function installVsix(dirs: InstanceDirs, vsix: string, env: Readonly<Record<string, string>> = {}): void {
  const result = spawnSync(
    nodeBin,
    [codeServerEntry(), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', path.resolve(vsix), '--force'],
    { env: instanceEnv(dirs, env), encoding: 'utf8' },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} into code-server failed:\n${output}`);
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const entry = codeServerEntry();
  const dirs = instanceDirs(options.name);
  removeStaleTestInstances();
  if (options.fresh) fs.rmSync(dirs.root, { recursive: true, force: true });
  for (const dir of [dirs.userData, dirs.extensions, dirs.home]) fs.mkdirSync(dir, { recursive: true });
  const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    const written = { ...settings, ...(options.offline ? offlineSettings : {}), ...options.userSettings };
    fs.writeFileSync(settingsFile, `${JSON.stringify(written, null, 2)}\n`);
  }
  const env = { ...(options.offline ? noGallery : {}), ...options.env };
  if (options.vsix) installVsix(dirs, options.vsix, env);

  const port = options.port || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    entry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
  ];
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const log = fs.openSync(dirs.serverLog, 'w');
  // detached: its own process group, so stop() also ends the extension host and watchers it forks.
  const child = spawn(nodeBin, args, { env: instanceEnv(dirs, env), detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  // Even if the caller crashes, no server outlives this process.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let exited = false;
  const exitedPromise = new Promise<void>(resolve =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const deadline = Date.now() + 60_000;
  while (!(await healthy(url))) {
    if (exited || Date.now() > deadline) {
      killGroup('SIGKILL');
      process.off('exit', onExit);
      throw new Error(`code-server did not become ready on ${url}:\n${tail(dirs.serverLog, 30)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }

  return {
    url,
    dirs,
    exited: exitedPromise,
    folderUrl(folder, query = {}) {
      const params = new URLSearchParams({ folder: path.resolve(folder), ...query });
      return `${url}/?${params.toString()}`;
    },
    async stop() {
      process.off('exit', onExit);
      if (!exited) killGroup('SIGTERM');
      if (!(await waitForExit(child, 5000))) killGroup('SIGKILL');
      killGroup('SIGKILL'); // stragglers in the group (watchers, pty hosts) that ignored SIGTERM
    },
  };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise(resolve => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
