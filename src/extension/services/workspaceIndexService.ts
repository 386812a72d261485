import * as vscode from 'vscode';
import {
  contentHash,
  deserializeIndexSteps,
  emptyIndex,
  factsOf,
  hashOf,
  INDEX_PIECE_SEPARATOR,
  serializeIndexParts,
  updateIndex,
  type Correction,
  type IndexedSeed,
  type Steps,
  type WorkspaceIndex,
} from '../../core';
import type { CorrectionsService } from './correctionsService';
import type { Environment, IndexEngine } from './engines';
import { workspaceViewSteps } from '../workspaceLookup';
import { isSeed } from './seedDocuments';
import type { SeedSettings } from './settings';

/** The glob every seed matches, besides `seedReader.filePatterns`. */
export const SEED_GLOB = '**/seeds/**/*.txt';
/** Files read from disk at once while indexing. */
const READ_CONCURRENCY = 8;
/** More files than this to index show a notification that can be cancelled; fewer, a note in the status bar. */
const NOTIFY_ABOVE = 100;
/**
 * Larger files are left out of the index (counted as skipped in the run's log line), whatever `seedReader.maxFileSizeMB`
 * allows the editor: a news seed is a few KB, and analysing a file of megabytes in the background would
 * hold every other seed back and take a core from the editor for a long while.
 */
export const INDEX_MAX_BYTES = 1024 * 1024;
/** The most files the index looks for. */
const MAX_FILES = 20_000;
/** How long file events gather before they are indexed together, and how long after a change the index is stored. */
const BATCH_MS = 300;
/** A save is one deliberate change: it is indexed at once, not gathered with others. */
const SAVE_MS = 0;
const STORE_MS = 1_000;
/**
 * How long the index worker stays after its last text: the next save is analysed by a warm worker (its
 * model loaded) instead of a new thread; after that the thread ends and its model leaves memory.
 */
const WORKER_IDLE_MS = 30_000;
const STORE_FILE = 'workspace-index.json';
/** The longest the extension host's thread works on the stored form before it yields. */
const SLICE_MS = 8;

/** How the last indexing run went: for the log, the tests and the reader's "how fast" question. */
export interface IndexRunStats {
  /** 'warm' when a stored index was read back before the run. */
  readonly start: 'cold' | 'warm' | 'update';
  readonly files: number;
  /** Texts the worker analysed; the others' facts were known by their hash. */
  readonly analysed: number;
  readonly reused: number;
  readonly skipped: number;
  /** The run: finding, reading, hashing and analysing the files, and updating the index. */
  readonly ms: number;
  /** Before a warm run: reading and checking the stored index (0 otherwise). */
  readonly loadMs: number;
}

/**
 * The workspace index in the extension: every seed of the folder (files matching `**\/seeds/**\/*.txt`
 * and `seedReader.filePatterns`), each read once and analysed in the index worker, kept current on save,
 * create, change and delete, and stored in the workspace's storage so the next start analyses only the
 * texts that changed. An open editor's text wins over the disk's. It never throws into VS Code: a
 * failure is a line in the output channel, and the index keeps what it had.
 */
