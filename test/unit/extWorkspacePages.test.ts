import * as assert from 'assert';
import { page, PAGE_ROWS, workspaceChildren, workspaceRoots, workspaceRow } from '../../src/extension/features/workspace/workspaceRows';
import { workspaceLookup } from '../../src/extension/workspaceLookup';
import { actorFacts as actor, indexOfSeeds, seedFactsOf as seed } from './helpers/workspaceFacts';

describe('extension: long lists of the workspace views, a page at a time', () => {
  it('cuts a list into pages of PAGE_ROWS and says whether more follow', () => {
    const items = Array.from({ length: 2 * PAGE_ROWS + 3 }, (_, i) => i);
    assert.strictEqual(PAGE_ROWS, 200);
    assert.deepStrictEqual([page(items, 0).rows.length, page(items, 0).more, page(items, 0).rows[0]], [200, true, 0]);
    assert.deepStrictEqual([page(items, 400).rows, page(items, 400).more], [[400, 401, 402], false]);
    assert.deepStrictEqual([page(items.slice(0, 200), 0).rows.length, page(items.slice(0, 200), 0).more], [200, false]);
  });

  it('lists a group of more than PAGE_ROWS actors with a last row for the rest', () => {
    const places = Array.from({ length: PAGE_ROWS + 2 }, (_, i) => actor(`place:p${i}`, 'PLACE', `Place${String(i).padStart(3, '0')}x`, [], 1));
    const lookup = workspaceLookup(indexOfSeeds({ 'a.txt': seed('A', places) }));
    const [group] = workspaceRoots(lookup);
    const first = workspaceChildren(lookup, group);
    assert.strictEqual(first.length, PAGE_ROWS + 1);
    const more = first[PAGE_ROWS];
    assert.deepStrictEqual(workspaceRow(more), { id: 'ws:place:more:200', label: '2 more', icon: 'ellipsis', contextValue: 'more', expand: 'collapsed' });
    assert.deepStrictEqual(
      workspaceChildren(lookup, more).map(n => workspaceRow(n).label),
      ['Place200x', 'Place201x'],
    );
    assert.deepStrictEqual(
      first.slice(0, 2).map(n => workspaceRow(n).label),
      ['Place000x', 'Place001x'],
    );
  });
});
