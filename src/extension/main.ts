import * as vscode from 'vscode';

/** Wires the features; it holds no logic of its own. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Seed Reader');
  context.subscriptions.push(output);
  output.appendLine('Seed Reader activated.');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
