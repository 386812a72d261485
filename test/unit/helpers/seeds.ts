import * as fs from 'fs';
import type { Analysis } from '../../../src/core';
import { analyzeSeed } from '../../../src/core/analysis';
import { repoTagger } from '../../../scripts/lib/repoModel';
import { USER_SEED } from '../../helpers/paths';

export { projectRoot, USER_SEED } from '../../helpers/paths';

export function readSeed(file = USER_SEED): string {
  return fs.readFileSync(file, 'utf8');
}

/** Analyses a text with the committed model, as the CLI and the extension do. */
export function analyze(text: string, ref?: string): Analysis {
  return analyzeSeed(text, { tagger: repoTagger(), ref });
}

/** An actor as a row: type, name, aliases, roles, number of mentions. */
export function actorRows(a: Analysis): Array<[string, string, string[], string[], number]> {
  return a.actors.map(x => [x.type, x.name, [...x.aliases], [...x.roles], x.mentions.length]);
}

/** A mention as a row: type, text, start, end. */
export const mentionRows = (a: Analysis) => a.mentions.map(m => [m.type, m.text, m.start, m.end]);

/** An event as a row: its date's text and value, its start and end. */
export const eventRows = (a: Analysis) => a.events.map(e => [e.date.text, e.date.value, e.start, e.end]);
