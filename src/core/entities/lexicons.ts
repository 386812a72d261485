import { lexiconTags } from '../nlp/compromise';

/**
 * Small closed word lists the entity rules need beyond compromise's lexicon. Kept short on purpose:
 * each list is a class of words, not a list of names from any one document.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics that precede a name and stay outside a PERSON span. */
export const HONORIFICS = words('mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady messrs messrs. mme mme. mlle');

/** Words that form titles and roles before or after a name (lower case). */
export const TITLE_HEADS = words(
  'president vice-president minister secretary chancellor premier ambassador envoy spokesman spokeswoman ' +
    'spokesperson chairman chairwoman chair director governor mayor senator congressman congresswoman ' +
    'representative commissioner commander general admiral colonel major captain lieutenant sergeant chief ' +
    'head leader king queen prince princess emperor pope cardinal bishop judge justice attorney prosecutor ' +
    'coach manager captain officer official adviser advisor counsellor councillor deputy aide negotiator ' +
    'diplomat correspondent analyst economist executive ceo founder owner president-elect sheikh emir',
);

/** Modifiers that may sit inside a title ("Deputy foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS = words(
  'deputy vice acting former first second prime foreign defence defense interior finance justice trade ' +
    'economy health education energy environment agriculture transport culture labour labor home state ' +
    'chief general executive senior assistant junior special permanent national regional federal ' +
    'secretary-general under-secretary undersecretary attorney supreme high lord',
);

/** Heads that make a capitalised phrase an organisation ("… Ministry", "Council …"). */
export const ORG_HEADS = words(
  'council ministry embassy consulate committee commission parliament assembly agency bureau department ' +
    'office court tribunal senate congress duma cabinet government party union federation alliance ' +
    'organization organisation association institute university bank fund corporation ' +
    'army navy police',
);

/** Heads that make a capitalised phrase a MISC document or treaty. */
export const TREATY_HEADS = words('treaty agreement accord accords convention pact protocol charter declaration deal');

/** Acronyms of countries and unions of states, which CoNLL tags as places. */
export const PLACE_ACRONYMS = words('US USA U.S. U.S.A. UK U.K. UAE U.A.E. USSR U.S.S.R. DRC PRC ROK DPRK EU');

/**
 * Acronyms of news agencies and international bodies that a news reader meets daily; compromise's
 * lexicon knows some organisations (NATO) but not these.
 */
export const ORG_ACRONYMS = words(
  'TASS RIA AFP AP UPI DPA ANSA EFE KCNA IRNA BBC CNN ITAR PTI APA MTI CTK BTA PAP ANP ' +
    'UN UNESCO UNICEF UNHCR WHO WTO IMF OSCE OPEC ASEAN IAEA OECD ICC ICJ FIFA UEFA IOC CIA FBI KGB FSB NSA ' +
    'GRU SVR CSTO BRICS SCO EAEU CIS PACE',
);

/** All-caps words that are not names. */
export const NON_NAME_CAPS = words(
  'I A OK GMT UTC AM PM A.M. P.M. TV CEO CFO GDP VAT DNA HIV AIDS ID PC PS PPS FAQ VS RIP ASAP ' +
    'II III IV V VI VII VIII IX X XI XII XIII XIV XV XX THE AND OF TO IN ON FOR BY AT OR NO',
);

/** Generic nouns that, capitalised after "the", name an organisation ("the Alliance"). */
export const GENERIC_REFERENCES = words('alliance organization organisation bloc');

/** Words that start a sentence but are never names on their own. */
export const SENTENCE_INITIAL_NON_NAMES = new Set(['Comparative', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'QuestionWord']);

/** A word that is part of a title or role ("Secretary", "General", "foreign", "Minister"). */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || lexiconTags(lower).includes('Actor');
}
