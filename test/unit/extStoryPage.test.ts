import * as assert from 'assert';
import { escapeHtml, storyPage } from '../../src/extension/features/story/storyPage';
import { fromWebview } from '../../src/extension/features/story/storyMessages';

describe('story webviews: the page and its messages', () => {
  it("writes a page whose policy is default-src 'none' with one nonce'd script and no inline code", () => {
    const page = storyPage({
      cspSource: 'https://res.example',
      scriptUri: 'https://res.example/dist/webview/timeline.js',
      styleUri: 'https://res.example/dist/webview/story.css',
      nonce: 'abc+/=',
      title: 'Seed <Timeline>',
      language: 'en',
    });
    assert.strictEqual(
      page,
      `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https://res.example; img-src https://res.example data:; script-src &#39;nonce-abc+/=&#39;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="https://res.example/dist/webview/story.css">
<title>Seed &#60;Timeline&#62;</title>
</head>
<body>
<main id="root" aria-label="Seed &#60;Timeline&#62;"></main>
<script nonce="abc+/=" src="https://res.example/dist/webview/timeline.js"></script>
</body>
</html>
`,
    );
    assert.deepStrictEqual([page.includes('unsafe-eval'), page.includes('unsafe-inline')], [false, false]);
  });

  it('escapes the five characters that could end an attribute or start a tag', () => {
    assert.strictEqual(escapeHtml(`<img src=x onerror="a('b')">&`), '&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;');
  });

  it('accepts only the messages a page may send, with checked fields', () => {
    assert.deepStrictEqual(
      [
        { type: 'ready', scope: 'all', kinds: ['PERSON'], cap: 25 },
        { type: 'ready', scope: 'nowhere', kinds: ['ROBOT'], cap: 7 },
        { type: 'reveal', id: 3 },
        { type: 'reveal', id: 2, mention: 0 },
        { type: 'reveal', id: -1 },
        { type: 'reveal', id: 1.5 },
        { type: 'scope', scope: 'seed' },
        { type: 'filter', kinds: ['ORG', 'PLACE'], cap: 10 },
        { type: 'filter', kinds: ['ORG'], cap: 1e9 },
        { type: 'export', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
        { type: 'export', svg: '<html>' },
        { type: 'run', command: 'workbench.action.quit' },
        'reveal',
        null,
      ].map(fromWebview),
      [
        { type: 'ready', scope: 'all', kinds: ['PERSON'], cap: 25 },
        { type: 'ready' },
        { type: 'reveal', id: 3 },
        { type: 'reveal', id: 2, mention: 0 },
        undefined,
        undefined,
        { type: 'scope', scope: 'seed' },
        { type: 'filter', kinds: ['ORG', 'PLACE'], cap: 10 },
        undefined,
        { type: 'export', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    );
  });
});
