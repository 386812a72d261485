import * as vscode from 'vscode';
import type { StoryPanel } from './storyPanel';
import { newStoryPanel } from './storyWebview';

/**
 * The one panel of a story view type: shown in a new panel, revealed when already open, and restored
 * after a window reload through the view type's serializer (package.json activates the extension for it).
 * A restored page reads back its own choices (getState) and says them in its first message.
 */
export class StoryPanelSlot<P extends StoryPanel> implements vscode.Disposable {
  private panel: P | undefined;
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly extension: vscode.Uri,
    private readonly viewType: string,
    private readonly make: (panel: vscode.WebviewPanel) => P,
  ) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(viewType, {
      deserializeWebviewPanel: async panel => {
        this.panel?.dispose();
        this.panel = make(panel);
      },
    });
  }

  /** The open panel, if any. */
  get current(): P | undefined {
    return this.panel?.disposed ? undefined : this.panel;
  }

  /**
   * Reveals the panel; or the tab of one a reload restored that was not shown yet (VS Code brings a hidden
   * panel back through the serializer only when it is shown); or opens one in `column` (beside the editor
   * when undefined).
   */
  async show(column?: vscode.ViewColumn): Promise<void> {
    if (this.current) this.current.reveal();
    else if (!(await showRestoredTab(this.viewType))) this.panel = this.make(newStoryPanel(this.extension, this.viewType, column));
  }

  dispose(): void {
    this.serializer.dispose();
    this.panel?.dispose();
  }
}

/** VS Code's commands that focus the first eight editor groups, and open the first nine tabs of a group. */
const FOCUS_GROUP = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'].map(n => `workbench.action.focus${n}EditorGroup`);
const OPEN_TAB = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `workbench.action.openEditorAtIndex${n}`);

/** Shows the tab of a webview of `viewType` that has no panel yet (restored, not shown since); whether there was one. */
async function showRestoredTab(viewType: string): Promise<boolean> {
  for (const group of vscode.window.tabGroups.all) {
    // The tab's view type is the panel's with VS Code's prefix ("mainThreadWebview-seedReader.timeline").
    const index = group.tabs.findIndex(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
    const focus = FOCUS_GROUP[group.viewColumn - 1];
    if (index < 0 || !focus || !OPEN_TAB[index]) continue;
    await vscode.commands.executeCommand(focus);
    await vscode.commands.executeCommand(OPEN_TAB[index]);
    return true;
  }
  return false;
}