export class WorkspaceIndexService implements vscode.Disposable {
  private index: WorkspaceIndex;
  /** What made the facts; it changes with the reference date. */
  private engine: string;
  private readonly client: IndexEngine;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<WorkspaceIndex>();
  /** Fires with the new index after every change to it. */
  readonly onDidChange = this.changed.event;
  /** Files to index again (true) or drop (false), gathered until the next run. */
  private readonly pending = new Map<string, boolean>();
  /** Folders deleted: every indexed file under them goes. */
  private readonly deletedFolders = new Set<string>();
  private running: Promise<void> | undefined;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the pending batch is a save's, to run without waiting for more events. */
  private batchUrgent = false;
  private workerTimer: ReturnType<typeof setTimeout> | undefined;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private disposed = false;
  private warm = false;
  private loadMs = 0;
  private idleWaiters: (() => void)[] = [];
  private lastRun: IndexRunStats | undefined;
  private storing: Promise<void> = Promise.resolve();
  /** The corrections changed while a run was under way. */
  private correctionsChanged = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly settings: SeedSettings,
    private readonly output: vscode.OutputChannel,
    environment: Environment,
    private readonly corrections: CorrectionsService,
  ) {
    this.engine = engineName(context, settings.referenceDate);
    this.index = emptyIndex(this.engine);
    this.client = environment.indexEngine({ onLog: line => output.appendLine(`workspace index: ${line.replace('analysis worker', 'index worker')}`) });
    this.disposables.push(this.changed);
    this.disposables.push(vscode.workspace.onDidSaveTextDocument(d => this.touch(d.uri, SAVE_MS)));
    // A dirty editor closed unsaved leaves the disk's text: read it again (its hash says whether it changed).
    this.disposables.push(vscode.workspace.onDidCloseTextDocument(d => hashOf(this.index, d.uri.toString()) !== undefined && this.touch(d.uri)));
    this.disposables.push(settings.onDidChange('filePatterns', () => this.rescan()));
    // Every indexed seed is looked at again: those whose corrections did not change are known by their key.
    this.disposables.push(corrections.onDidChange(() => this.reindexAll()));
    this.disposables.push(
      settings.onDidChange('referenceDate', () => {
        // Facts under another reference date are other facts: start again.
        this.engine = engineName(context, settings.referenceDate);
        this.index = emptyIndex(this.engine);
        this.rescan();
      }),
    );
  }

  /** The current index (perhaps still being built: see `whenIdle`). */
  get current(): WorkspaceIndex {
    return this.index;
  }

  /** How the last run went, once one has finished. */
  get lastRunStats(): IndexRunStats | undefined {
    return this.lastRun;
  }

  /** Resolves when no indexing is running or waiting. */
  whenIdle(): Promise<void> {
    if (!this.running && this.pending.size === 0 && this.deletedFolders.size === 0 && this.batchTimer === undefined && this.started) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  /** Reads the stored index, then finds and indexes every seed; called after activation. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    void this.guard('start', async () => {
      await this.load();
      this.watch();
      await this.findAll();
    });
  }

  /**
   * Drops the index in memory and builds it again: from the stored index as a new start would
   * (`fromStorage`), or from nothing (seedReader.rebuildWorkspaceIndex). Resolves with how the run went.
   */
  async rebuild(fromStorage: boolean): Promise<IndexRunStats | undefined> {
    if (!this.started || this.disposed) return undefined;
    while (this.running) await this.running;
    await this.guard('rebuild', async () => {
      this.index = emptyIndex(this.engine);
      this.lastRun = undefined;
      this.warm = false;
      if (fromStorage) await this.load();
      else this.output.appendLine('workspace index: rebuilding from nothing');
      await this.findAll();
    });
    return this.lastRun;
  }

  /**
   * Indexes the seeds the index does not hold yet, now: for a question the index could not answer about a
   * file created a moment ago, before the watchers reported it. Files already indexed are not read.
   */
  async catchUp(): Promise<void> {
    if (!this.started || this.disposed) return;
    await this.guard('catch up', async () => {
      for (const uri of await this.findSeeds()) if (hashOf(this.index, uri) === undefined) this.pending.set(uri, true);
      await this.runNow();
    });
  }

  /** Writes the index to storage now if a write is due (else it is written a second after a change). */
  async flush(): Promise<void> {
    if (this.storeTimer === undefined) return;
    clearTimeout(this.storeTimer);
    this.storeTimer = undefined;
    await this.store();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.batchTimer);
    clearTimeout(this.workerTimer);
    if (this.storeTimer !== undefined) {
      clearTimeout(this.storeTimer);
      void this.store();
    }
    for (const d of [...this.disposables, ...this.watchers]) d.dispose();
    void this.client.dispose();
    this.resolveIdle();
  }

  private reindexAll(): void {
    if (!this.started || this.disposed) return;
    // A run under way read the corrections before they changed: what it indexes is looked at again after it.
    if (this.running) this.correctionsChanged = true;
    for (const { file } of this.index.files) this.pending.set(file, true);
    this.schedule(SAVE_MS);
  }

  private rescan(): void {
    if (!this.started || this.disposed) return;
    void this.guard('rescan', async () => {
      this.watch();
      await this.findAll();
    });
  }

  /** Every file matching the seed globs, all marked for indexing; indexed files no longer found are dropped. */
  private async findAll(): Promise<void> {
    const found = await this.findSeeds();
    for (const { file } of this.index.files) if (!found.has(file)) this.pending.set(file, false);
    for (const file of found) this.pending.set(file, true);
    await this.runNow();
  }

  /** Every file the seed globs match, as URI strings. */
  private async findSeeds(): Promise<Set<string>> {
    const found = new Set<string>();
    for (const glob of [...seedFolderGlobs(), ...this.settings.filePatternGlobs]) {
      for (const uri of await vscode.workspace.findFiles(glob, undefined, MAX_FILES)) found.add(uri.toString());
    }
    return found;
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of [SEED_GLOB, ...this.settings.filePatternGlobs]) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        watcher,
        watcher.onDidCreate(uri => this.touch(uri)),
        watcher.onDidChange(uri => this.touch(uri)),
      );
      this.watchers.push(watcher.onDidDelete(uri => this.deleted(uri)));
    }
    // A folder created with its files at once (copied, unpacked, written by a script) may be reported as
    // the folder alone: its seeds are looked up then. A deleted folder is reported as the folder alone too,
    // a path the seeds' globs do not match: its seeds leave the index by its prefix.
    const folders = vscode.workspace.createFileSystemWatcher('**/seeds/**', false, true, false);
    this.watchers.push(
      folders,
      folders.onDidCreate(uri => void this.guard('folder', () => this.createdFolder(uri))),
      folders.onDidDelete(uri => this.deleted(uri)),
    );
  }

  /** Marks the `.txt` files under a created folder for indexing (nothing for a created file: its own event does). */
  private async createdFolder(uri: vscode.Uri): Promise<void> {
    if (!this.started || this.disposed) return;
    const stat = await vscode.workspace.fs.stat(uri).then(
      s => s,
      () => undefined,
    );
    if (!stat || (stat.type & vscode.FileType.Directory) === 0) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.txt'), undefined, MAX_FILES);
    for (const file of files) this.pending.set(file.toString(), true);
    if (files.length > 0) this.schedule();
  }

  private touch(uri: vscode.Uri, delay = BATCH_MS): void {
    if (!this.started || this.disposed) return;
    // Saved or changed: index it when it is one of ours (a watcher's event is; a save of another file is not).
    if (hashOf(this.index, uri.toString()) === undefined && !this.matches(uri)) return;
    this.pending.set(uri.toString(), true);
    this.schedule(delay);
  }

  private deleted(uri: vscode.Uri): void {
    if (!this.started || this.disposed) return;
    const key = uri.toString();
    this.pending.set(key, false);
    // A folder's deletion may come as one event for the folder.
    this.deletedFolders.add(key.endsWith('/') ? key : `${key}/`);
    this.schedule();
  }

  /** Whether a file the watchers did not report is a seed by the globs: as the language's patterns say. */
  private matches(uri: vscode.Uri): boolean {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    return isSeed(document) || /\/seeds\/.*\.txt$/.test(uri.path);
  }

  /**
   * Runs the pending changes in `delay` ms. File events put the batch off until they stop coming; a save's
   * run, once asked for, is not put off by the watcher's event for the same file that follows it.
   */
  private schedule(delay = BATCH_MS): void {
    if (this.batchTimer !== undefined && this.batchUrgent) return;
    clearTimeout(this.batchTimer);
    this.batchUrgent = delay < BATCH_MS;
    this.batchTimer = setTimeout(() => {
      this.batchTimer = undefined;
      void this.guard('update', () => this.runNow());
    }, delay);
  }

  /** Runs the pending changes, one run at a time; changes that arrive meanwhile make the next run. */
  private async runNow(): Promise<void> {
    while (this.running) await this.running;
    if (this.pending.size === 0 && this.deletedFolders.size === 0) return;
    this.running = this.run().finally(() => (this.running = undefined));
    await this.running;
    if (this.correctionsChanged) {
      this.correctionsChanged = false;
      for (const { file } of this.index.files) this.pending.set(file, true);
    }
    if (this.pending.size > 0 || this.deletedFolders.size > 0) await this.runNow();
  }

  private async run(): Promise<void> {
    const started = performance.now();
    clearTimeout(this.workerTimer);
    const changes = [...this.pending];
    this.pending.clear();
    const folders = [...this.deletedFolders];
    this.deletedFolders.clear();
    const remove = changes.filter(([, set]) => !set).map(([file]) => file);
    for (const { file } of this.index.files) if (folders.some(f => file.startsWith(f))) remove.push(file);
    const files = changes.filter(([, set]) => set).map(([file]) => file);
    const counts = { analysed: 0, reused: 0, skipped: 0 };
    const set: IndexedSeed[] = [];
    const title = vscode.l10n.t('Seed Reader: indexing the workspace’s seeds');
    const indexAll = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < files.length && !token?.isCancellationRequested && !this.disposed) {
          const file = files[next++];
          const seed = await this.indexOne(file, counts);
          if (seed === 'gone') remove.push(file);
          else if (seed) set.push(seed);
          done++;
          progress.report({ message: `${done}/${files.length}`, increment: 100 / files.length });
        }
      };
      await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
      if (token?.isCancellationRequested) this.output.appendLine(`workspace index: cancelled after ${done} of ${files.length} files`);
    };
    if (files.length > NOTIFY_ABOVE) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, indexAll);
    } else if (files.length > 0) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, progress => indexAll(progress));
    }
    if (counts.analysed > 0) this.stopWorkerLater();
    if (this.disposed) return;
    const before = this.index;
    let next = updateIndex(before, { set, remove });
    if (sameIndex(before, next)) next = before;
    // The views' data (linked actors, the timeline) is made a slice at a time before the views hear of the
    // new index: they then find it made, and this thread is never held for long by it.
    await this.sliced(workspaceViewSteps(next));
    if (this.disposed) return;
    // Started again meanwhile (another reference date): the change goes onto the new index.
    this.index = this.index === before ? next : updateIndex(this.index, { set, remove });
    const ms = Math.round(performance.now() - started);
    const start = this.lastRun === undefined ? (this.warm ? 'warm' : 'cold') : 'update';
    this.lastRun = { start, files: files.length, ...counts, ms, loadMs: start === 'warm' ? this.loadMs : 0 };
    if (files.length > 1 || remove.length > 0 || start !== 'update') {
      this.output.appendLine(
        `workspace index (${start}): ${this.index.files.length} seeds; ${files.length} read, ${counts.analysed} analysed, ${counts.reused} known by hash, ` +
          `${counts.skipped} skipped, ${remove.length} removed, in ${ms} ms${start === 'warm' ? ` after ${this.loadMs} ms reading it back` : ''}`,
      );
    }
    if (this.index !== before) {
      this.changed.fire(this.index);
      this.scheduleStore();
    }
  }

  /** Ends the index worker once it has had no text for WORKER_IDLE_MS. */
  private stopWorkerLater(): void {
    clearTimeout(this.workerTimer);
    this.workerTimer = setTimeout(() => {
      this.workerTimer = undefined;
      void this.client.stop();
    }, WORKER_IDLE_MS);
  }

  /** One file's seed: its facts by hash when known, else from the worker; 'gone' when it no longer exists, undefined when skipped. */
  private async indexOne(file: string, counts: { analysed: number; reused: number; skipped: number }): Promise<IndexedSeed | 'gone' | undefined> {
    const uri = vscode.Uri.parse(file);
    try {
      const text = await this.textOf(uri);
      if (text === undefined) {
        counts.skipped++;
        return undefined;
      }
      const corrections = this.corrections.forSeed(uri);
      const hash = indexKey(text, corrections);
      const known = factsOf(this.index, hash);
      if (known) {
        counts.reused++;
        return { file, hash, facts: known };
      }
      const result = await this.client.facts(text, this.settings.referenceDate, corrections);
      counts.analysed++;
      if ('skipped' in result) {
        counts.skipped++;
        return undefined;
      }
      return { file, hash, facts: result.facts };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return 'gone';
      counts.skipped++;
      this.output.appendLine(`workspace index: ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return undefined;
    }
  }

  /** The open editor's text, else the disk's; undefined above the size limit, as no news seed is that large. */
  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const limit = Math.min(INDEX_MAX_BYTES, this.settings.maxFileSizeMB * 1024 * 1024);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && !d.isClosed);
    // A character is at least one byte: checked before the text is copied out of the editor.
    const size = open ? open.offsetAt(open.lineAt(open.lineCount - 1).range.end) : (await vscode.workspace.fs.stat(uri)).size;
    // Counted among the run's skipped files: the editor's own line about a large file names it already.
    if (size > limit) return undefined;
    return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }

  private storeUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, STORE_FILE);
  }

  /** Reads the stored index, if any and if it is of this engine; else starts empty. */
  private async load(): Promise<void> {
    const started = performance.now();
    let json: string;
    try {
      json = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.storeUri()));
    } catch {
      return; // none stored yet
    }
    // Megabytes at 1,000 seeds: parsed and checked an entry at a time, not in one long hold of this thread.
    const read = await this.sliced(deserializeIndexSteps(json, this.engine));
    if (!read) return;
    if ('problem' in read) {
      this.output.appendLine(`workspace index: the stored index is not used: ${read.problem}`);
      return;
    }
    this.index = read.index;
    this.warm = true;
    this.loadMs = Math.round(performance.now() - started);
    this.output.appendLine(`workspace index: read back ${read.index.files.length} seeds from storage`);
  }

  /** Runs `steps` to their end, yielding to the event loop every SLICE_MS; undefined when disposed meanwhile. */
  private async sliced<T>(steps: Steps<T>): Promise<T | undefined> {
    let slice = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - slice > SLICE_MS) {
        await new Promise(resolve => setTimeout(resolve, 0));
        if (this.disposed) return undefined;
        slice = performance.now();
      }
    }
  }

  private scheduleStore(): void {
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => {
      this.storeTimer = undefined;
      void this.store();
    }, STORE_MS);
  }

  /** Writes the index to storage, one write after another. */
  private store(): Promise<void> {
    this.storing = this.storing.then(() => this.storeNow());
    return this.storing;
  }

  /**
   * The JSON is built and encoded a few entries at a time, yielding to the event loop every SLICE_MS: at
   * 1,000 seeds it is megabytes, and building it at once kept the extension host from everything else for
   * a long moment. The pieces are one line each, so the next start reads them back a piece at a time.
   */
  private async storeNow(): Promise<void> {
    try {
      const encoder = new TextEncoder();
      const separator = encoder.encode(INDEX_PIECE_SEPARATOR);
      const chunks: Uint8Array[] = [];
      let size = 0;
      let slice = performance.now();
      for (const part of serializeIndexParts(this.index)) {
        const chunk = encoder.encode(part);
        if (chunks.length > 0) chunks.push(separator);
        chunks.push(chunk);
        size += chunk.length + (chunks.length > 1 ? separator.length : 0);
        if (performance.now() - slice > SLICE_MS) {
          await new Promise(resolve => setTimeout(resolve, 0));
          slice = performance.now();
        }
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      const uri = this.storeUri();
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (error) {
      this.output.appendLine(`workspace index: could not store the index: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Runs `work`, logging any failure instead of throwing, and wakes `whenIdle` waiters when all is done. */
  private async guard(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.output.appendLine(`workspace index: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    if (!this.running && this.pending.size === 0 && this.deletedFolders.size === 0 && this.batchTimer === undefined) this.resolveIdle();
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/**
 * `SEED_GLOB` for findFiles, whose globs match paths inside a workspace folder: a folder that is itself in
 * (or is) a `seeds` folder has all its `.txt` files as seeds, as the language's pattern on the whole path says.
 */
function seedFolderGlobs(): vscode.GlobPattern[] {
  return (vscode.workspace.workspaceFolders ?? []).map(
    folder => new vscode.RelativePattern(folder, /\/seeds(\/|$)/.test(folder.uri.path) ? '**/*.txt' : SEED_GLOB),
  );
}

/** What made the facts: this version, and the reference date of the settings (other facts under another). */
function engineName(context: vscode.ExtensionContext, ref: string | undefined): string {
  const version = (context.extension.packageJSON as { version?: string }).version ?? '';
  const engine = `seed-reader ${version}`.trim();
  return ref === undefined ? engine : `${engine} (reference date ${ref})`;
}

/**
 * What a seed's facts are kept under: the hash of its text, and with corrections, `+` and the hash of
 * them (the facts of one text differ with its corrections). `textHashOf` takes the text's part back.
 */
export function indexKey(text: string, corrections: readonly Correction[]): string {
  const hash = contentHash(text);
  return corrections.length === 0 ? hash : `${hash}+${contentHash(JSON.stringify(corrections))}`;
}

/** The hash of the text an index key was made from. */
export function textHashOf(key: string): string {
  const plus = key.indexOf('+');
  return plus < 0 ? key : key.slice(0, plus);
}

function sameIndex(a: WorkspaceIndex, b: WorkspaceIndex): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f.file === b.files[i].file && f.hash === b.files[i].hash);
}
