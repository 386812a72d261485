import type * as vscode from 'vscode';
import type { ActiveSeed } from '../services/activeSeed';
import type { AnalysisService } from '../services/analysisService';
import type { CorrectionsService } from '../services/correctionsService';
import type { SeedSettings } from '../services/settings';
import type { WorkspaceIndexService } from '../services/workspaceIndexService';

/** What every feature is given: the extension's context (register disposables there), the services and the log. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly output: vscode.OutputChannel;
  readonly settings: SeedSettings;
  readonly service: AnalysisService;
  readonly active: ActiveSeed;
  /** Every seed of the workspace, known to every other. */
  readonly workspace: WorkspaceIndexService;
  /** The reader's corrections (`.seed-reader/corrections.json`), already applied to what `service` publishes. */
  readonly corrections: CorrectionsService;
}

/**
 * One feature: registers its providers, commands and views on activation. What it returns (if anything)
 * becomes part of the API activate() returns, for tests and other extensions.
 */
export type Feature = (context: FeatureContext) => object | void;
