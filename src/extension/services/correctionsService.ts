import * as vscode from 'vscode';
import {
  correctionsForSeed,
  emptyCorrections,
  parseCorrections,
  serializeCorrections,
  withCorrection,
  withoutCorrection,
  type Correction,
  type CorrectionsFile,
  type NewCorrection,
} from '../../core';
import { withSeedRenamed } from './seedRename';

/** Where a workspace keeps its corrections, under its first folder. */
export const CORRECTIONS_FOLDER = '.seed-reader';
export const CORRECTIONS_NAME = 'corrections.json';
/** File events gather this long before the file is read again (a rename fires a delete and a create). */
const RELOAD_MS = 100;

/**
 * The reader's corrections, kept in `.seed-reader/corrections.json` of the first workspace folder and read
 * and written only through `workspace.fs` (so the browser build keeps them too). Writes are atomic: a
 * temporary file beside it, then a rename over it. A file watcher reads it again when another window (or
 * git, or an editor) changes it. A file that is malformed, or of a newer schema, is never overwritten:
 * the corrections it holds still apply, the service is read-only, and one message says what is wrong and where.
 */
export class CorrectionsService implements vscode.Disposable {
  private file: CorrectionsFile = emptyCorrections();
  private text: string | undefined;
  private problemText: string | undefined;
  private warned: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the corrections or the file's problem change (made here, or read again after a change on disk). */
  readonly onDidChange = this.changed.event;
  private writing: Promise<unknown> = Promise.resolve();
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded: Promise<void> | undefined;

