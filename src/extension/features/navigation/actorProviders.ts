import * as vscode from 'vscode';
import { actorAt, firstFullMention } from '../../analysisLookup';
import type { AnalysisService } from '../../services/analysisService';
import { toLocation, toOffset, toRange } from '../../convert';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';

/**
 * Actor navigation through the standard editor features: references (Shift+F12) list every mention of
 * the actor under the cursor, definition (F12) goes to its first full mention, highlights mark them all.
 */
export class ActorProviders implements vscode.ReferenceProvider, vscode.DefinitionProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const actor = await this.actorAt(document, position, token);
    return actor ? actor.mentions.map(m => toLocation(document, m)) : [];
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const actor = await this.actorAt(document, position, token);
    return actor && toLocation(document, firstFullMention(actor));
  }

  async provideDocumentHighlights(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentHighlight[]> {
    const actor = await this.actorAt(document, position, token);
    return actor ? actor.mentions.map(m => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text)) : [];
  }

  private async actorAt(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    const analysis = await this.service.analysisOf(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    return actorAt(analysis, toOffset(document, position));
  }
}

export function registerActorProviders({ extension: context, service }: FeatureContext): void {
  const providers = new ActorProviders(service);
  const selector = { language: SEED_LANGUAGE };
  context.subscriptions.push(vscode.languages.registerReferenceProvider(selector, providers));
  context.subscriptions.push(vscode.languages.registerDefinitionProvider(selector, providers));
  context.subscriptions.push(vscode.languages.registerDocumentHighlightProvider(selector, providers));
}
