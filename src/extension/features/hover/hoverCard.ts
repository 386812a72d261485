/**
 * The markdown of the hover cards, built from an Analysis. No `vscode` import: the adapter (hover.ts)
 * wraps the string in a MarkdownString. Every piece of document text goes through escapeMarkdown; every
 * word of ours through `l10n.t`.
 */
import * as l10n from '@vscode/l10n';
import type { Analysis, Actor, DateMention, ReferenceDate, SeedEvent, Span } from '../../../core';
import { coActors, eventOfDate, eventsOf, KIND_INFO, KIND_OF_TYPE } from '../../analysisLookup';
import { commandLink, escapeMarkdown } from './markdownEscape';
import { COMMANDS } from '../../commands';
import { plainDateParts } from '../../plainDate';
import { type ActorSeed, fileLabel } from '../../workspaceLookup';

/** How much a card shows: `technical` is `full` plus the codes (TimeML values, ids) behind the words. */
export type HoverDetail = 'full' | 'compact' | 'technical';

/**
 * Arguments of COMMANDS.revealRange and COMMANDS.openSeedAt (a card links to these and to COMMANDS.listActorSeeds, the commands hover.ts trusts):
 * the document URI string and the span's offsets.
 */
export type RevealArgs = [uri: string, start: number, end: number];

/** The actor in the other seeds of the workspace, for its card: the workspace actor's id and its other seeds, most mentions first. */
export interface ActorElsewhere {
  readonly actorId: string;
  readonly seeds: readonly ActorSeed[];
}

/** How many other seeds a card links to by name; "list all" shows them all. */
export const ELSEWHERE_SHOWN = 3;

/**
 * A link to `span`, or its label as plain text when the span holds `hovered` (the offset under the mouse):
 * a card never links to where the reader already is.
 */
function reveal(label: string, uri: string, span: Span, tooltip: string, hovered: number | undefined): string {
  if (hovered !== undefined && span.start <= hovered && hovered <= span.end) return escapeMarkdown(label);
  return commandLink(label, COMMANDS.revealRange, [uri, span.start, span.end] satisfies RevealArgs, tooltip);
}

const code = (text: string) => `\`${text.replace(/`/g, '')}\``;

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", … of `n` events. */
export function eventOrdinal(k: number, n: number): string {
  if (n === 1) return l10n.t('the only event');
  const ten = k % 10;
  const teen = k % 100 >= 11 && k % 100 <= 13;
  if (!teen && ten === 1) return l10n.t('{0}st of {1} events', k, n);
  if (!teen && ten === 2) return l10n.t('{0}nd of {1} events', k, n);
  if (!teen && ten === 3) return l10n.t('{0}rd of {1} events', k, n);
  return l10n.t('{0}th of {1} events', k, n);
}

/**
 * The card for an actor: name, kind, roles, aliases, mentions, first mention; in full also events and
 * co-actors. `hovered` is the offset under the mouse: links to a span that holds it are plain text.
 */
