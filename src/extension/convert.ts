/** The one place where core offsets (UTF-16 indices into the text) meet vscode Positions and Ranges. */
import * as vscode from 'vscode';
import type { Span } from '../core';

export function toPosition(document: vscode.TextDocument, offset: number): vscode.Position {
  return document.positionAt(offset);
}

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

export function toLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}

/** The 1-based line number of an offset, as the UI shows it. */
export function lineNumber(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
