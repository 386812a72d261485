/**
 * A working stand-in for the part of `vscode` the workspace index service uses (bench/vscodeStub.ts's
 * `anyStub` accepts anything but does nothing): one workspace folder on disk, `workspace.findFiles` listing
 * its `.txt` files, `workspace.fs` on Node's fs, progress that only runs its task, watchers that never fire,
 * and a save event the bench fires itself. Enough to run the real WorkspaceIndexService in plain Node.
 */
import * as fs from 'fs';
import * as path from 'path';

type Listener<T> = (value: T) => unknown;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter(l => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(readonly path: string) {}
  static file(file: string): Uri {
    return new Uri(path.resolve(file));
  }
  static parse(text: string): Uri {
    if (!text.startsWith('file://')) throw new Error(`not a file URI: ${text}`);
    return new Uri(decodeURIComponent(text.slice('file://'.length)));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(path.join(base.path, ...parts));
  }
  get fsPath(): string {
    return this.path;
  }
  get scheme(): string {
    return 'file';
  }
  toString(): string {
    return `file://${encodeURI(this.path)}`;
  }
}

class RelativePattern {
  constructor(
    readonly base: { uri: Uri } | Uri,
    readonly pattern: string,
  ) {}
}

class FileSystemError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const FileType = { File: 1, Directory: 2 } as const;

function txtFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...txtFilesUnder(full));
    else if (entry.name.endsWith('.txt')) found.push(full);
  }
  return found.sort();
}

async function guarded<T>(uri: Uri, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileSystemError(`${uri.path} not found`, 'FileNotFound');
    throw error;
  }
}

/** The fake `vscode` module over `folder`, and the save event the bench fires. */
export function vscodeWorkspace(folder: string) {
  const saved = new EventEmitter<{ uri: Uri }>();
  const nothing = () => ({ dispose: () => undefined });
  const api = {
    Uri,
    RelativePattern,
    FileSystemError,
    FileType,
    EventEmitter,
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])) },
    window: {
      withProgress: <T>(_options: unknown, task: (progress: { report(): void }, token: { isCancellationRequested: boolean }) => Promise<T>) =>
        task({ report: () => undefined }, { isCancellationRequested: false }),
    },
    workspace: {
      workspaceFolders: [{ uri: Uri.file(folder), name: path.basename(folder), index: 0 }],
      textDocuments: [] as unknown[],
      onDidSaveTextDocument: saved.event,
      onDidCloseTextDocument: nothing,
      createFileSystemWatcher: () => ({ onDidCreate: nothing, onDidChange: nothing, onDidDelete: nothing, dispose: () => undefined }),
      findFiles: async (pattern: RelativePattern | string) => {
        if (typeof pattern === 'string') return [];
        const base = pattern.base instanceof Uri ? pattern.base : pattern.base.uri;
        return txtFilesUnder(base.path).map(f => Uri.file(f));
      },
      fs: {
        readFile: (uri: Uri) => guarded(uri, async () => new Uint8Array(await fs.promises.readFile(uri.path))),
        stat: (uri: Uri) =>
          guarded(uri, async () => {
            const stat = await fs.promises.stat(uri.path);
            return { size: stat.size, type: stat.isDirectory() ? FileType.Directory : FileType.File, ctime: stat.ctimeMs, mtime: stat.mtimeMs };
          }),
        writeFile: (uri: Uri, content: Uint8Array) => guarded(uri, () => fs.promises.writeFile(uri.path, content)),
        createDirectory: (uri: Uri) => guarded(uri, async () => void (await fs.promises.mkdir(uri.path, { recursive: true }))),
      },
    },
  };
  return { api, save: (file: string) => saved.fire({ uri: Uri.file(file) }) };
}

/** An extension context whose workspace storage is `storage`. */
export function fakeContext(storage: string, version: string): unknown {
  return { storageUri: Uri.file(storage), globalStorageUri: Uri.file(storage), extension: { packageJSON: { version } }, subscriptions: [] };
}
