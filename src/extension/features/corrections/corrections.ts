import * as vscode from 'vscode';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';
import { registerCorrectionCommands } from './correctionCommands';
import { correctionsMessage } from './correctionRows';
import { CorrectionQuickFix } from './correctionQuickFix';
import { CorrectionsTree } from './correctionsTree';
import { registerExportAnnotations } from './exportAnnotations';

/** How long the Corrections view waits after a seed's analysis changes before it looks for its anchors again. */
const REFRESH_MS = 500;

/**
 * The reader's corrections in the editor: the commands (cards, menus, palette), the Quick Fixes, the
 * Corrections view and Export Annotations. The corrections service applies them to every analysis.
 */
export function registerCorrections(features: FeatureContext): { readonly correctionsTree: CorrectionsTree } {
  const { extension: context, service, corrections } = features;
  registerCorrectionCommands(features);
  registerExportAnnotations(features);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: SEED_LANGUAGE }, new CorrectionQuickFix(service), {
      providedCodeActionKinds: CorrectionQuickFix.kinds,
    }),
  );
  const correctionsTree = new CorrectionsTree(corrections);
  const view = vscode.window.createTreeView('seedReader.corrections', { treeDataProvider: correctionsTree });
  context.subscriptions.push(correctionsTree, view);
  const describe = () => {
    const file = corrections.uri ? vscode.workspace.asRelativePath(corrections.uri, false) : '.seed-reader/corrections.json';
    view.message = correctionsMessage(corrections.all.length, corrections.problem, file);
    view.description = corrections.all.length > 0 ? `${corrections.all.length}` : undefined;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    corrections.onDidChange(describe),
    // An edit may orphan an anchor or place it again: look again once the analysis follows it.
    service.onDidChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => correctionsTree.refresh(), REFRESH_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  void corrections.load().then(describe);
  return { correctionsTree };
}
