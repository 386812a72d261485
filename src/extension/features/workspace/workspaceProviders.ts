import * as vscode from 'vscode';
import { contentHash, hashOf } from '../../../core';
import { actorAt } from '../../analysisLookup';
import { toOffset } from '../../convert';
import type { AnalysisService } from '../../services/analysisService';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import { textHashOf, type WorkspaceIndexService } from '../../services/workspaceIndexService';
import { lineAndColumn, lineStarts } from '../../textLines';
import { otherSeeds, workspaceLookup } from '../../workspaceLookup';
import { SYMBOL_KIND } from '../symbols/symbols';
import type { FeatureContext } from '../featureContext';
import { workspaceSymbols } from './workspaceSymbols';

/**
 * Where lines start in the indexed seeds, by content hash, so offsets from the index become positions
 * without opening the files: read once (the open editor's text or the disk's) and only when that text is
 * the one the index analysed; a seed whose text has changed since gives no positions until it is indexed again.
 */
export class SeedLines {
  private readonly byHash = new Map<string, readonly number[]>();

  constructor(private readonly workspace: WorkspaceIndexService) {}

  /** Drops what no indexed file uses any more. */
  prune(): void {
    const used = new Set(this.workspace.current.files.map(f => f.hash));
    for (const hash of this.byHash.keys()) if (!used.has(hash)) this.byHash.delete(hash);
  }

  async of(file: string): Promise<readonly number[] | undefined> {
    const hash = hashOf(this.workspace.current, file);
    if (hash === undefined) return undefined;
    const known = this.byHash.get(hash);
    if (known) return known;
    const uri = vscode.Uri.parse(file);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === file && !d.isClosed)?.getText();
    const textHash = textHashOf(hash);
    let text = open !== undefined && contentHash(open) === textHash ? open : undefined;
    if (text === undefined) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
      if (contentHash(text) !== textHash) return undefined;
    }
    const starts = lineStarts(text);
    this.byHash.set(hash, starts);
    return starts;
  }

  /** The location of `[start, end]` in an indexed seed, or undefined when its text is not the indexed one. */
  async location(file: string, start: number, end: number): Promise<vscode.Location | undefined> {
    const starts = await this.of(file);
    if (!starts) return undefined;
    const at = (offset: number) => new vscode.Position(...lineAndColumn(starts, offset));
    return new vscode.Location(vscode.Uri.parse(file), new vscode.Range(at(start), at(end)));
  }
}

/**
 * Find All References (Shift+F12) across seeds: the mentions of the actor under the cursor in every other
 * seed of the workspace (this seed's own come from ActorProviders), from the index's offsets.
 */
class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly workspace: WorkspaceIndexService,
    private readonly lines: SeedLines,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const analysis = await this.service.analysisOf(document);
    const actor = analysis && !token.isCancellationRequested ? actorAt(analysis, toOffset(document, position)) : undefined;
    if (!actor) return [];
    const seeds = otherSeeds(workspaceLookup(this.workspace.current), document.uri.toString(), actor.id);
    const found = await Promise.all(seeds.flatMap(seed => seed.spans.map(([start, end]) => this.lines.location(seed.file, start, end))));
    return found.filter((l): l is vscode.Location => l !== undefined);
  }
}

/** Go to Symbol in Workspace (Ctrl+T): the actors and events of every indexed seed. */
class WorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly workspace: WorkspaceIndexService,
    private readonly lines: SeedLines,
  ) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const entries = workspaceSymbols(workspaceLookup(this.workspace.current), query);
    const symbols: vscode.SymbolInformation[] = [];
    for (const entry of entries) {
      if (token.isCancellationRequested) break;
      const location = await this.lines.location(entry.file, entry.start, entry.end);
      if (location) symbols.push(new vscode.SymbolInformation(entry.name, SYMBOL_KIND[entry.kind], entry.container, location));
    }
    return symbols;
  }
}

/** Registers the providers; returns the line cache, which the Workspace view shares. */
export function registerWorkspaceProviders({ extension: context, service, workspace }: FeatureContext): SeedLines {
  const lines = new SeedLines(workspace);
  context.subscriptions.push(
    workspace.onDidChange(() => lines.prune()),
    vscode.languages.registerReferenceProvider({ language: SEED_LANGUAGE }, new WorkspaceReferences(service, workspace, lines)),
    vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceSymbols(workspace, lines)),
  );
  return lines;
}
