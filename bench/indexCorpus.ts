/**
 * The workspace bench's corpus, written at run time into a temporary folder and never committed: `count`
 * seeds of about 2.5 KB each, made from the user's seed and, when present, ../shared/seeds/real/*.txt.
 * Each seed is one of those texts with its title prefixed by a name, its dates changed and a paragraph
 * of made-up sentences added (people, places, bodies and dates drawn by a seeded generator), so that no two
 * seeds are the same text and the same people recur across seeds, some sharing a surname.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, USER_SEED } from './corpus';

const FIRST = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Henrik', 'Irina', 'James', 'Karin', 'Leon', 'Maria', 'Nikolai', 'Olga', 'Pavel'];
const LAST = [
  'Albrecht',
  'Bergman',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gromov',
  'Hartley',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Orlov',
  'Petrov',
  'Quinn',
  'Rossi',
  'Sokolov',
  'Tanaka',
];
const PLACES = ['Brussels', 'Geneva', 'Vienna', 'Warsaw', 'Helsinki', 'Madrid', 'Prague', 'Ankara', 'Oslo', 'Lisbon', 'Tbilisi', 'Riga'];
const BODIES = [
  'the European Commission',
  'the Council of Europe',
  'the World Bank',
  'the Red Cross',
  'the OSCE',
  'the International Monetary Fund',
  'the African Union',
];
const ROLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'spokeswoman', 'ambassador', 'envoy'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SENTENCES: ((r: Draw) => string)[] = [
  r => `${r.person()}, the ${r.pick(ROLES)} of ${r.pick(PLACES)}, met ${r.person()} in ${r.pick(PLACES)} on ${r.day()}.`,
  r => `According to ${r.pick(BODIES)}, ${r.person()} will travel to ${r.pick(PLACES)} on ${r.day()} ${r.year()}.`,
  r => `${r.surname()} said that talks with ${r.pick(BODIES)} would resume in ${r.pick(MONTHS)}.`,
  r => `On ${r.day()}, ${r.person()} told reporters in ${r.pick(PLACES)} that the agreement was not in danger.`,
  r => `${r.person()} and ${r.person()} signed the protocol in ${r.pick(PLACES)} in ${r.pick(MONTHS)} ${r.year()}.`,
  r => `Last week ${r.pick(BODIES)} invited ${r.person()} to present the report on ${r.day()}.`,
];

/** A small seeded generator (xorshift32), so every run of the bench writes the same corpus. */
class Draw {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  surname = () => this.pick(LAST);
  person = () => `${this.pick(FIRST)} ${this.surname()}`;
  day = () => `${1 + Math.floor(this.next() * 28)} ${this.pick(MONTHS)}`;
  year = () => String(2000 + Math.floor(this.next() * 25));
}

/** The user's seed and the shared real seeds, when ../shared/seeds/real is there. */
export function templateSeeds(): { texts: string[]; note: string } {
  const dirs = [process.env.SEED_READER_SHARED_DIR, path.resolve(ROOT, '../shared'), path.resolve(process.cwd(), '../shared')];
  const real = dirs.map(d => d && path.join(d, 'seeds/real')).find((d): d is string => !!d && fs.existsSync(d));
  const files = real
    ? fs
        .readdirSync(real)
        .filter(f => f.endsWith('.txt'))
        .sort()
        .map(f => path.join(real, f))
    : [];
  const texts = [USER_SEED, ...files].map(f => fs.readFileSync(f, 'utf8'));
  return { texts, note: real ? `the user's seed and ${files.length} real seeds` : "the user's seed only (../shared/seeds/real is not here)" };
}

/** Seed `i` made from `template`: about 2 to 3 KB. */
export function variedSeed(template: string, i: number): string {
  const r = new Draw(0x9e3779b9 ^ (i * 2654435761));
  const [title, ...rest] = template.replace(/\r\n/g, '\n').split('\n');
  const body = rest
    .join('\n')
    .replace(/\b([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => r.day())
    .replace(/\b(?:19|20)[0-9]{2}\b/g, () => r.year());
  const seeAlso = body.search(/\n\s*See also:?\s*\n/i);
  const [main, tail] = seeAlso >= 0 ? [body.slice(0, seeAlso), body.slice(seeAlso)] : [body, ''];
  const target = 2000 + Math.floor(r.next() * 1000);
  const added: string[] = [];
  let size = title.length + main.length + tail.length + 40;
  while (size < target || added.length < 2) {
    const sentence = r.pick(SENTENCES)(r);
    added.push(sentence);
    size += sentence.length + 1;
  }
  return `${r.surname()}: ${title}\n${main.trimEnd()}\n\n${added.join(' ')}\n${tail}`;
}

/** Writes `count` seeds into `dir` (created), named seed-00001.txt…; returns their total size in bytes. */
export function writeCorpus(dir: string, count: number, templates: readonly string[]): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = variedSeed(templates[i % templates.length], i);
    fs.writeFileSync(path.join(dir, `seed-${String(i + 1).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return bytes;
}
