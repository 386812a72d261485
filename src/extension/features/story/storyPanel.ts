import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { fromWebview, type FromWebview } from './storyMessages';
import { storyHtml, storyWebviewOptions } from './storyWebview';

/**
 * A story webview panel, shown beside the editor: it follows the active seed, posts fresh data on every
 * change (the page redraws in place, so an edit does not flicker), and checks every message the page sends.
 * It is given its panel: a new one (`newStoryPanel`), or one VS Code restores after a reload (the feature's
 * serializer), whose page then finds its choices again with `getState`. Subclasses say what data to post
 * and what a message does.
 */
export abstract class StoryPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private closed = false;

  constructor(
    protected readonly context: FeatureContext,
    protected readonly panel: vscode.WebviewPanel,
    title: string,
    script: string,
  ) {
    const extension = context.extension.extensionUri;
    const viewType = panel.viewType;
    panel.title = title;
    panel.webview.options = storyWebviewOptions(extension);
    this.disposables.push(this.panel.onDidDispose(() => this.dispose()));
    this.panel.webview.html = storyHtml(this.panel.webview, extension, script, title);
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage(raw => {
        const message = fromWebview(raw);
        if (!message) {
          context.output.appendLine(`[story] ignored a message from the ${viewType} page`);
          return;
        }
        void this.receive(message).catch(error => context.output.appendLine(`[story] ${viewType}: ${String(error)}`));
      }),
    );
    this.disposables.push(context.active.onDidChange(() => this.post()));
  }

  /** Where the panel is, while it is open. */
  get column(): vscode.ViewColumn | undefined {
    return this.closed ? undefined : this.panel.viewColumn;
  }

  /** Disposes `d` with the panel. */
  protected track(d: vscode.Disposable): void {
    this.disposables.push(d);
  }

  get disposed(): boolean {
    return this.closed;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Sends the page what it shows now; a hidden page gets it when it says it is ready again. */
  abstract post(): void;

  protected abstract receive(message: FromWebview): Promise<void>;

  protected send(message: object): void {
    if (this.panel.visible) void this.panel.webview.postMessage(message);
  }

  /** Asks where to save the page's picture and writes it. */
  protected async exportSvg(svg: string, name: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${name}.svg`) : undefined,
      filters: { SVG: ['svg'] },
      title: vscode.l10n.t('Export the picture'),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    void vscode.window.showInformationMessage(vscode.l10n.t('Seed Reader: the picture was saved to {0}.', target.fsPath || target.toString()));
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
