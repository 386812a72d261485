/** The page of a story webview, as plain text from plain values (no vscode import, so a unit test reads it). */

export interface StoryPageParts {
  /** `webview.cspSource`: where the webview may load the stylesheet from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** A fresh random value for this page's one script. */
  readonly nonce: string;
  readonly title: string;
  readonly language: string;
}

/**
 * A Content-Security-Policy of `default-src 'none'`: the one script by nonce (no inline script, no eval),
 * the stylesheet from the webview's own source, nothing else. The page holds no document text: that
 * arrives by postMessage and is set as text, never parsed as HTML. The title is the extension's own words,
 * escaped all the same.
 */
export function storyPage(parts: StoryPageParts): string {
  const csp = ["default-src 'none'", `style-src ${parts.cspSource}`, `img-src ${parts.cspSource} data:`, `script-src 'nonce-${parts.nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(parts.styleUri)}">
<title>${escapeHtml(parts.title)}</title>
</head>
<body>
<main id="root" aria-label="${escapeHtml(parts.title)}"></main>
<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(parts.scriptUri)}"></script>
</body>
</html>
`;
}

/** Text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
