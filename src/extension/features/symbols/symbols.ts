import * as vscode from 'vscode';
import type { Actor, EntityType, Span } from '../../../core';
import { eventLabel, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import type { AnalysisService } from '../../services/analysisService';
import { toRange } from '../../convert';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';

const SYMBOL_KIND: Readonly<Record<EntityType, vscode.SymbolKind>> = {
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Struct,
  MISC: vscode.SymbolKind.Constant,
};

const cover = (spans: readonly Span[]): Span => ({ start: Math.min(...spans.map(s => s.start)), end: Math.max(...spans.map(s => s.end)) });

/**
 * The outline of a seed (also breadcrumbs and "@"): the title, then "Events" with the events in timeline
 * order ("date — summary"), then "Actors" with each actor at its first mention.
 */
export class SeedSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.service.analysisOf(document);
    if (!analysis || token.isCancellationRequested) return [];
    const symbols: vscode.DocumentSymbol[] = [];
    if (analysis.title) {
      const range = toRange(document, analysis.title);
      symbols.push(new vscode.DocumentSymbol(analysis.title.text, 'title', vscode.SymbolKind.File, range, range));
    }
    if (analysis.events.length > 0) {
      const group = this.group('Events', `${analysis.events.length}`, vscode.SymbolKind.Namespace, document, analysis.events);
      group.children = analysis.events.map(e => {
        const symbol = new vscode.DocumentSymbol(eventLabel(e), e.date.value, vscode.SymbolKind.Event, toRange(document, e), toRange(document, e.date));
        return symbol;
      });
      symbols.push(group);
    }
    if (analysis.actors.length > 0) {
      const group = this.group('Actors', `${analysis.actors.length}`, vscode.SymbolKind.Namespace, document, analysis.actors.map(a => a.mentions[0]));
      group.children = analysis.actors.map(a => this.actor(document, a));
      symbols.push(group);
    }
    return symbols;
  }

  private group(name: string, detail: string, kind: vscode.SymbolKind, document: vscode.TextDocument, spans: readonly Span[]): vscode.DocumentSymbol {
    const range = toRange(document, cover(spans));
    return new vscode.DocumentSymbol(name, detail, kind, range, new vscode.Range(range.start, range.start));
  }

  private actor(document: vscode.TextDocument, actor: Actor): vscode.DocumentSymbol {
    const range = toRange(document, actor.mentions[0]);
    const detail = `${KIND_INFO[KIND_OF_TYPE[actor.type]].label} ×${actor.mentions.length}`;
    return new vscode.DocumentSymbol(actor.name, detail, SYMBOL_KIND[actor.type], range, range);
  }
}

export function registerSymbols({ extension: context, service }: FeatureContext): void {
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider({ language: SEED_LANGUAGE }, new SeedSymbolProvider(service), { label: 'Seed Reader' }));
}
