import * as vscode from 'vscode';
import { utf8Length } from '../utf8Length';
import type { SizeState } from './documentState';
import type { SeedSettings } from './settings';
import { nameOf } from './seedDocuments';

const MB = 1024 * 1024;

/**
 * `seedReader.maxFileSizeMB`: a seed above it is not analysed until the reader agrees, by the prompt
 * shown once per document or by `seedReader.analyseAnyway`. What it knows of a document lives in that
 * document's record (SizeState), which the analysis service drops on close.
 */
export class SizeLimit {
  /**
   * `onHeld` fires when a document is newly held back (the status bar says so); `onAgree` when the reader
   * agrees in the prompt.
   */
  constructor(
    private readonly settings: SeedSettings,
    private readonly output: vscode.OutputChannel,
    private readonly onHeld: (uri: vscode.Uri) => void,
    private readonly onAgree: (uri: vscode.Uri) => void,
  ) {}

  /** Why this version waits for the reader's agreement ("10 MB, above the 5 MB limit"), or undefined. */
  heldBack(size: SizeState, version: number): string | undefined {
    const held = size.tooLarge;
    return held && !size.agreed && held.version === version ? held.reason : undefined;
  }

  /**
   * Whether `document` (whose text is `text`) may be analysed: within the limit, or agreed to; asks once
   * otherwise. Callers ask `heldBack` first, so a version already held back is not copied out again.
   */
  allows(document: vscode.TextDocument, text: string, size: SizeState): boolean {
    const limit = this.settings.maxFileSizeMB * MB;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: most documents need no count at all.
    if (size.agreed || text.length * 3 <= limit) return true;
    const bytes = utf8Length(text);
    if (bytes <= limit) return true;
    const reason = vscode.l10n.t('{0} MB, above the {1} MB limit', formatMB(bytes), formatMB(limit));
    const before = size.tooLarge;
    size.tooLarge = { version: document.version, reason };
    if (before?.version !== document.version || before.reason !== reason) this.onHeld(document.uri);
    if (!size.asked) {
      size.asked = true;
      // The log stays in English (as every log line does); the prompt is in the reader's language.
      this.output.appendLine(
        `${nameOf(document)} is ${formatMB(bytes)} MB, above the ${formatMB(limit)} MB limit (seedReader.maxFileSizeMB): not analysed until you agree`,
      );
      const analyse = vscode.l10n.t('Analyse');
      vscode.window
        .showWarningMessage(
          vscode.l10n.t('Seed Reader: {0} is {1} MB, above the {2} MB limit. Analyse it?', nameOf(document), formatMB(bytes), formatMB(limit)),
          analyse,
          vscode.l10n.t('Not Now'),
        )
        .then(
          choice => choice === analyse && this.onAgree(document.uri),
          error => this.output.appendLine(`the size warning failed: ${error instanceof Error ? error.message : String(error)}`),
        );
    }
    return false;
  }

  /** The reader agreed to analyse the document whatever its size. */
  agree(size: SizeState): void {
    size.agreed = true;
  }

  /** The limit changed: the document's size is measured again. */
  limitChanged(size: SizeState): void {
    size.tooLarge = undefined;
  }
}

/** A size in MB as messages show it: "10.2", "5", "0.012". */
function formatMB(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 1 ? String(Math.round(mb * 10) / 10) : String(Number(mb.toPrecision(2)));
}
