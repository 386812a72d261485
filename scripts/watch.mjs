// npm run watch: the three esbuild bundles (dist/, what the extension runs) and tsc's type check and
// compile (out/, what the tests run), side by side in one terminal until Ctrl+C. F5 runs the same two
// commands as separate VS Code tasks (.vscode/tasks.json), so each gets its own problem matcher.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const children = [
  spawn(process.execPath, ['scripts/build.mjs', '--watch'], { stdio: 'inherit' }),
  // --preserveWatchOutput: tsc would otherwise clear the screen, and esbuild's lines with it.
  spawn(process.execPath, [tsc, '-p', '.', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
];

// Either watcher ending (a crash, or Ctrl+C reaching both) ends the other, so nothing is left running.
for (const child of children) {
  child.on('exit', (code, signal) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill();
    if (code !== null && code !== 0) process.exitCode = code;
    else if (signal && signal !== 'SIGINT' && signal !== 'SIGTERM') process.exitCode = 1;
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach(child => child.kill(signal)));
