import { CAPITALS, CITIES, COUNTRY_NAMES, DEMONYMS } from './placeData';

/** What a name is by the place data (`placeData.ts`, generated from npm data packages). */
export type PlaceKind = 'country' | 'capital' | 'city';

let byName: Map<string, PlaceKind> | undefined;
let demonyms: Set<string> | undefined;

/** Built on first use: the lists are one string each until a rule asks. */
function places(): Map<string, PlaceKind> {
  if (byName) return byName;
  byName = new Map();
  // Later lists do not overwrite earlier ones: a country named like its capital stays a country.
  for (const [list, kind] of [
    [COUNTRY_NAMES, 'country'],
    [CAPITALS, 'capital'],
    [CITIES, 'city'],
  ] as const) {
    for (const name of list.split('|')) if (!byName.has(name)) byName.set(name, kind);
  }
  return byName;
}

/** "Moldova", "DPRK", "United States" → country; "Chisinau" → capital; "Lagos" → city. As written, case kept. */
export function placeKind(name: string): PlaceKind | undefined {
  return places().get(name);
}

/** "Moldovan", "Filipinos", "Russian-American": a country's demonym, its plural, or demonyms joined by hyphens. */
export function isCountryDemonym(word: string): boolean {
  demonyms ??= new Set(DEMONYMS.split('|'));
  const one = (w: string): boolean => demonyms!.has(w) || (w.endsWith('s') && demonyms!.has(w.slice(0, -1)));
  return word.split('-').every(part => part.length > 0 && one(part));
}
