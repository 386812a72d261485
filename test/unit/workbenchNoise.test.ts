import * as assert from 'assert';
import { classify, missingUpstream, networkLines, unstyled } from '../../scripts/vscode/workbenchNoise';

describe('workbench console noise', () => {
  it('takes the log service styling off a console line', () => {
    assert.strictEqual(unstyled('%c  ERR color: #f33 Failed: getaddrinfo ENOTFOUND open-vsx.org'), 'Failed: getaddrinfo ENOTFOUND open-vsx.org');
    assert.strictEqual(unstyled('%c WARN color: #993 SettingsEditor2: x'), 'SettingsEditor2: x');
    assert.strictEqual(unstyled('plain text'), 'plain text');
  });

  it('drops the known upstream lines, prints the tests, and counts errors, stack traces and network attempts', () => {
    const lines: [string, string][] = [
      ['error', 'Token length and text length do not match!: Error: Token length and text length do not match!\n    at new ru (workbench.js:1:2)'],
      ['error', 'Error: Token length and text length do not match!\n    at new s (workbench.js:60:11933)\n    at s.getTokens (workbench.js:295:19740)'],
      ['warning', 'SettingsEditor2: Settings not included in settingsLayout.ts: onboarding.enabled, chat.agentHost.enabled'],
      ['warning', 'More than one setting with key editor.wordWrap found'],
      ['error', "Error: Timed out waiting for authentication provider 'github' to register.\n    at ppt.tryActivateProvider (workbench.js:840:73682)"],
      ['error', 'Failed to load resource: the server responded with a status of 404 (Not Found)'],
      ['error', '[lifecycle] Long running operations during shutdown are unsupported in the web (id: join.disconnectRemote)'],
      ['log', 'Creating a socket (renderer-Management-050c9a58)...'],
      ['log', 'Ignoring fetching additional builtin extensions from gallery as it is disabled.'],
      ['log', '    ✔ storms (76445ms)'],
      ['log', 'edit storm: seed 1876819617'],
      ['warning', "Creation of workbench contribution 'workbench.contrib.notebook' took 56ms."],
      ['error', 'Failed: getaddrinfo ENOTFOUND open-vsx.org'],
      ['error', 'Failed to load resource: net::ERR_NAME_NOT_RESOLVED'],
      ['log', 'Error: boom\n    at activate (extension.js:1:2)'],
      ['error', 'Uncaught TypeError: x is not a function'],
      ['error', 'Token length is fine'],
    ];
    assert.deepStrictEqual(
      lines.map(([type, text]) => classify(type, text)),
      ['drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'print', 'print', 'drop', 'problem', 'problem', 'problem', 'problem', 'problem'],
    );
  });

  it('expects a 404 only for the files code-server does not ship', () => {
    const base = 'http://127.0.0.1:4242/stable-53c2f32/static/node_modules';
    const urls = [`${base}/vsda/rust/web/vsda_bg.wasm`, `${base}/vsda/rust/web/vsda.js`, `${base}/vsda/rust/web/other.js`, `${base}/x/vsda.js`];
    assert.deepStrictEqual(
      urls.map(url => missingUpstream.some(missing => missing.test(url))),
      [true, true, false, false],
    );
  });

  it("finds the network attempts in code-server's log", () => {
    const log = [
      '[2026-12-05T12:25:23.770Z] info  HTTP server listening on http://127.0.0.1:42705/',
      '[12:25:39] #1: https://open-vsx.org/vscode/gallery/extensionquery - error POST getaddrinfo ENOTFOUND open-vsx.org',
      'File not found: /x/node_modules/vsda/rust/web/vsda.js',
      '[12:26:00] connect ECONNREFUSED 10.0.0.1:443',
    ].join('\n');
    assert.deepStrictEqual(networkLines(log), [
      '[12:25:39] #1: https://open-vsx.org/vscode/gallery/extensionquery - error POST getaddrinfo ENOTFOUND open-vsx.org',
      '[12:26:00] connect ECONNREFUSED 10.0.0.1:443',
    ]);
  });
});
