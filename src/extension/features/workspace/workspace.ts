import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';

/** The workspace index's command: seedReader.rebuildWorkspaceIndex analyses every seed again, from nothing. */
export function registerWorkspace({ extension: context, workspace }: FeatureContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.rebuildWorkspaceIndex, async () => {
      const run = await workspace.rebuild(false);
      if (run) void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: {0} seeds indexed in {1} ms.', workspace.current.files.length, run.ms));
    }),
  );
}
