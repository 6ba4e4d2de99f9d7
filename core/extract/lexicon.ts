// Lexicons of the engine (reporting verbs, roles, institutions, sources, name stop words) built once from data files.
import VERBS from './data/reporting-verbs.json';
import ROLES from './data/role-nouns.json';
import STOP from './data/name-stopwords.json';
import { PhraseTrie } from './phrase-trie';
import { phraseTokens, type Token } from './tokenizer';

export const REPORTING_VERBS = new Set(VERBS.verbs);
export const NEEDS_NEXT = new Map(Object.entries(VERBS.needsNext).map(([k, v]) => [k, new Set(v)]));
/** "made it clear", "made its position known": the word that completes the verb, up to a short object after it. */
export const COMPLETED_AFTER_OBJECT = new Map(
  Object.entries(VERBS.completedAfterObject).map(([k, v]) => [k, new Set(v)]),
);
export const POSITION_VERBS = new Set(VERBS.positionVerbs);
/** Position verbs that are also speech: a person who "urged" or "condemned" is speaking, one who "sanctioned" is acting. */
export const SPEECH_ACTS = new Set(VERBS.speechActs);
export const SKIP_BEFORE_VERB = new Set(VERBS.skipBetweenSubjectAndVerb);
export const NEGATORS = new Set(VERBS.negators);
export const PARTICIPLE_TAGS = new Set(VERBS.participleTags);
export const TIME_WORDS = new Set(VERBS.timeWords);

export const SOURCE_PREPOSITIONS = new PhraseTrie<true>();
for (const p of VERBS.sourcePrepositions) SOURCE_PREPOSITIONS.add(phraseTokens(p), true);

export const DISCOURSE_MARKERS = new PhraseTrie<true>();
for (const p of VERBS.discourseMarkers) DISCOURSE_MARKERS.add(phraseTokens(p), true);

/** Role phrase ("foreign minister", "top diplomat", "FM") to its canonical role. */
export const ROLE_PHRASES = new PhraseTrie<string>();
/** Every token of a role phrase, so noun-phrase scans know role words when they see them. */
export const ROLE_WORDS = new Set<string>();
for (const [role, phrases] of Object.entries(ROLES.roles)) {
  for (const p of phrases) {
    const toks = phraseTokens(p);
    ROLE_PHRASES.add(toks, role);
    for (const t of toks) ROLE_WORDS.add(t);
  }
}
/** Words that make a title the rank below it: "Deputy Foreign Minister", "vice president", "First Vice Minister". */
const RANKS = new Set(['deputy', 'vice', 'assistant', 'junior', 'under']);

/**
 * The canonical role of the role phrase at tokens[i] and its length, or null. A ranked title is a role of its own
 * ("deputy foreign minister", "deputy president"): its holder is not "the foreign minister" of a later sentence.
 */
export function roleAt(tokens: Token[], i: number): { role: string; length: number } | null {
  const m = ROLE_PHRASES.match(tokens, i);
  if (!m) return null;
  let k = i - 1;
  if (tokens[k]?.text === '-') k--;
  const ranked = RANKS.has(tokens[i]!.lower) || RANKS.has(tokens[k]?.lower ?? '');
  return { role: ranked ? `deputy ${m.values[0]!}` : m.values[0]!, length: m.length };
}
export const HONORIFICS = new Set(ROLES.honorifics);
export const ORGANISATION_NAME_HEADS = new Set(ROLES.organisationNameHeads);
export const FEMALE_HONORIFICS = new Set(ROLES.femaleHonorifics);
export const MALE_HONORIFICS = new Set(ROLES.maleHonorifics);
export const ROLE_MODIFIERS = new Set(ROLES.roleModifiers);

/** Institution phrase ("foreign office", "state department") to its category. */
export const INSTITUTION_PHRASES = new PhraseTrie<string>();
export const INSTITUTION_WORDS = new Set<string>();
for (const [category, phrases] of Object.entries(ROLES.institutions)) {
  for (const p of phrases) {
    const toks = phraseTokens(p);
    INSTITUTION_PHRASES.add(toks, category);
    for (const t of toks) if (t.length > 2) INSTITUTION_WORDS.add(t);
  }
}
export const STATE_BODIES = new Set(ROLES.stateBodies);
export const GROUP_HEADS = new Set(ROLES.groupHeads);
export const UNNAMED_SINGULAR = new Set(ROLES.unnamedSingular);
export const ANONYMOUS_SOURCES = new Set(ROLES.anonymousSources);
export const INDEFINITE_DETERMINERS = new Set(ROLES.indefiniteDeterminers);

export const NAME_STOPWORDS = new Set(STOP.words);
/** Month names and their abbreviations, as written in dates ("June 5", "5 Jun 2025"). */
export const MONTH_NAMES = [
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
  ...['November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
];
const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
/** "Zhang Jun", "Theresa May": a month's name right after a given name, and not before a day, is part of the name. */
export function isMonthInName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    MONTH_WORDS.has(tokens[i]!.lower) &&
    !!prev?.cap &&
    prev.kind === 'word' &&
    !NAME_STOPWORDS.has(prev.lower) &&
    next?.kind !== 'number'
  );
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
export const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);
export const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'ul',
  'ud',
  'ur',
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'abu',
  'abdul',
  'di',
  'du',
  'dos',
  'das',
  'y',
]);
