import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis';
import { AnalysisCache } from '../core/analysisCache';
import type { SeedSettings } from './config';
import { isSeed } from './seedDocuments';

/** How long typing must pause before a seed is analysed again. */
const EDIT_DEBOUNCE_MS = 200;

interface Computation {
  readonly version: number;
  readonly result: Promise<Analysis | undefined>;
}

/**
 * Holds one Analysis per open seed document, for that document's current version. It is the only
 * place that runs the core (so moving the analysis into a worker changes this file alone): results are
 * published only if the document still has the version they were computed for.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly published = new Map<string, { readonly version: number; readonly analysis: Analysis }>();
  private readonly running = new Map<string, Computation>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly warned = new Set<string>();
  private readonly cache = new AnalysisCache();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its published Analysis changes (or is dropped on close). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: SeedSettings, private readonly output: vscode.OutputChannel) {
    this.disposables.push(this.changed);
    this.disposables.push(vscode.workspace.onDidOpenTextDocument(d => this.refresh(d)));
    this.disposables.push(vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)));
    this.disposables.push(vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)));
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(e => e && this.refresh(e.document)));
    this.disposables.push(settings.onDidChange('referenceDate', () => this.recomputeAll()));
  }

  /** Analyses the seeds already open; called after activation so no model loads inside activate(). */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  /** The published Analysis of an open seed for its current version, or undefined. */
  current(uri: vscode.Uri | string): Analysis | undefined {
    const key = uri.toString();
    const entry = this.published.get(key);
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    return entry && isSeed(document) && document.version === entry.version ? entry.analysis : undefined;
  }

  /** The Analysis of `document` at its current version, computing it now if needed; undefined for a non-seed or a failure. */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeed(document)) return Promise.resolve(undefined);
    const done = this.current(document.uri);
    if (done) return Promise.resolve(done);
    const key = document.uri.toString();
    const running = this.running.get(key);
    if (running?.version === document.version) return running.result;
    return this.compute(document);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  private refresh(document: vscode.TextDocument): void {
    if (!isSeed(document) || this.current(document.uri)) return;
    void this.analysisOf(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isSeed(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.analysisOf(document);
    }, EDIT_DEBOUNCE_MS));
  }

  private recomputeAll(): void {
    this.published.clear();
    this.running.clear();
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.running.delete(key);
    this.warned.delete(key);
    if (this.published.delete(key)) this.changed.fire(uri);
  }

  private compute(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const text = document.getText();
    const computation: Computation = {
      version,
      result: this.run(text).then(analysis => {
        if (this.running.get(key) === computation) this.running.delete(key);
        // Never publish a result for an older version, nor one for a closed or re-languaged document.
        if (!analysis || document.version !== version || !isSeed(document)) return undefined;
        this.published.set(key, { version, analysis });
        if (analysis.problem) this.report(key, `${document.uri.fsPath || key}: not analysed: ${analysis.problem}`);
        this.changed.fire(document.uri);
        return analysis;
      }, error => {
        if (this.running.get(key) === computation) this.running.delete(key);
        this.report(key, `${document.uri.fsPath || key}: analysis failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        return undefined;
      }),
    };
    this.running.set(key, computation);
    return computation.result;
  }

  /**
   * Runs the core. Async in shape so a worker can take its place. The core (compromise, chrono) and the
   * tagger model are loaded on the first call, not when the extension activates.
   */
  private async run(text: string): Promise<Analysis> {
    const [{ analyzeSeed }, { bundledTagger }] = await Promise.all([import('../core/analysis'), import('../node/loadModel')]);
    return analyzeSeed(text, { tagger: bundledTagger(), ref: this.settings.referenceDate, cache: this.cache });
  }

  /** Logs every problem; shows one warning per document until it is closed. */
  private report(key: string, message: string): void {
    this.output.appendLine(message);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(`Seed Reader: ${message.split('\n')[0]}`);
  }
}
