import * as vscode from 'vscode';
import { actorAt, dateAt, mentionAt } from '../../analysisLookup';
import type { AnalysisService } from '../../services/analysisService';
import type { SeedSettings } from '../../services/settings';
import { toOffset, toRange } from '../../convert';
import { actorCard, dateCard } from './hoverCard';
import { actorCorrectionLine, CORRECTION_LINK_COMMANDS, dateCorrectionLine } from './correctionLinks';
import { COMMANDS } from '../../commands';
import { SEED_LANGUAGE } from '../../services/seedDocuments';
import type { FeatureContext } from '../featureContext';
import type { WorkspaceIndexService } from '../../services/workspaceIndexService';
import { otherSeeds, workspaceActorOf, workspaceLookup } from '../../workspaceLookup';

/**
 * Hover cards for actor mentions and dates, each ending with links that correct it. The markdown trusts only our own reveal, open-seed,
 * list-seeds and correction commands; the cards get
 * the offset under the mouse, so that none links to the mention the reader is on.
 */
export class SeedHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly settings: SeedSettings,
    private readonly workspace: WorkspaceIndexService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.service.analysisOf(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = toOffset(document, position);
    const uri = document.uri.toString();
    const mention = mentionAt(analysis, offset);
    const actor = actorAt(analysis, offset);
    if (mention && actor) {
      const lookup = workspaceLookup(this.workspace.current);
      const linked = workspaceActorOf(lookup, uri, actor.id);
      const elsewhere = linked && { actorId: linked.id, seeds: otherSeeds(lookup, uri, actor.id) };
      const text = actorCard(analysis, actor, uri, this.settings.hoverDetail, offset, elsewhere);
      const correct = actorCorrectionLine(uri, offset, actor.type, actor.mentions.length > 1);
      return new vscode.Hover(card(`${text}\n\n---\n\n${correct}`), toRange(document, mention));
    }
    const date = dateAt(analysis, offset);
    if (date) {
      const text = dateCard(analysis, date, uri, this.settings.hoverDetail, offset);
      return new vscode.Hover(card(`${text}\n\n---\n\n${dateCorrectionLine(uri, offset)}`), toRange(document, date));
    }
    return undefined;
  }
}

function card(markdown: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown, true);
  result.isTrusted = { enabledCommands: [COMMANDS.revealRange, COMMANDS.openSeedAt, COMMANDS.listActorSeeds, ...CORRECTION_LINK_COMMANDS] };
  result.supportHtml = false;
  return result;
}

export function registerHover({ extension: context, service, settings, workspace }: FeatureContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: SEED_LANGUAGE }, new SeedHoverProvider(service, settings, workspace)));
}
