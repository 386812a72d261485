// `npm run package`: a production build, then a VSIX with @vscode/vsce (offline), its size and file list.
// It fails if the VSIX is above 2 MB (npm run test:e2e packages first, so the suite checks it too).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot, vsixPath } from './toolchain';

/** Above this the VSIX (both builds, the model and the CLI) is too heavy for what it does: packaging fails. */
const TARGET_BYTES = 2 * 1024 * 1024;
/** Never shipped, whatever .vscodeignore says: a guard against a pattern gone wrong. */
const forbidden = /^(src|test|bench|out|scripts|\.cache|node_modules|\.screenshots)\//;

const vsce = path.join(projectRoot, 'node_modules', '.bin', 'vsce');

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

function main(): void {
  run(process.execPath, ['scripts/build.mjs', '--production']);
  // The bundle carries its dependencies: vsce must not walk node_modules (nor the network).
  const files = run(vsce, ['ls', '--no-dependencies']).trim().split('\n').filter(Boolean).sort();
  const leaked = files.filter(file => forbidden.test(file));
  if (leaked.length > 0) throw new Error(`the VSIX would contain files it must not: ${leaked.join(', ')} (fix .vscodeignore)`);

  const out = vsixPath();
  fs.rmSync(out, { force: true });
  // README links stay relative: they resolve inside the installed extension, and the repository URL
  // vsce would prefix them with is not public.
  run(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out]);
  const bytes = fs.statSync(out).size;
  console.log(`\n${path.relative(projectRoot, out)}: ${(bytes / 1024).toFixed(0)} KiB (target <= ${TARGET_BYTES / 1024 / 1024} MB)`);
  for (const file of files) console.log(`  ${file}  ${(fs.statSync(path.join(projectRoot, file)).size / 1024).toFixed(1)} KiB`);
  if (bytes > TARGET_BYTES) throw new Error(`the VSIX is ${(bytes / 1024).toFixed(0)} KiB, more than ${TARGET_BYTES / 1024 / 1024} MB`);
}

try {
  main();
} catch (error) {
  console.error(`[package] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
