import * as vscode from 'vscode';

/** The language id of seeds. */
export const SEED_LANGUAGE = 'seed';

export function isSeed(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === SEED_LANGUAGE && !document.isClosed;
}

/** The open seed document with this URI string, if any. */
export function openSeed(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri && isSeed(d));
}

/** A document's file name, as messages show it (the whole URI when it has no path). */
export function nameOf(document: vscode.TextDocument | vscode.Uri): string {
  const uri = 'uri' in document ? document.uri : document;
  // The last segment of the path, as path.posix.basename gives it; no Node here (the browser build shares this).
  return uri.path.replace(/\/+$/, '').split('/').pop() || uri.toString();
}

/** A visible editor showing `document` (the active one first), if any. */
export function editorOf(document: vscode.TextDocument): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document === document) return active;
  return vscode.window.visibleTextEditors.find(e => e.document === document);
}

/** Shows `range` of `document`: selects it (or puts the cursor at its start) and scrolls it into view. */
export async function revealInEditor(document: vscode.TextDocument, range: vscode.Range, select = false): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { viewColumn: editorOf(document)?.viewColumn, preserveFocus: false });
  editor.selection = select ? new vscode.Selection(range.start, range.end) : new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
