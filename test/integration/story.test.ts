import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFile, seedReader, userSeedFile, waitFor } from './helpers';

describe('Seed Reader story panels in the extension host', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one timeline that follows the active seed, and one actor map in the same column', async () => {
    const editor = await openFile(userSeedFile);
    const reader = await seedReader();
    await waitFor('the seed to be analysed', () => reader.analysisFor(editor.document.uri) && true, 30_000);
    await vscode.commands.executeCommand('seedReader.showTimeline');
    const timeline = await waitFor('the timeline panel', () => reader.story.timeline());
    const shown = await waitFor('the six events', () => (timeline.shown.dates.length === 6 ? timeline.shown : undefined), 30_000);
    assert.deepStrictEqual(shown, {
      scope: 'seed',
      dates: ['late October', '15 January', '23 January', '9:00 GMT', 'next week', '13-14 February'],
    });
    await vscode.commands.executeCommand('seedReader.showTimeline');
    assert.strictEqual(reader.story.timeline(), timeline);
    await vscode.commands.executeCommand('seedReader.showActorMap');
    const actorMap = await waitFor('the actor map panel', () => reader.story.actorMap());
    const nodes = await waitFor('the actors', () => (actorMap.shown.nodes.length ? actorMap.shown : undefined), 30_000);
    assert.deepStrictEqual(
      { kinds: nodes.kinds, cap: nodes.cap, first: nodes.nodes.slice(0, 3), count: nodes.nodes.length },
      {
        kinds: ['PERSON', 'ORG', 'PLACE', 'MISC'],
        cap: 25,
        first: [
          ['Russia', 11],
          ['INF Treaty', 8],
          ['United States', 7],
        ],
        count: 25,
      },
    );
    assert.strictEqual(actorMap.column, timeline.column);
  });
});
