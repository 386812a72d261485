import * as vscode from 'vscode';
import { correctAnalysis, type Analysis, type Span } from '../../core';
import type { CorrectionsService } from './correctionsService';
import type { AnalysisEngine, AnalysisTiming, Environment } from './engines';
import type { SeedSettings } from './settings';
import { toOffset } from '../convert';
import { editorOf, isSeed, nameOf, openSeed } from './seedDocuments';
import { type DocumentState, newDocumentState, stopTimers } from './documentState';
import { SizeLimit } from './sizeLimit';
import { COMMANDS } from '../commands';

/** How long typing must pause before a seed is analysed again. */
const EDIT_DEBOUNCE_MS = 200;
/** How long scrolling must pause before a first look at the newly visible part is asked for. */
const SCROLL_DEBOUNCE_MS = 150;
/** Documents longer than this (characters) get a first look at their visible part before the full analysis. */
const FIRST_LOOK_CHARS = 50_000;
/** An edit that changes at least this many characters makes the next analysis start with a first look again. */
const BIG_EDIT_CHARS = 10_000;
/** The least text analysed beyond each side of what an editor shows. */
const WINDOW_MARGIN = 5_000;

/**
 * Holds one Analysis per open seed document, for that document's current version. The analysis runs in the
 * environment's engine (a worker thread on Node, see engines.ts): this service only sends text and publishes results, and only if the
 * document still has the version they were computed for. A large document first gets a look at what its
 * editors show, then the full analysis; one above `seedReader.maxFileSizeMB` waits until the reader agrees.
 */
