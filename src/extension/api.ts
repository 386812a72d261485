import type * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { DecorationState } from './features/decorations/decorations';
import type { StatusSummary } from './features/statusBar/statusBar';
import type { StoryViews } from './features/story/story';
import type { SeedViews } from './features/views/views';
import type { CorrectionsService } from './services/correctionsService';
import type { CorrectionsTree } from './features/corrections/correctionsTree';
import type { WorkspaceIndexService } from './services/workspaceIndexService';
import type { WorkspaceTree } from './features/workspace/workspaceTree';

/** What activate() returns: the views' providers and the published analyses, for tests and other extensions. */
export interface SeedReaderApi extends SeedViews {
  /** The Analysis of an open seed at its current version, once computed. */
  analysisFor(uri: vscode.Uri | string): Analysis | undefined;
  /** What the highlighting shows: on or off, the ranges painted per kind, the legend. */
  readonly decorations: DecorationState;
  /** What the status bar summary shows, and the command a click on it runs. */
  readonly statusBar: StatusSummary;
  /** The workspace index: every seed of the folder, its current value, its changes and how the last run went. */
  /** The Workspace view's provider. */
  readonly workspaceTree: WorkspaceTree;
  /** The open timeline and actor map panels, if any. */
  readonly story: StoryViews;
  readonly workspace: Pick<WorkspaceIndexService, 'current' | 'onDidChange' | 'whenIdle' | 'lastRunStats' | 'rebuild' | 'flush'>;
  /** The reader's corrections: what they are, whether the file is read-only and why, their changes. */
  readonly corrections: Pick<CorrectionsService, 'all' | 'problem' | 'onDidChange' | 'uri'>;
  /** The Corrections view's provider. */
  readonly correctionsTree: CorrectionsTree;
}
