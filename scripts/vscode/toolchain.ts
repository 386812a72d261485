import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the project-local VS Code lives. Desktop VS Code and Electron are in no registry these machines
 * reach, so the real VS Code here is code-server (a VS Code build served to a browser) from npm, which
 * needs Node 24, also from npm. Both go into `.cache/vscode/` (git-ignored) and are reused afterwards.
 */
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const projectRoot = path.resolve(__dirname, '../../..');
export const cacheDir = path.join(projectRoot, '.cache', 'vscode');
export const nodeDir = path.join(cacheDir, `node-v${NODE_VERSION}`);
export const nodeBin = path.join(nodeDir, 'bin', 'node');
export const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
/** Written last by the installer, so a half-finished install is never mistaken for a finished one. */
export const codeServerStamp = path.join(codeServerDir, '.installed');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function isCodeServerInstalled(): boolean {
  return fs.existsSync(codeServerStamp) && fs.existsSync(codeServerBin) && fs.existsSync(nodeBin);
}

/** The environment code-server (and npm installing it) must run in: Node 24 first on PATH. */
export function nodeEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // Under `npm run`, the outer npm exports its settings (npm_config_local_prefix, nodedir, ...); an inner
  // npm or node-gyp would obey them and install into, or build against, the wrong place.
  // Where to fetch from (cache, registry, proxies, CA) is kept.
  const kept = /^npm_config_(cache|registry|proxy|https_proxy|noproxy|cafile|strict_ssl)$/i;
  const clean = Object.fromEntries(Object.entries(base).filter(([key]) => !/^npm_/i.test(key) || kept.test(key)));
  return {
    ...clean,
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${base.PATH ?? ''}`,
    // Native modules compile against Node 24's headers, which ship in the same npm package (no download).
    npm_config_nodedir: nodeDir,
  };
}

/** A desktop VS Code on PATH (`code`), if any: then the real Electron VS Code is used instead. */
export function desktopCode(): string | undefined {
  if (process.env.SEED_READER_FORCE_CODE_SERVER) return undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'code');
    // code-server's own `code` helper only works inside its terminal; it lives under lib/vscode/bin.
    if (fs.existsSync(candidate) && !fs.realpathSync(candidate).includes(`${path.sep}remote-cli${path.sep}`)) {
      return candidate;
    }
  }
  return undefined;
}

/** Where `npm run package` writes the VSIX: seed-reader-<version>.vsix in the project root (git-ignored). */
export function vsixPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(projectRoot, `${manifest.name}-${manifest.version}.vsix`);
}
