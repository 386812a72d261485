import * as vscode from 'vscode';
import { toRange } from '../../convert';
import type { AnalysisService } from '../../services/analysisService';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';
import { type OutlineEntry, outline } from './outline';

export const SYMBOL_KIND: Readonly<Record<OutlineEntry['kind'], vscode.SymbolKind>> = {
  title: vscode.SymbolKind.File,
  group: vscode.SymbolKind.Namespace,
  event: vscode.SymbolKind.Event,
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Struct,
  MISC: vscode.SymbolKind.Constant,
};

/** The outline of a seed (also breadcrumbs and "@"), as `outline` lists it. */
export class SeedSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.service.analysisOf(document);
    if (!analysis || token.isCancellationRequested) return [];
    const toSymbol = (entry: OutlineEntry): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(
        entry.name,
        entry.detail,
        SYMBOL_KIND[entry.kind],
        toRange(document, entry.range),
        toRange(document, entry.selection),
      );
      symbol.children = entry.children.map(toSymbol);
      return symbol;
    };
    return outline(analysis).map(toSymbol);
  }
}

export function registerSymbols({ extension: context, service }: FeatureContext): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider({ language: SEED_LANGUAGE }, new SeedSymbolProvider(service), { label: vscode.l10n.t('Seed Reader') }),
  );
}
