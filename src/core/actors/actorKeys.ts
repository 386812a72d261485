/**
 * How mention texts compare when mentions are clustered into actors. General knowledge only: the
 * common short forms of a few states and unions, and which organisations are alliances.
 */

/** Case, dots, dash style, spacing and a possessive aside: "U.S." ≡ "US", "Russia—NATO" ≡ "Russia-NATO". */
export function nameKey(s: string): string {
  if (PLAIN_NAME.test(s)) return s.toLowerCase(); // the steps below would only lowercase it
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\./g, '')
    .replace(/\s*[—–‐-]\s*/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII letters and digits in words one space apart, as most names are ("Jens Stoltenberg", "G7"). */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Short and long forms → the key they meet under. A Map: a name such as "constructor" must not find Object's own properties. */
const SAME_AS = new Map<string, string>();
for (const [canonical, forms] of Object.entries({
  'united states': ['us', 'usa', 'united states of america', 'the united states'],
  'united kingdom': ['uk', 'britain', 'great britain'],
  'united nations': ['un'],
  'european union': ['eu'],
  'soviet union': ['ussr'],
  'north atlantic treaty organization': ['nato', 'north atlantic treaty organisation'],
})) {
  for (const form of forms) SAME_AS.set(form, canonical);
}

/** The key under which a name's known short and long forms meet. */
export function canonicalKey(s: string): string {
  return sameAsKey(nameKey(s));
}

/** `canonicalKey` for a name whose `nameKey` is known already: callers that memoise name keys skip the work. */
export function sameAsKey(key: string): string {
  return SAME_AS.get(key) ?? key;
}

/** Organisations that "the Alliance" can refer to. */
export const ALLIANCES = new Set(['north atlantic treaty organization', 'csto', 'collective security treaty organization', 'warsaw pact', 'aukus']);

/** "the Alliance" → an alliance; "the Union" → a union; used when the text has exactly one candidate. */
export const GENERIC_HEADS = new Map<string, (key: string) => boolean>([
  ['alliance', key => ALLIANCES.has(key) || key.includes('alliance')],
  ['organization', key => key.includes('organization') || key.includes('organisation')],
  ['union', key => key.endsWith('union')],
]);

/** First letters of the significant words: "North Atlantic Treaty Organization" → "nato". */
export function initials(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter(w => !/^(?:of|the|and|for|on|in|de|la|le|des|du)$/i.test(w))
    .map(w => w[0]?.toLowerCase() ?? '')
    .join('');
}

/** The readable part of an actor id: the name key with every run of other characters as one dash ("u-s-embassy"). */
export function idSlug(key: string): string {
  return key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
