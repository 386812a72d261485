import * as vscode from 'vscode';
import type { SeedSettings } from './settings';
import { nameOf } from './seedDocuments';

const MB = 1024 * 1024;

/**
 * `seedReader.maxFileSizeMB`: a seed above it is not analysed until the reader agrees, by the prompt
 * shown once per document or by `seedReader.analyseAnyway`. Keyed by document URI; `forget` on close.
 */
export class SizeLimit {
  /** The documents asked about, and the ones the reader agreed to analyse whatever their size. */
  private readonly asked = new Set<string>();
  private readonly agreed = new Set<string>();
  /** The version found too large and why, per document: no need to count its bytes again. */
  private readonly tooLarge = new Map<string, { readonly version: number; readonly reason: string }>();

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

  /** Why this version of `key` waits for the reader's agreement ("10 MB, above the 5 MB limit"), or undefined. */
  heldBack(key: string, version: number): string | undefined {
    const held = this.tooLarge.get(key);
    return held && !this.agreed.has(key) && held.version === version ? held.reason : undefined;
  }

  /**
   * Whether `document` (whose text is `text`) may be analysed: within the limit, or agreed to; asks once
   * otherwise. Callers ask `heldBack` first, so a version already held back is not copied out again.
   */
  allows(document: vscode.TextDocument, text: string): boolean {
    const key = document.uri.toString();
    const limit = this.settings.maxFileSizeMB * MB;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: most documents need no count at all.
    if (this.agreed.has(key) || text.length * 3 <= limit) return true;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= limit) return true;
    const reason = `${formatMB(bytes)} MB, above the ${formatMB(limit)} MB limit`;
    const before = this.tooLarge.get(key);
    this.tooLarge.set(key, { version: document.version, reason });
    if (before?.version !== document.version || before.reason !== reason) this.onHeld(document.uri);
    if (!this.asked.has(key)) {
      this.asked.add(key);
      const size = `${nameOf(document)} is ${reason}`;
      this.output.appendLine(`${size} (seedReader.maxFileSizeMB): not analysed until you agree`);
      vscode.window.showWarningMessage(`Seed Reader: ${size}. Analyse it?`, 'Analyse', 'Not Now').then(
        choice => choice === 'Analyse' && this.onAgree(document.uri),
        error => this.output.appendLine(`the size warning failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    return false;
  }

  /** The reader agreed to analyse `key` whatever its size. */
  agree(key: string): void {
    this.agreed.add(key);
  }

  /** The limit changed: every size is measured again. */
  limitChanged(): void {
    this.tooLarge.clear();
  }

  forget(key: string): void {
    this.asked.delete(key);
    this.agreed.delete(key);
    this.tooLarge.delete(key);
  }
}

/** A size in MB as messages show it: "10.2", "5", "0.012". */
function formatMB(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 1 ? String(Math.round(mb * 10) / 10) : String(Number(mb.toPrecision(2)));
}
