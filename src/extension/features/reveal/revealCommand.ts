import * as vscode from 'vscode';
import { COMMANDS } from '../../commands';
import { toRange } from '../../convert';
import { openSeed, revealInEditor } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';

/**
 * `seedReader.revealRange(uri, start, end)`: the target of hover links and tree items. Links come from
 * cards over untrusted text, so the arguments are checked: the URI of an open seed and whole offsets
 * within its text. Anything else is refused without effect.
 */
export function registerRevealCommand({ extension: context }: FeatureContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.revealRange, async (...args: unknown[]) => {
      const target = validRevealArgs(args);
      if (!target) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Seed Reader: that link does not point into an open seed.'));
        return false;
      }
      await revealInEditor(target.document, toRange(target.document, target), false);
      return true;
    }),
  );
}

function validRevealArgs(args: unknown[]): { document: vscode.TextDocument; start: number; end: number } | undefined {
  if (args.length !== 3) return undefined;
  const [uri, start, end] = args;
  if (typeof uri !== 'string' || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const document = openSeed(uri);
  if (!document) return undefined;
  const s = start as number;
  const e = end as number;
  const length = document.getText().length;
  return 0 <= s && s <= e && e <= length ? { document, start: s, end: e } : undefined;
}