  constructor(private readonly output: vscode.OutputChannel) {
    this.disposables.push(this.changed);
    // A glob over the whole folder goes to VS Code's recursive watcher, which survives `.seed-reader/` itself
    // being deleted and made again (a checkout, a clean); events for other files are ignored.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_FOLDER}{,/${CORRECTIONS_NAME}}`);
    const ours = (uri: vscode.Uri) => {
      const file = this.uri;
      return file !== undefined && (uri.toString() === file.toString() || uri.toString() === vscode.Uri.joinPath(file, '..').toString());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => ours(uri) && this.reloadSoon()),
      watcher.onDidChange(uri => ours(uri) && this.reloadSoon()),
      watcher.onDidDelete(uri => ours(uri) && this.reloadSoon()),
      vscode.workspace.onDidRenameFiles(e => e.files.forEach(f => void this.renamed(f.oldUri, f.newUri))),
      // Back in this window: read the file again, in case an event was missed.
      vscode.window.onDidChangeWindowState(state => state.focused && this.loaded && this.reloadSoon()),
    );
  }

  /** The file's URI, or undefined without a workspace folder (corrections are then not kept). */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, CORRECTIONS_FOLDER, CORRECTIONS_NAME);
  }

  /** Every correction, in the order made. */
  get all(): readonly Correction[] {
    return this.file.corrections;
  }

  /** What is wrong with the file, in one line naming where; undefined when it can be written. */
  get problem(): string | undefined {
    return this.problemText;
  }

  /** Reads the file for the first time; resolves once it is read (later calls wait for the same read). */
  load(): Promise<void> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  /** The path of `uri` relative to the folder of the corrections file, with `/`; undefined outside it. */
  seedPath(uri: vscode.Uri | string): string | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    if (!folder || folder.scheme !== target.scheme || folder.authority !== target.authority) return undefined;
    const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
    return target.path.startsWith(base) ? target.path.slice(base.length) : undefined;
  }

  /** The corrections that apply to the seed at `uri`: its own and the rules about names. */
  forSeed(uri: vscode.Uri | string): Correction[] {
    return correctionsForSeed(this.file.corrections, this.seedPath(uri));
  }

  /** Adds a correction and writes the file; false (with the read-only message) when the file cannot be written. */
  add(correction: NewCorrection): Promise<boolean> {
    return this.update(file => withCorrection(file, correction));
  }

  /** Removes the correction `id`, or the last one made when `id` is absent (Undo Last Correction). */
  remove(id?: string): Promise<boolean> {
    return this.update(file => (file.corrections.length === 0 ? undefined : withoutCorrection(file, id)));
  }

  /** A seed (or a folder of seeds) renamed in VS Code: its corrections follow it. */
  private async renamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const [oldPath, newPath] = [this.seedPath(from), this.seedPath(to)];
    if (oldPath === undefined || newPath === undefined || !this.file.corrections.some(c => c.seed !== undefined)) return;
    const moved = await this.update(file => {
      const corrections = withSeedRenamed(file.corrections, oldPath, newPath);
      return corrections && { version: file.version, corrections };
    });
    if (moved) this.output.appendLine(`corrections: ${oldPath} renamed to ${newPath}; its corrections follow it`);
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    for (const d of this.disposables) d.dispose();
  }

  /**
   * Reads the file again, then changes it: what another window wrote meanwhile is kept. One change at a
   * time. `change` returning undefined means there is nothing to do.
   */
  private update(change: (file: CorrectionsFile) => CorrectionsFile | undefined): Promise<boolean> {
    const run = this.writing.then(async () => {
      const uri = this.uri;
      if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: open a folder to keep corrections in it.'));
        return false;
      }
      await this.reload();
      if (this.problemText !== undefined) {
        this.warn(true);
        return false;
      }
      const next = change(this.file);
      if (!next) return false;
      const text = serializeCorrections(next);
      try {
        await writeAtomically(uri, text);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        this.output.appendLine(`corrections: could not write ${uri.toString()}: ${detail}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Seed Reader: the correction could not be saved: {0}', detail));
        return false;
      }
      this.accept(text);
      return true;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private reloadSoon(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      // After any write under way, so that the file read is the one it left.
      this.writing = this.writing.then(() => this.reload()).catch(() => undefined);
    }, RELOAD_MS);
  }

  private async reload(): Promise<void> {
    const uri = this.uri;
    let text: string | undefined;
    if (uri) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
          text = `\u0000${error instanceof Error ? error.message : String(error)}`;
        }
      }
    }
    this.accept(text);
  }

  /** Takes `text` (undefined: no file) as the file's content, and fires when the corrections changed. */
  private accept(text: string | undefined): void {
    if (text === this.text && this.loaded) return;
    this.text = text;
    const before = JSON.stringify(this.file.corrections) + (this.problemText ?? '');
    if (text === undefined) {
      this.file = emptyCorrections();
      this.problemText = undefined;
    } else if (text.startsWith('\u0000')) {
      // Unreadable (not UTF-8, no permission): keep what was read before, and write nothing over it.
      this.problemText = text.slice(1);
    } else {
      const read = parseCorrections(text);
      this.file = read.file;
      this.problemText = read.problem;
    }
    if (this.problemText !== undefined) this.warn(false);
    else this.warned = undefined;
    if (JSON.stringify(this.file.corrections) + (this.problemText ?? '') !== before) this.changed.fire();
  }

  /** One message per problem found (again on each attempt to write): what is wrong, where, and that nothing is overwritten. */
  private warn(always: boolean): void {
    const problem = this.problemText;
    if (problem === undefined || (!always && this.warned === problem)) return;
    this.warned = problem;
    const where = this.uri ? vscode.workspace.asRelativePath(this.uri, false) : `${CORRECTIONS_FOLDER}/${CORRECTIONS_NAME}`;
    this.output.appendLine(`corrections: ${where}: ${problem}; read-only until it is fixed`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Seed Reader: corrections are read-only: {0}: {1}. Fix the file; Seed Reader will not overwrite it.', where, problem),
    );
  }
}

/** Writes `text` to a temporary file beside `uri`, then renames it over `uri`: a reader never sees half a file. */
async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(folder);
  const temp = vscode.Uri.joinPath(folder, `.${CORRECTIONS_NAME}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
