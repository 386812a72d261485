import * as vscode from 'vscode';

/** The folder of the webviews' bundles and stylesheet: the only one a story webview may load from. */
const WEBVIEW_DIR = ['dist', 'webview'];

/** A random nonce for one page's script, 32 base-64 characters. */
export function nonce(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/** Options for a story panel: scripts on, nothing kept while hidden (the page keeps its state with setState), one folder readable. */
export function storyPanelOptions(extension: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(extension, ...WEBVIEW_DIR)] };
}

/**
 * The page of a story webview: a Content-Security-Policy of `default-src 'none'`, the one script by nonce,
 * the stylesheet and images from the webview folder only. The page holds no document text: that arrives by
 * postMessage and is set as text, never parsed as HTML. `title` and `label` are the extension's own words.
 */
export function storyHtml(webview: vscode.Webview, extension: vscode.Uri, script: string, title: string): string {
  const once = nonce();
  const dir = vscode.Uri.joinPath(extension, ...WEBVIEW_DIR);
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(dir, script));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(dir, 'story.css'));
  const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${once}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${styleUri.toString()}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="root" aria-label="${escapeHtml(title)}"></main>
<script nonce="${once}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}

/** Text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
