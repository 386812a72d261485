import * as vscode from 'vscode';
import type { Strings } from './storyMessages';

/** The timeline page's words. */
export function timelineStrings(): Strings {
  return {
    thisSeed: vscode.l10n.t('This seed'),
    allSeeds: vscode.l10n.t('All seeds'),
    export: vscode.l10n.t('Export SVG'),
    approximate: vscode.l10n.t('approximate date'),
    yearless: vscode.l10n.t('year not stated'),
    undated: vscode.l10n.t('no day stated: placed between its neighbours'),
    actors: vscode.l10n.t('Actors'),
    noActors: vscode.l10n.t('no actors named'),
    legend: vscode.l10n.t('Colour: first actor named'),
    others: vscode.l10n.t('others'),
    keys: vscode.l10n.t('Left and Right move between events; Enter shows the sentence; + and - zoom, 0 shows the whole span. The wheel zooms, a drag pans.'),
  };
}

/** The actor map page's words. */
export function actorMapStrings(): Strings {
  return {
    PERSON: vscode.l10n.t('People'),
    ORG: vscode.l10n.t('Organisations'),
    PLACE: vscode.l10n.t('Places'),
    MISC: vscode.l10n.t('Other'),
    cap: vscode.l10n.t('At most'),
    export: vscode.l10n.t('Export SVG'),
    mentions: vscode.l10n.t('Mentions of {0}'),
    pick: vscode.l10n.t('Click an actor to list its mentions.'),
    shared: vscode.l10n.t('{0} sentences, {1} events together'),
  };
}