export class AnalysisService implements vscode.Disposable {
  /** One record per open seed, by URI string; closing the document drops it. */
  private readonly documents = new Map<string, DocumentState>();
  private readonly sizeLimit: SizeLimit;
  private readonly client: AnalysisEngine;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its published Analysis changes (or is dropped on close), or the size limit holds it back. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly settings: SeedSettings,
    private readonly output: vscode.OutputChannel,
    environment: Environment,
    private readonly corrections: CorrectionsService,
  ) {
    // No work starts here: the engine starts (a worker, or the model's load) with the first request, after activate().
    this.client = environment.analysisEngine({ onLog: line => output.appendLine(line), onTiming: t => this.logTiming(t) });
    this.sizeLimit = new SizeLimit(
      settings,
      output,
      uri => this.changed.fire(uri),
      uri => this.analyseAnyway(uri),
    );
    this.disposables.push(this.changed);
    this.disposables.push(vscode.workspace.onDidOpenTextDocument(d => this.refresh(d)));
    this.disposables.push(vscode.workspace.onDidChangeTextDocument(e => this.schedule(e)));
    this.disposables.push(vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)));
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(e => e && this.refresh(e.document)));
    this.disposables.push(vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => this.firstLookIfUseful(e.document))));
    this.disposables.push(vscode.window.onDidChangeTextEditorVisibleRanges(e => this.scheduleFirstLook(e.textEditor.document)));
    this.disposables.push(settings.onDidChange('referenceDate', () => this.recomputeAll()));
    this.disposables.push(
      settings.onDidChange('maxFileSizeMB', () => {
        for (const state of this.documents.values()) this.sizeLimit.limitChanged(state.size);
        vscode.workspace.textDocuments.forEach(d => this.refresh(d));
      }),
    );
    this.disposables.push(corrections.onDidChange(() => this.correctAll()));
    this.disposables.push(vscode.commands.registerCommand(COMMANDS.analyseAnyway, (uri?: vscode.Uri | string) => this.analyseAnyway(uri)));
  }

  /** Analyses the seeds already open; called after activation so no worker starts inside activate(). */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  /** The published Analysis of an open seed for its current version (perhaps a first look, see `partial`), or undefined. */
  current(uri: vscode.Uri | string): Analysis | undefined {
    const key = uri.toString();
    const entry = this.documents.get(key)?.published;
    const document = openSeed(key);
    return entry && document && document.version === entry.version ? entry.analysis : undefined;
  }

  /**
   * Why the current version of an open seed waits for the reader's agreement, as "10 MB, above the 5 MB
   * limit"; undefined unless the size limit holds it back.
   */
  heldBack(uri: vscode.Uri | string): string | undefined {
    const key = uri.toString();
    const document = openSeed(key);
    const state = this.documents.get(key);
    return document && state && this.sizeLimit.heldBack(state.size, document.version);
  }

  /**
   * The full Analysis of `document` at its current version, computing it now if needed; undefined for a
   * non-seed, a failure, or a document above the size limit the reader has not agreed to analyse.
   */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSeed(document)) return Promise.resolve(undefined);
    const state = this.documents.get(document.uri.toString());
    const done = state?.published;
    if (done && done.version === document.version && !done.analysis.partial) return Promise.resolve(done.analysis);
    const pending = state?.pending;
    if (pending?.version === document.version) return pending.result;
    return this.compute(document);
  }

  dispose(): void {
    for (const state of this.documents.values()) stopTimers(state);
    this.documents.clear();
    for (const d of this.disposables) d.dispose();
    void this.client.dispose();
  }

  private refresh(document: vscode.TextDocument): void {
    if (!isSeed(document) || this.current(document.uri)) return;
    void this.analysisOf(document);
  }

  private schedule(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (!isSeed(document) || event.contentChanges.length === 0) return;
    const state = this.stateOf(document);
    const changed = event.contentChanges.reduce((sum, c) => sum + c.rangeLength + c.text.length, 0);
    if (changed >= BIG_EDIT_CHARS) state.bigEdit = true;
    clearTimeout(state.editTimer);
    state.editTimer = setTimeout(() => {
      state.editTimer = undefined;
      void this.analysisOf(document);
    }, EDIT_DEBOUNCE_MS);
  }

  private recomputeAll(): void {
    // Work under the old reference date is useless: stop it, then start again.
    for (const [key, state] of this.documents) {
      if (state.pending || state.published) this.client.forget(key);
      state.published = undefined;
      state.pending = undefined;
      state.firstLook = undefined;
    }
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.documents.get(key);
    if (state) stopTimers(state);
    this.documents.delete(key);
    this.client.forget(key);
    if (state?.published) this.changed.fire(uri);
    // With no seed open, the worker's cache only holds memory.
    if (!vscode.workspace.textDocuments.some(d => isSeed(d))) this.client.clear();
  }

  private compute(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const state = this.stateOf(document);
    const version = document.version;
    // A version already held back is not copied out again.
    if (this.sizeLimit.heldBack(state.size, version) !== undefined) return Promise.resolve(undefined);
    const text = document.getText();
    if (!this.sizeLimit.allows(document, text, state.size)) return Promise.resolve(undefined);
    // Asked for before the full analysis, so the worker runs it first.
    if (text.length > FIRST_LOOK_CHARS && (!state.published || state.bigEdit)) this.firstLook(document, text);
    state.bigEdit = false;
    const result: Promise<Analysis | undefined> = this.client.analyze(key, version, text, { ref: this.settings.referenceDate }).then(
      analysis => {
        if (state.pending?.result === result) state.pending = undefined;
        // Never publish a result for an older version, nor one for a closed or re-languaged document.
        if (!analysis || document.version !== version || !isSeed(document)) return undefined;
        return this.publish(document, version, analysis);
      },
      error => {
        if (state.pending?.result === result) state.pending = undefined;
        this.reportFailure(state, document, error);
        return undefined;
      },
    );
    state.pending = { version, result };
    return result;
  }

  /** Asks for the analysis of what the editors of `document` show; published unless the full analysis comes first. */
  private firstLook(document: vscode.TextDocument, text: string): void {
    const visible = visibleSpan(document);
    if (!visible) return;
    const state = this.stateOf(document);
    const version = document.version;
    const margin = Math.max(WINDOW_MARGIN, visible.end - visible.start);
    const window = { start: Math.max(0, visible.start - margin), end: Math.min(text.length, visible.end + margin) };
    state.firstLook = { version, window };
    this.client.analyze(document.uri.toString(), version, text, { ref: this.settings.referenceDate, window }).then(
      analysis => {
        if (!analysis || document.version !== version || !isSeed(document)) return;
        const now = state.published;
        if (now?.version === version && !now.analysis.partial) return;
        this.publish(document, version, analysis);
      },
      error => this.reportFailure(state, document, error),
    );
  }

  /** A first look, when the full analysis of a large document is under way and its editors now show another part. */
  private firstLookIfUseful(document: vscode.TextDocument): void {
    if (!isSeed(document)) return;
    const state = this.documents.get(document.uri.toString());
    const version = document.version;
    if (!state || state.pending?.version !== version) return;
    const shown = state.published;
    if (shown?.version === version && !shown.analysis.partial) return;
    const visible = visibleSpan(document);
    if (!visible || lengthOf(document) <= FIRST_LOOK_CHARS) return;
    const asked = state.firstLook;
    const covers = (s: Span | undefined) => s !== undefined && s.start <= visible.start && visible.end <= s.end;
    if ((asked?.version === version && covers(asked.window)) || (shown?.version === version && covers(shown.analysis.partial))) return;
    this.firstLook(document, document.getText());
  }

  private scheduleFirstLook(document: vscode.TextDocument): void {
    if (!isSeed(document)) return;
    const state = this.stateOf(document);
    clearTimeout(state.scrollTimer);
    state.scrollTimer = setTimeout(() => {
      state.scrollTimer = undefined;
      this.firstLookIfUseful(document);
    }, SCROLL_DEBOUNCE_MS);
  }

  /** Publishes `raw` with the reader's corrections applied, and returns what it published. */
  private publish(document: vscode.TextDocument, version: number, raw: Analysis): Analysis {
    const analysis = this.corrected(document, raw);
    this.stateOf(document).published = { version, analysis, raw };
    // Not a failure but the state of the input, which the status bar states while the seed is active: log it, no pop-up.
    if (raw.problem) this.output.appendLine(`${nameOf(document)}: not analysed: ${raw.problem}`);
    this.changed.fire(document.uri);
    return analysis;
  }

  /** `raw` of `document`'s current text with the corrections that apply to it. */
  private corrected(document: vscode.TextDocument, raw: Analysis): Analysis {
    const corrections = this.corrections.forSeed(document.uri);
    if (corrections.length === 0 || raw.problem) return raw;
    try {
      return correctAnalysis(raw, corrections, document.getText()).analysis;
    } catch (error) {
      this.output.appendLine(`${nameOf(document)}: the corrections could not be applied: ${describe(error)}`);
      return raw;
    }
  }

  /** The corrections changed: every published analysis of a current version is corrected again, at once. */
  private correctAll(): void {
    for (const [key, state] of this.documents) {
      const document = openSeed(key);
      const published = state.published;
      if (!document || !published || published.version !== document.version) continue;
      state.published = { ...published, analysis: this.corrected(document, published.raw) };
      this.changed.fire(document.uri);
    }
  }

  /** seedReader.analyseAnyway: analyses a document (the active one by default) whatever its size. */
  private analyseAnyway(uri: vscode.Uri | string | undefined): boolean {
    const key = (uri ?? vscode.window.activeTextEditor?.document.uri)?.toString();
    const document = key === undefined ? undefined : openSeed(key);
    if (!key || !document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: open a seed first.'));
      return false;
    }
    this.sizeLimit.agree(this.stateOf(document).size);
    this.output.appendLine(`${nameOf(document)}: analysing it, as agreed`);
    this.changed.fire(document.uri);
    this.refresh(document);
    return true;
  }

  /** The record of an open seed, made on first use. */
  private stateOf(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.documents.get(key);
    if (!state) {
      state = newDocumentState();
      this.documents.set(key, state);
    }
    return state;
  }

  /** Large documents only: what their analysis cost, in the engine and on this thread. */
  private logTiming(t: AnalysisTiming): void {
    if (t.chars <= FIRST_LOOK_CHARS) return;
    this.output.appendLine(
      `${nameOf(vscode.Uri.parse(t.key))}: ${t.partial ? 'first look' : 'full analysis'} (${Math.round(t.chars / 1000)} K characters): ` +
        `${t.workerMs} ms in the worker, ${t.receiveMs.toFixed(1)} ms to receive, ${Math.round(t.totalMs)} ms after the request`,
    );
  }

  /** Logs every failure (in English, like every log line); shows one warning per document, in the reader's language, until it is closed. */
  private reportFailure(state: DocumentState, document: vscode.TextDocument, error: unknown): void {
    const detail = describe(error);
    this.output.appendLine(`${nameOf(document)}: analysis failed: ${detail}`);
    if (state.warned) return;
    state.warned = true;
    void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: {0}: analysis failed: {1}', nameOf(document), detail.split('\n')[0]));
  }
}

/** The range of `document` its editors show: the active editor's if it shows it, else the first visible one's. */
function visibleSpan(document: vscode.TextDocument): Span | undefined {
  const ranges = editorOf(document)?.visibleRanges ?? [];
  if (ranges.length === 0) return undefined;
  return { start: Math.min(...ranges.map(r => toOffset(document, r.start))), end: Math.max(...ranges.map(r => toOffset(document, r.end))) };
}

/** The length of `document`'s text, without copying it. */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
