import * as vscode from 'vscode';
import type { Kind } from '../analysisLookup';
import type { HoverDetail } from '../features/hover/hoverCard';
import type { ActorOrder } from '../features/views/treeRows';
import { DEFAULT_MAX_SEED_MB } from '../../core';

/** The `seedReader.*` settings, typed, with their defaults. Features get this object, never the raw configuration. */
export class SeedSettings {
  static readonly section = 'seedReader';

  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SeedSettings.section);
  }

  /** Extra globs whose files are read as seeds (besides `**\/seeds/**\/*.txt`). Default []. */
  get filePatterns(): string[] {
    const value = this.config.get<unknown>('filePatterns', []);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
  }

  /** `filePatterns` as globs over a whole path: a pattern without `/` names a file anywhere, as files.associations does. */
  get filePatternGlobs(): string[] {
    return this.filePatterns.map(pattern => (pattern.includes('/') ? pattern : `**/${pattern}`));
  }

  /** The reference date 'YYYY-MM-DD', or undefined to infer it from the text. Default ''. */
  get referenceDate(): string | undefined {
    const value = this.config.get<string>('referenceDate', '').trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  }

  /** Whether mentions of a kind are decorated. Default true for every kind. */
  decorate(kind: Kind): boolean {
    return this.config.get<boolean>(`decorate.${kind}`, true) !== false;
  }

  /** Documents larger than this many MB are analysed only once the reader agrees. Default 5. */
  get maxFileSizeMB(): number {
    const value = this.config.get<number>('maxFileSizeMB', DEFAULT_MAX_SEED_MB);
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_SEED_MB;
  }

  /** How much a hover card shows. Default 'full'. */
  get hoverDetail(): HoverDetail {
    const value = this.config.get<string>('hover.detail', 'full');
    return value === 'compact' || value === 'technical' ? value : 'full';
  }

  /** How the Actors view orders the actors of a kind. Default 'mentions' (most mentioned first). */
  get actorOrder(): ActorOrder {
    return this.config.get<string>('actors.sortBy', 'mentions') === 'textOrder' ? 'textOrder' : 'mentions';
  }

  /** In the browser build: whether to try a Web Worker for the analysis (else time slices on the host's thread). Default true. */
  get webAnalysisWorker(): boolean {
    return this.config.get<boolean>('web.analysisWorker', true) !== false;
  }

  /** Fires when a `seedReader.<key>` setting changes (key such as 'referenceDate' or 'decorate'). */
  onDidChange(key: string, listener: () => void): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${SeedSettings.section}.${key}`)) listener();
    });
  }
}
