/**
 * The markdown of the hover cards, built from an Analysis. No `vscode` import: the adapter (hover.ts)
 * wraps the string in a MarkdownString. Every piece of document text goes through escapeMarkdown.
 */
import type { Analysis, Actor, DateMention, Span } from '../../../core';
import { coActors, eventOfDate, eventsOf, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import { commandLink, escapeMarkdown } from './markdownEscape';
import { COMMANDS } from '../../commands';

export type HoverDetail = 'full' | 'compact';

/**
 * Arguments of COMMANDS.revealRange, the only command a card links to (and the only one hover.ts trusts):
 * the document URI string and the span's offsets.
 */
export type RevealArgs = [uri: string, start: number, end: number];

const reveal = (label: string, uri: string, span: Span, tooltip?: string) =>
  commandLink(label, COMMANDS.revealRange, [uri, span.start, span.end] satisfies RevealArgs, tooltip);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The card for an actor: name, kind, roles, aliases, mentions, first mention; in full also events and co-actors. */
export function actorCard(analysis: Analysis, actor: Actor, uri: string, detail: HoverDetail): string {
  const kind = KIND_INFO[KIND_OF_TYPE[actor.type]];
  const lines = [`$(${kind.icon}) **${escapeMarkdown(actor.name)}** · ${kind.label}`, ''];
  if (actor.roles.length > 0) lines.push(`Role: ${actor.roles.map(escapeMarkdown).join(', ')}  `);
  if (actor.aliases.length > 0) lines.push(`Also: ${actor.aliases.map(escapeMarkdown).join(', ')}  `);
  const first = actor.mentions[0];
  lines.push(`${plural(actor.mentions.length, 'mention')} · first: ${reveal(first.text, uri, first, 'Go to the first mention')}`);
  if (detail === 'compact') return lines.join('\n');

  const events = eventsOf(analysis, actor);
  if (events.length > 0) {
    lines.push('', '**Events**', '');
    for (const event of events) {
      lines.push(`- ${reveal(event.date.text, uri, event, 'Go to the event')} — ${escapeMarkdown(event.summary)}`);
    }
  }
  const others = coActors(analysis, actor);
  if (others.length > 0) {
    lines.push('', `**With:** ${others.map(o => escapeMarkdown(o.actor.name)).join(', ')}`);
  }
  return lines.join('\n');
}

/** The card for a date expression: its value, how it was resolved, and its event. */
export function dateCard(analysis: Analysis, date: DateMention, uri: string, detail: HoverDetail): string {
  const found = eventOfDate(analysis, date);
  const value = found?.event.date.value ?? date.value;
  const lines = [`$(calendar) **${escapeMarkdown(date.text)}** · ${date.kind === 'TIME' ? 'Time' : 'Date'}`, ''];
  lines.push(`Value: \`${value.replace(/`/g, '')}\`  `);
  if (found) {
    lines.push(`Event ${found.index + 1} of ${analysis.events.length}: ${reveal(found.event.summary, uri, found.event, 'Go to the event')}`);
  }
  if (detail === 'compact') return lines.join('\n');
  lines.push('');
  if (date.tense) lines.push(`Tense: ${date.tense}  `);
  // An event's resolution already says how the reference date was chosen.
  lines.push(found ? `Placed: ${escapeMarkdown(found.event.resolution)}` : `Reference: ${escapeMarkdown(analysis.reference.note)}`);
  return lines.join('\n');
}
