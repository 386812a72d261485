import * as assert from 'assert';
import { extensionProblems, parseLog } from '../../scripts/vscode/extHostLog';

const needles = ['seed-reader.seed-reader', '/work/main/dist/'];

describe('extension host log scan', () => {
  it('joins stack lines to the entry they follow', () => {
    const log = [
      '2026-11-27 17:11:03.933 [info] Extension host with pid 11811 started',
      '2026-11-27 17:11:18.172 [error] Error: boom',
      '\tat activate (/work/main/dist/extension.js:41:124)',
      '2026-11-27 17:11:19.000 [warning] something else',
    ].join('\n');
    assert.deepStrictEqual(parseLog(log), [
      { level: 'info', text: '2026-11-27 17:11:03.933 [info] Extension host with pid 11811 started' },
      { level: 'error', text: '2026-11-27 17:11:18.172 [error] Error: boom\n\tat activate (/work/main/dist/extension.js:41:124)' },
      { level: 'warning', text: '2026-11-27 17:11:19.000 [warning] something else' },
    ]);
  });

  it('reports errors and unhandled rejections that name our extension, and nothing else', () => {
    const log = [
      '2026-11-27 17:00:00.000 [info] ExtensionService#_doActivateExtension seed-reader.seed-reader, startup: false',
      '2026-11-27 17:00:01.000 [error] Activating extension seed-reader.seed-reader failed due to an error:',
      '2026-11-27 17:00:02.000 [error] Error: in another extension',
      '\tat x (/somewhere/else/extension.js:1:1)',
      '2026-11-27 17:00:03.000 [warning] rejected promise not handled within 1 second: Error: late',
      '\tat y (/work/main/dist/extension.js:1:808)',
      '2026-11-27 17:00:04.000 [error] getaddrinfo ENOTFOUND open-vsx.org (checking seed-reader.seed-reader)',
    ].join('\n');
    assert.deepStrictEqual(extensionProblems(log, needles), [
      '2026-11-27 17:00:01.000 [error] Activating extension seed-reader.seed-reader failed due to an error:',
      '2026-11-27 17:00:03.000 [warning] rejected promise not handled within 1 second: Error: late\n\tat y (/work/main/dist/extension.js:1:808)',
    ]);
  });
});
