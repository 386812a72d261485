import * as vscode from 'vscode';
import { storyPage } from './storyPage';

/** The folder of the webviews' bundles and stylesheet: the only one a story webview may load from. */
const WEBVIEW_DIR = ['dist', 'webview'];

/** A random nonce for one page's script: 24 random bytes in base 64 (btoa, not Buffer: the browser build shares this). */
function nonce(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** A story page's webview: scripts on, one folder readable. */
export function storyWebviewOptions(extension: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extension, ...WEBVIEW_DIR)] };
}

/**
 * A new story panel beside the editor (or in `column`), nothing kept while hidden: the page keeps its state
 * with setState. Its title and page are set by its StoryPanel.
 */
export function newStoryPanel(extension: vscode.Uri, viewType: string, column = vscode.ViewColumn.Beside): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(
    viewType,
    '',
    { viewColumn: column, preserveFocus: true },
    { ...storyWebviewOptions(extension), retainContextWhenHidden: false },
  );
}

/** The page of a story webview for `script` (a bundle in dist/webview), with a fresh nonce. */
export function storyHtml(webview: vscode.Webview, extension: vscode.Uri, script: string, title: string): string {
  const dir = vscode.Uri.joinPath(extension, ...WEBVIEW_DIR);
  return storyPage({
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dir, script)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dir, 'story.css')).toString(),
    nonce: nonce(),
    title,
    language: vscode.env.language,
  });
}
