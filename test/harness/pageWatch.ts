// Watches a workbench page for what a passing run must not show: console errors, stack traces, failed
// responses and requests that leave the test's code-server. Known upstream noise is dropped (scripts/vscode/workbenchNoise.ts).
import * as util from 'util';
import type { Page } from 'playwright-core';
import { classify, missingUpstream, unstyled } from '../../scripts/vscode/workbenchNoise';

export interface PageWatch {
  /** The unexpected console errors and outside requests seen so far, one entry each. */
  readonly problems: readonly string[];
}

/**
 * Requests that stay in the browser or go to the test's own server. A webview loads an extension's files
 * from `https://<authority>.vscode-resource.vscode-cdn.net/…`: the webview's service worker answers those
 * from the server, so they never leave the machine (the suite runs offline and the pages still load).
 */
function isLocal(url: string, serverUrl: string): boolean {
  return (
    url.startsWith(serverUrl) ||
    /^(?:blob|data|about|chrome-extension|vscode-webview|vscode-remote-resource):/.test(url) ||
    /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\//.test(url)
  );
}

/**
 * Starts watching `page`. `print` receives the console lines worth showing (the extension host's console,
 * where the integration tests report); without it nothing is printed and problems are only collected.
 */
export function watchPage(page: Page, serverUrl: string, print?: (text: string) => void): PageWatch {
  const problems: string[] = [];
  page.on('console', async message => {
    let text = unstyled(message.text());
    if (print) {
      // The log service calls console.log('%c INFO', 'color: …', ...args): format the arguments without the styling.
      let args = await Promise.all(message.args().map(arg => arg.jsonValue().catch(() => '?')));
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      if (args.length > 0) text = util.format(...args);
    }
    const verdict = classify(message.type(), text);
    if (verdict === 'problem') problems.push(`[console.${message.type()}] ${text}`);
    if (verdict !== 'drop') print?.(text);
  });
  page.on('request', request => {
    if (!isLocal(request.url(), serverUrl)) problems.push(`[request] ${request.method()} ${request.url()}`);
  });
  page.on('response', response => {
    const url = response.url();
    if (response.status() >= 400 && !missingUpstream.some(missing => missing.test(url))) problems.push(`[HTTP ${response.status()}] ${url}`);
  });
  return { problems };
}
