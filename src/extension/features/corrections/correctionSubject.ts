import * as vscode from 'vscode';
import type { Analysis, MentionType, Span } from '../../../core';
import { actorAt, dateAt, mentionAt } from '../../analysisLookup';
import { toOffset } from '../../convert';
import type { AnalysisService } from '../../services/analysisService';
import type { ActiveSeed } from '../../services/activeSeed';
import { isSeed, openSeed } from '../../services/seedDocuments';

/** What a correction command acts on: a name (an actor's, or a date's text), and where it is when known. */
export interface Subject {
  readonly name: string;
  readonly type: MentionType;
  /** The seed it was found in, with its (corrected) analysis; absent for an actor of the Workspace view. */
  readonly document?: vscode.TextDocument;
  readonly analysis?: Analysis;
  /** The mention (or date) itself; absent for an actor as a whole. */
  readonly span?: Span;
}

/** A place in an open seed, as a card's link and a Quick Fix pass it: `{ uri, offset }`, or a selection `{ uri, start, end }`. */
export interface PlaceArg {
  readonly uri: string;
  readonly offset?: number;
  readonly start?: number;
  readonly end?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Whether `arg` is a well-formed PlaceArg (links come from cards over a seed's text: nothing else is accepted). */
export function isPlaceArg(arg: unknown): arg is PlaceArg {
  if (!isRecord(arg) || typeof arg.uri !== 'string') return false;
  if (arg.offset !== undefined) return isOffset(arg.offset);
  return isOffset(arg.start) && isOffset(arg.end) && arg.start <= arg.end;
}

/**
 * The subject of a command from its first argument: a place (card link, Quick Fix), an Actors view node
 * (actor or mention, in the active seed), a Workspace view actor, or nothing (the active editor's cursor).
 */
export async function subjectOf(arg: unknown, service: AnalysisService, active: ActiveSeed): Promise<Subject | undefined> {
  if (isPlaceArg(arg)) {
    const document = openSeed(arg.uri);
    return document && subjectAt(document, arg.offset ?? arg.start ?? 0, service);
  }
  if (isRecord(arg) && isRecord(arg.actor) && typeof arg.actor.name === 'string' && typeof arg.actor.type === 'string') {
    const type = arg.actor.type as MentionType;
    // A Workspace view actor has seeds; an Actors view node belongs to the active seed.
    if ('seeds' in arg.actor) return { name: arg.actor.name, type };
    const document = active.document;
    const analysis = active.analysis;
    const mention = arg.kind === 'mention' && isRecord(arg.mention) ? (arg.mention as unknown as Span) : undefined;
    const span = mention && { start: mention.start, end: mention.end };
    return { name: arg.actor.name, type, document, analysis, span };
  }
  const editor = vscode.window.activeTextEditor;
  if (arg === undefined && editor && isSeed(editor.document)) return subjectAt(editor.document, toOffset(editor.document, editor.selection.active), service);
  return undefined;
}

async function subjectAt(document: vscode.TextDocument, offset: number, service: AnalysisService): Promise<Subject | undefined> {
  const analysis = await service.analysisOf(document);
  if (!analysis) return undefined;
  const mention = mentionAt(analysis, offset);
  const actor = actorAt(analysis, offset);
  if (mention && actor) return { name: actor.name, type: actor.type, document, analysis, span: { start: mention.start, end: mention.end } };
  const date = dateAt(analysis, offset);
  if (date) return { name: date.text, type: 'DATE', document, analysis, span: { start: date.start, end: date.end } };
  return undefined;
}

/** The span a Mark as… command marks: the argument's, else the active editor's selection, else the word at its cursor. */
export function selectionOf(arg: unknown): { document: vscode.TextDocument; span: Span } | undefined {
  if (isPlaceArg(arg)) {
    const document = openSeed(arg.uri);
    if (!document || arg.start === undefined || arg.end === undefined || arg.end > document.getText().length) return undefined;
    return { document, span: { start: arg.start, end: arg.end } };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isSeed(editor.document)) return undefined;
  const document = editor.document;
  const range = editor.selection.isEmpty ? document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  return range && { document, span: { start: toOffset(document, range.start), end: toOffset(document, range.end) } };
}
