import * as vscode from 'vscode';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import { COMMANDS } from '../../commands';
import type { FeatureContext } from '../featureContext';

/**
 * Makes documents seeds: those matching `seedReader.filePatterns` (the `**\/seeds/**\/*.txt` files are
 * seeds through the manifest's filenamePatterns), and the active file on `seedReader.readAsSeed`.
 */
export function registerSeedLanguage({ extension: context, settings }: FeatureContext): void {
  const applyPatterns = (document: vscode.TextDocument) => {
    if (document.languageId === SEED_LANGUAGE || document.isClosed || document.uri.scheme === 'output') return;
    const matches = settings.filePatternGlobs.some(pattern => vscode.languages.match({ pattern }, document) > 0);
    if (matches) void setSeedLanguage(document);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(applyPatterns));
  context.subscriptions.push(settings.onDidChange('filePatterns', () => vscode.workspace.textDocuments.forEach(applyPatterns)));
  vscode.workspace.textDocuments.forEach(applyPatterns);

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.readAsSeed, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: open a text file first, then read it as a seed.'));
        return;
      }
      await setSeedLanguage(document);
    }),
  );
}

async function setSeedLanguage(document: vscode.TextDocument): Promise<void> {
  try {
    await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE);
  } catch (error) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Seed Reader: cannot read {0} as a seed: {1}', document.uri.fsPath, error instanceof Error ? error.message : String(error)),
    );
  }
}
