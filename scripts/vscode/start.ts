// `npm start`: Seed Reader in a real VS Code with seeds/ open.
// - A desktop VS Code (`code` on PATH): build, then open seeds/ with --extensionDevelopmentPath.
// - Otherwise: package the VSIX, install it into the project-local code-server (its own user data,
//   extensions and HOME under .cache/vscode/instances/start), serve it on 127.0.0.1 and print the URL.
//   Ctrl+C stops the server and everything it started.
import { spawn, spawnSync } from 'child_process';
import * as net from 'net';
import * as path from 'path';
import { startCodeServer } from './codeServer';
import { desktopCode, projectRoot, vsixPath } from './toolchain';

const seeds = path.join(projectRoot, 'seeds');
const preferredPort = Number(process.env.SEED_READER_PORT ?? 8750);

function runNode(script: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, [path.join(projectRoot, script), ...args], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function startDesktop(code: string): void {
  runNode('scripts/build.mjs');
  console.log(`Opening ${path.relative(projectRoot, seeds)}/ in ${code} with the extension under development.`);
  spawn(code, [`--extensionDevelopmentPath=${projectRoot}`, seeds], { stdio: 'inherit', detached: true }).unref();
}

async function startBrowser(): Promise<void> {
  runNode('out/scripts/vscode/install.js');
  runNode('out/scripts/vscode/package.js');
  const server = await startCodeServer({ name: 'start', fresh: false, vsix: vsixPath(), port: await portToUse() }).catch(error => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  console.log(
    [
      '',
      'Seed Reader is running in VS Code (code-server). Open this URL in a browser:',
      '',
      `  ${server.folderUrl(seeds)}`,
      '',
      `Settings and state persist in ${path.relative(projectRoot, server.dirs.root)}; server log: ${path.relative(projectRoot, server.dirs.serverLog)}`,
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server…`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  await server.exited;
  if (!stopping) {
    console.error(`code-server exited unexpectedly; see ${server.dirs.serverLog}`);
    process.exit(1);
  }
}

/** The fixed port keeps the URL stable between runs; a busy port falls back to a free one. */
async function portToUse(): Promise<number> {
  return new Promise(resolve => {
    const probe = net.createServer();
    probe.once('error', () => resolve(0));
    probe.listen(preferredPort, '127.0.0.1', () => probe.close(() => resolve(preferredPort)));
  });
}

const code = desktopCode();
if (code) startDesktop(code);
else void startBrowser();
