import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { AnalysisService } from './analysisService';
import { editorOf, isSeed } from './seedDocuments';

/**
 * The seed the views, status bar and commands follow: the active editor's document when it is a seed;
 * else the last active seed while it stays open (focusing a view or a panel keeps it); else a seed in a
 * visible editor (a window reloaded with the focus on a panel beside it has no active editor yet).
 */
export class ActiveSeed implements vscode.Disposable {
  private seed: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the active seed changes or its Analysis does. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(this.changed);
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.disposables.push(vscode.window.onDidChangeVisibleTextEditors(() => this.update()));
    this.disposables.push(vscode.workspace.onDidCloseTextDocument(() => this.update()));
    this.disposables.push(vscode.workspace.onDidOpenTextDocument(() => this.update()));
    this.disposables.push(
      service.onDidChange(uri => {
        if (uri.toString() === this.seed?.uri.toString()) this.changed.fire();
      }),
    );
    this.update();
  }

  get document(): vscode.TextDocument | undefined {
    return this.seed;
  }

  /** The published Analysis of the active seed, if it is ready. */
  get analysis(): Analysis | undefined {
    return this.seed && this.service.current(this.seed.uri);
  }

  /** An editor showing the active seed, if one is visible. */
  get editor(): vscode.TextEditor | undefined {
    return this.seed && editorOf(this.seed);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    const active = vscode.window.activeTextEditor?.document;
    const next = isSeed(active) ? active : isSeed(this.seed) ? this.seed : vscode.window.visibleTextEditors.map(e => e.document).find(d => isSeed(d));
    if (next === this.seed) return;
    this.seed = next;
    this.changed.fire();
  }
}