export function actorCard(analysis: Analysis, actor: Actor, uri: string, detail: HoverDetail, hovered?: number, elsewhere?: ActorElsewhere): string {
  const kind = KIND_INFO[KIND_OF_TYPE[actor.type]];
  const lines = [`$(${kind.icon}) **${escapeMarkdown(actor.name)}** · ${kind.label}`, ''];
  if (actor.roles.length > 0) lines.push(`${l10n.t('Role: {0}', actor.roles.map(escapeMarkdown).join(', '))}  `);
  if (actor.aliases.length > 0) lines.push(`${l10n.t('Also: {0}', actor.aliases.map(escapeMarkdown).join(', '))}  `);
  const mentions = mentionsLine(actor, uri, hovered);
  const also = elsewhere && elsewhere.seeds.length > 0 ? elsewhereLine(elsewhere) : undefined;
  if (also) lines.push(`${mentions}  `, ...(detail === 'technical' ? [`${also}  `, l10n.t('Id: {0}', code(actor.id))] : [also]));
  else lines.push(...(detail === 'technical' ? [`${mentions}  `, l10n.t('Id: {0}', code(actor.id))] : [mentions]));
  if (detail === 'compact') return lines.join('\n');

  const events = eventsOf(analysis, actor);
  if (events.length > 0) {
    lines.push('', `**${l10n.t('Events')}**`, '');
    for (const event of events) {
      lines.push(`- ${reveal(event.date.text, uri, event, l10n.t('Go to the event'), hovered)} — ${escapeMarkdown(event.summary)}`);
    }
  }
  const others = coActors(analysis, actor);
  if (others.length > 0) {
    lines.push('', `**${l10n.t('With:')}** ${others.map(o => escapeMarkdown(o.actor.name)).join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * "Also in 9 other seeds: [ws-02.txt](…) (4), [ws-05.txt](…) (4), [ws-08.txt](…) (4) · [list all](…)": the
 * seeds with the most mentions link to their first mention; "list all" picks among every one.
 */
function elsewhereLine({ actorId, seeds }: ActorElsewhere): string {
  const links = seeds.slice(0, ELSEWHERE_SHOWN).map(seed => {
    const [start, end] = seed.spans[0] ?? [0, 0];
    const tooltip = seed.title || l10n.t('Open this seed at the first mention');
    return `${commandLink(fileLabel(seed.file), COMMANDS.openSeedAt, [seed.file, start, end] satisfies RevealArgs, tooltip)} (${seed.mentions})`;
  });
  const all =
    seeds.length > ELSEWHERE_SHOWN ? ` · ${commandLink(l10n.t('list all'), COMMANDS.listActorSeeds, [actorId], l10n.t('Pick one of the seeds'))}` : '';
  const list = links.join(', ') + all;
  return seeds.length === 1 ? l10n.t('Also in 1 other seed: {0}', list) : l10n.t('Also in {0} other seeds: {1}', seeds.length, list);
}

/** "4 mentions · first: [Stoltenberg](…)", or "4 mentions · this is the first" over the first mention itself. */
function mentionsLine(actor: Actor, uri: string, hovered: number | undefined): string {
  const first = actor.mentions[0];
  const n = actor.mentions.length;
  if (hovered !== undefined && first.start <= hovered && hovered <= first.end) {
    return n === 1 ? l10n.t('1 mention, this one') : l10n.t('{0} mentions · this is the first', n);
  }
  const link = reveal(first.text, uri, first, l10n.t('Go to the first mention'), hovered);
  return n === 1 ? l10n.t('1 mention · first: {0}', link) : l10n.t('{0} mentions · first: {1}', n, link);
}

/**
 * The card for a date expression: its day in words, its place among the events and whether it lies in the
 * past or the future; in full also one sentence on how its day was placed; in technical also the codes.
 */
export function dateCard(analysis: Analysis, date: DateMention, uri: string, detail: HoverDetail, hovered?: number): string {
  const found = eventOfDate(analysis, date);
  const value = found?.event.date.value ?? date.value;
  const reference = analysis.reference;
  const lines = [`$(calendar) **${escapeMarkdown(date.text)}** · ${date.kind === 'TIME' ? l10n.t('Time') : l10n.t('Date')}`, ''];
  const facts = [...dayWords(date, value, reference)];
  if (found) facts.push(eventOrdinal(found.index + 1, analysis.events.length));
  const when = whenWords(date, value, reference);
  if (when) facts.push(when);
  lines.push(found ? `${facts.join(' · ')}  ` : facts.join(' · '));
  if (found) lines.push(eventLine(found.event, uri, hovered));
  if (detail === 'compact') return lines.join('\n');
  lines.push('', placedSentence(date, reference));
  if (detail === 'technical') lines.push('', technicalLine(date, value, reference));
  return lines.join('\n');
}

function eventLine(event: SeedEvent, uri: string, hovered: number | undefined): string {
  return l10n.t('Event: {0}', reveal(event.summary, uri, event, l10n.t('Go to the event'), hovered));
}

/** The reference day in words without the note on its year: "24 January", "24 January 2019". */
function referenceDay(reference: ReferenceDate): string | undefined {
  return reference.value ? plainDateParts(reference.value)[0] : undefined;
}

/**
 * The date's day in words, as parts ("15 January", "year not stated"). A relative date the reference could
 * not pin to a calendar day ("next week" without a year) is said from the reference day: "the week after 24 January".
 */
function dayWords(date: DateMention, value: string, reference: ReferenceDate): string[] {
  const refDay = referenceDay(reference);
  if (date.relative && refDay && value.includes('X')) {
    const phrase = relativeWords(date, refDay);
    if (phrase) return reference.value!.startsWith('XXXX') ? [phrase, l10n.t('year not stated')] : [phrase];
  }
  return plainDateParts(value, { mod: date.mod, endDay: date.stated.endDay });
}

/** A relative date by its unit and direction (before, of, after the reference day): "next week" → "the week after 24 January". */
const RELATIVE: Readonly<Record<string, (refDay: string) => string>> = {
  'day-1': r => l10n.t('the day before {0}', r),
  day0: r => r,
  day1: r => l10n.t('the day after {0}', r),
  'week-1': r => l10n.t('the week before {0}', r),
  week0: r => l10n.t('the week of {0}', r),
  week1: r => l10n.t('the week after {0}', r),
  'month-1': r => l10n.t('the month before {0}', r),
  month0: r => l10n.t('the month of {0}', r),
  month1: r => l10n.t('the month after {0}', r),
  'year-1': r => l10n.t('the year before {0}', r),
  year0: r => l10n.t('the year of {0}', r),
  year1: r => l10n.t('the year after {0}', r),
};

function relativeWords(date: DateMention, refDay: string): string | undefined {
  const { unit, offset } = date.relative!;
  return RELATIVE[`${unit}${offset}`]?.(refDay);
}

/** "in the past", "in the future" or "now": from the tense the text shows, else from the day against the reference day. */
function whenWords(date: DateMention, value: string, reference: ReferenceDate): string | undefined {
  let tense = date.tense;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!tense && day && reference.value && /^\d{4}/.test(reference.value)) {
    tense = day < reference.value ? 'past' : day > reference.value ? 'future' : 'present';
  }
  if (tense === 'past') return l10n.t('in the past');
  if (tense === 'future') return l10n.t('in the future');
  if (tense === 'present') return l10n.t('now');
  return undefined;
}

/** One sentence on how the date's day was placed: stated in full, or counted from which reference day and why that one. */
function placedSentence(date: DateMention, reference: ReferenceDate): string {
  if (date.stated.year !== undefined) return l10n.t('The text states this date in full, with its year.');
  if (date.value.endsWith('_REF')) return l10n.t('The text names no particular day here.');
  const refDay = referenceDay(reference);
  const text = escapeMarkdown(date.text);
  if (reference.source === 'none' || !refDay) {
    return date.relative
      ? l10n.t('The article states no date to count “{0}” from, so its day stays open.', text)
      : l10n.t('The article states no year, and gives no day to take one from.');
  }
  // A clock time alone takes its whole day from the reference; a day or month only its year.
  const dayless = date.stated.month === undefined && date.stated.day === undefined;
  if (reference.source === 'tense') {
    if (date.relative)
      return l10n.t('The article states no year; “{0}” is counted from {1}, the article’s day as inferred from the tenses of its dates.', text, refDay);
    return dayless
      ? l10n.t('The text states no day for this time; it is taken as {0}, the article’s day as inferred from the tenses of its dates.', refDay)
      : l10n.t('The article states no year; its day is taken as {0}, inferred from the tenses of its dates.', refDay);
  }
  if (reference.source === 'dateline') {
    if (date.relative) return l10n.t('“{0}” is counted from {1}, the date in the article’s dateline.', text, refDay);
    return dayless
      ? l10n.t('The day is {0}, the date in the article’s dateline.', refDay)
      : l10n.t('The year comes from {0}, the date in the article’s dateline.', refDay);
  }
  if (reference.source === 'lead') {
    if (date.relative) return l10n.t('“{0}” is counted from {1}, the date in the article’s first sentence.', text, refDay);
    return dayless
      ? l10n.t('The day is {0}, the date in the article’s first sentence.', refDay)
      : l10n.t('The year comes from {0}, the date in the article’s first sentence.', refDay);
  }
  if (date.relative) return l10n.t('“{0}” is counted from {1}, the reference date in the settings.', text, refDay);
  return dayless
    ? l10n.t('The day is {0}, the reference date in the settings.', refDay)
    : l10n.t('The year comes from {0}, the reference date in the settings.', refDay);
}

/** The codes behind the words, for `seedReader.hover.detail: technical`. */
function technicalLine(date: DateMention, value: string, reference: ReferenceDate): string {
  const parts = [l10n.t('Value: {0}', code(value))];
  if (value !== date.value) parts.push(l10n.t('as written: {0}', code(date.value)));
  if (date.mod) parts.push(l10n.t('mod: {0}', code(date.mod)));
  if (date.tense) parts.push(l10n.t('tense: {0}', code(date.tense)));
  parts.push(reference.value ? l10n.t('reference: {0} ({1})', code(reference.value), reference.source) : l10n.t('reference: none'));
  return parts.join(' · ');
}
