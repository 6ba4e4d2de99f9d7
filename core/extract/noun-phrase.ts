// Reads the noun phrase that is a subject or source ("Russian Foreign Minister Sergey Lavrov", "the FM", "officials").
import { mentionsIn, type Gazetteer } from './gazetteer';
import {
  DETERMINERS,
  FEMALE_HONORIFICS,
  ANONYMOUS_SOURCES,
  GROUP_HEADS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  INSTITUTION_PHRASES,
  INSTITUTION_WORDS,
  isMonthInName,
  MALE_HONORIFICS,
  NAME_PARTICLES,
  NAME_STOPWORDS,
  ORGANISATION_NAME_HEADS,
  OBJECT_PRONOUNS,
  ROLE_WORDS,
  STATE_BODIES,
  SUBJECT_PRONOUNS,
  UNNAMED_SINGULAR,
  roleAt,
} from './lexicon';
import STOP from './data/name-stopwords.json';
import VENUES from './data/venue-words.json';
import type { Token } from './tokenizer';
import { W_NP_WORD } from './word-class-bits';

const NP_BREAKERS = new Set(STOP.npBreakers);
/** Words a noun phrase neither starts nor ends with. */
const NP_NO_START = new Set(['and', 'of', 'for', "'s", '-', 'to']);
const NP_NO_END = new Set(['and', 'of', 'for', 'the', 'to', '-']);

export type SubjectRef =
  | { type: 'person'; name: Token[]; role: string | null; actor: string | null; gender: 'm' | 'f' | null }
  | { type: 'pronoun'; gender: 'm' | 'f' }
  | {
      type: 'role';
      role: string | null;
      actor: string | null;
      counterpart: boolean;
      text: string;
      indefinite?: boolean;
    }
  | { type: 'institution'; name: string; category: string; actor: string | null; generic: boolean }
  | { type: 'state'; actor: string }
  | {
      type: 'group';
      actor: string | null;
      head?: string;
      definite?: boolean;
      /** The body unnamed sources are placed in with no state beside it ("sources in the Foreign Office"). */
      body?: { name: string; category: string; generic: boolean };
    }
  | { type: 'impersonal' };

export function isPersonLike(ref: SubjectRef | null): boolean {
  return (
    !!ref && (ref.type === 'person' || ref.type === 'pronoun' || ref.type === 'role' || ref.type === 'institution')
  );
}

/** A capitalised word that can be part of a person's name (not a title, institution, place or function word). */
export function isNameToken(t: Token, tokens: Token[], i: number): boolean {
  if (t.kind !== 'word' || t.quoted) return false;
  if (!t.cap) return (NAME_PARTICLES.has(t.lower) && !!tokens[i + 1]?.cap) || isNameSyllable(t, tokens, i);
  if (t.text.length === 1 || (t.text.length === 2 && t.text.endsWith('.'))) return true; // initials: S Jaishankar, J. Blinken
  // a title word joined by a hyphen to a name is part of the name ("Amir-Abdollahian"), unlike "Secretary-General"
  if (ROLE_WORDS.has(t.lower) && !NAME_STOPWORDS.has(t.lower) && !INSTITUTION_WORDS.has(t.lower)) {
    const after = tokens[i + 2];
    const joined = tokens[i + 1]?.text === '-' && !!after && after.cap && !after.inEnt && !ROLE_WORDS.has(after.lower);
    if (!joined) return false;
  }
  if (NAME_STOPWORDS.has(t.lower) || ROLE_WORDS.has(t.lower) || INSTITUTION_WORDS.has(t.lower)) {
    if (!(ROLE_WORDS.has(t.lower) && tokens[i + 1]?.text === '-') && !isMonthInName(tokens, i)) return false;
  }
  if (HONORIFICS.has(t.lower)) return false;
  if (t.upper && t.text.length <= 5) return false; // acronyms: FM, IIOJK
  return !t.inEnt;
}

/**
 * Words a hyphen joins to a name that make it a modifier ("Taliban-run", "Kabul-born"), not a longer name. Only words of
 * up to five letters are listed: a longer one is never read as a name's syllable.
 */
const HYPHEN_MODIFIERS = new Set([...STOP.hyphenModifiers, ...VENUES.residence]);
/** The longest syllable a romanised name carries after its hyphen ("Jong-un", "Suk-yeol"). */
const MAX_SYLLABLE = 5;

/** The lower-case syllable of a romanised name after a hyphen: "Kim Jong-un", "Cho Min-jae", "Moon Jae-in". */
function isNameSyllable(t: Token, tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '-' || t.text.length > MAX_SYLLABLE || HYPHEN_MODIFIERS.has(t.lower)) return false;
  const before = tokens[i - 2];
  return !!before && before.kind === 'word' && before.cap && !before.inEnt && !before.upper;
}

const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'several',
]);

/** Whether tokens[i] may belong to a subject noun phrase. */
function isNpToken(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.quoted || t.mark) return false;
  if (t.kind === 'punct') {
    if (t.text === '-' || t.text === '&') return !!tokens[i - 1] && !!tokens[i + 1] && tokens[i - 1]!.kind === 'word';
    return false;
  }
  // "three EU diplomats", "two people", "12 officials": a count opens a phrase whose next word belongs to it
  if ((t.kind === 'number' && t.text.length <= 3) || COUNT_WORDS.has(t.lower)) {
    const next = tokens[i + 1];
    return !!next && next.kind === 'word' && !next.quoted && (next.cap || (next.cls & W_NP_WORD) !== 0);
  }
  if (t.lower === "'s") return true;
  if (t.cap && isMonthInName(tokens, i)) return true; // "Anna May", not the modal
  if (NP_BREAKERS.has(t.lower)) {
    // "ambassador to the UN", "minister for foreign affairs", "Ministry of Foreign Affairs"
    const prev = tokens[i - 1];
    if ((t.lower === 'to' || t.lower === 'of' || t.lower === 'for') && prev && ROLE_WORDS.has(prev.lower)) return true;
    // "the Department of Foreign Affairs", "Ministry of Defence": an institution's name goes on after "of"
    if (t.lower === 'of' && prev?.cap && INSTITUTION_WORDS.has(prev.lower) && tokens[i + 1]?.cap) return true;
    return false;
  }
  if (t.cap) return true;
  // a word glued by a hyphen to the one before: "the Moscow-based rights group", "a state-run refiner"
  if (tokens[i - 1]?.text === '-' && tokens[i - 2]?.kind === 'word' && t.kind === 'word') return true;
  // role, institution, determiner, group words and the like: one bit set by `classify`
  return (t.cls & W_NP_WORD) !== 0;
}

/**
 * How many plain lower-case words end at tokens[k] as modifiers of an institution, a title or an unnamed source,
 * between its owner and its head ("Uzbekistan's migration agency", "the Commission's enlargement commissioner", "Mali's
 * transitional government", "two Indian refining executives"): 1 or 2, or 0 when not that.
 */
function modifiersBefore(tokens: Token[], k: number): number {
  const head = tokens[k + 1];
  const heads = [INSTITUTION_WORDS, ROLE_WORDS, STATE_BODIES, ANONYMOUS_SOURCES];
  if (!head || !heads.some((words) => words.has(head.lower))) return 0;
  for (let n = 1; n <= 2; n++) {
    const w = tokens[k - n + 1];
    if (!w || w.kind !== 'word' || w.cap || w.quoted || NP_BREAKERS.has(w.lower)) return 0;
    const owner = tokens[k - n];
    if (owner && (owner.lower === "'s" || DETERMINERS.has(owner.lower) || (owner.cap && isNpToken(tokens, k - n))))
      return n;
  }
  return 0;
}

/** Start of the noun phrase that ends at tokens[end] (inclusive), scanning left; `end + 1` when there is none. */
export function npStartLeft(tokens: Token[], end: number, limit = 14): number {
  let k = end;
  for (;;) {
    while (k >= 0 && end - k < limit && isNpToken(tokens, k)) k--;
    const m = modifiersBefore(tokens, k);
    if (!m || end - k + m >= limit) break;
    k -= m;
  }
  let start = k + 1;
  // an NP does not start with "and", "of" or a possessive marker
  while (start <= end && NP_NO_START.has(tokens[start]!.lower)) start++;
  return start;
}

/** End (exclusive) of the noun phrase that starts at tokens[start], scanning right. */
export function npEndRight(tokens: Token[], start: number, limit = 14): number {
  if (start < tokens.length && SUBJECT_PRONOUNS.has(tokens[start]!.lower)) return start + 1;
  if (start < tokens.length && OBJECT_PRONOUNS.has(tokens[start]!.lower)) return start + 1;
  let k = start;
  while (k < tokens.length && k - start < limit && isNpToken(tokens, k)) {
    if (tokens[k]!.lower === 'and' && k > start && !tokens[k + 1]?.cap) break;
    k++;
  }
  while (k > start && NP_NO_END.has(tokens[k - 1]!.lower)) k--;
  return k;
}

const AFFILIATION_AFTER_ROLE = new Set(['for', 'of', 'at', 'with', 'from']);
const POSTING_AFTER_ROLE = new Set(['to', 'in']);

/**
 * The role heading tokens[s, to) when a prepositional complement follows it ("a spokesman for X", "envoy to Y"):
 * where it starts, the role, whether the complement is a posting ("to", "in") and whether the role is plural.
 */
function complementedRole(
  tokens: Token[],
  s: number,
  to: number,
): { at: number; role: string; posted: boolean; plural: boolean } | null {
  for (let i = s; i < to - 1; i++) {
    const r = roleAt(tokens, i);
    if (!r) continue;
    const after = tokens[i + r.length]?.lower ?? '';
    const posted = POSTING_AFTER_ROLE.has(after);
    // (the complement may lie past `to`: ", a security analyst with X," is cut before "with" by its caller)
    if (!(AFFILIATION_AFTER_ROLE.has(after) || posted)) return null;
    if (tokens.slice(s, i).some((t) => t.cap && !t.inEnt)) return null;
    const last = tokens[i + r.length - 1]!.lower;
    return { at: i, role: r.role, posted, plural: last.endsWith('s') && !last.endsWith('ss') };
  }
  return null;
}

/** "Libya's Tripoli-based government": a place or body glued to "-based" or "-led" says whose the body is. */
const SEAT_MARKERS = new Set(['based', 'led']);

function actorIn(tokens: Token[], from: number, to: number): string | null {
  // a name whose alias holds its article ("the Philippines' foreign minister") starts on the determiner before `from`
  const start = from > 0 && tokens[from - 1]!.ent && DETERMINERS.has(tokens[from - 1]!.lower) ? from - 1 : from;
  const mentions = mentionsIn(tokens, start, to);
  // (more precise than the state that owns it: the government of one side in a divided state)
  const seat = mentions.find(
    (m) =>
      tokens[m.end]?.text === '-' &&
      SEAT_MARKERS.has(tokens[m.end + 1]?.lower ?? '') &&
      m.end + 2 < to &&
      (m.entity.kind !== 'concept' || tokens[m.start]!.cap),
  );
  if (seat) return seat.entity.id;
  for (const m of mentions) {
    const before = tokens[m.start - 1]?.lower;
    const before2 = tokens[m.start - 2]?.lower;
    // "ambassador to Pakistan", "envoy in Kabul": the place is a destination, not the speaker's state
    if (
      before === 'to' ||
      before === 'in' ||
      ((before === 'the' || before === 'a') && (before2 === 'to' || before2 === 'in'))
    )
      continue;
    // (an analyst's target named by a proper name, "the KNU", "the House of Representatives", may be whom one serves)
    if (m.entity.kind === 'concept' && !(tokens[m.start]!.cap && tokens[m.end - 1]!.cap)) continue;
    return m.entity.id;
  }
  return null;
}

function textOf(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const glue = i > from && (t.text === '-' || tokens[i - 1]!.text === '-' || t.lower === "'s");
    s += (i > from && !glue ? ' ' : '') + t.text;
  }
  return s;
}

/**
 * A rights group, newspaper, party or commission as a source: a proper name ("the Kenya Human Rights Commission")
 * speaks for itself; a state's body ("the Kenyan parliament") for its state; an unnamed one ("a rights group") for nobody.
 */
function organisation(tokens: Token[], s: number, head: number, to: number): SubjectRef {
  let k = head;
  while (k > s && (tokens[k - 1]!.cap || tokens[k - 1]!.lower === "'s")) k--;
  const name = textOf(tokens, k, to);
  const states = mentionsIn(tokens, k, head).filter((m) => m.entity.kind === 'state');
  const onlyState = states.length === 1 && states[0]!.start === k && states[0]!.end === head;
  const proper = !onlyState && (tokens[head]!.cap || k < head);
  const actor = onlyState ? states[0]!.entity.id : proper ? name : null;
  return { type: 'institution', name, category: 'organisation', actor, generic: !proper && !onlyState };
}

/** The actor of a position two or more states take together (a joint statement, "the two sides"). */
export const JOINT_ACTOR = 'joint';
const JOINT_HEADS = new Set([
  'sides',
  'countries',
  'leaders',
  'ministers',
  'governments',
  'nations',
  'delegations',
  'presidents',
]);

/** A body's proper name filling tokens[from, to) ("the Islamabad Policy Research Forum", "Global Times"), or null. */
/** Lower-case words that may stand inside an organisation's proper name ("Institute of Peace", "Doctors and Nurses"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', "'s"]);

/** Unnamed sources who speak for no state or body ("residents of Kabul", "witnesses"). */
const SPEAK_FOR_THEMSELVES = new Set(['residents', 'villagers', 'locals', 'people', 'witnesses', 'traders', 'workers']);

/** The capitalised words filling tokens[from, to) (with hyphen links and connectors), as written; null otherwise. */
function capitalisedRun(tokens: Token[], from: number, to: number): string | null {
  if (to <= from || !tokens[from]!.cap) return null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const linked = t.text === '-' || tokens[i - 1]?.text === '-';
    if (!(t.cap || t.upper || linked || NAME_CONNECTORS.has(t.lower))) return null;
  }
  return textOf(tokens, from, to);
}

/** Words that mark the capitalised name after them as a political party: "the opposition Justice Party". */
const PARTY_MARKERS = new Set(['opposition', 'ruling', 'governing']);

/**
 * A party named in tokens[s, to): after "opposition" or "ruling" ("the main opposition Pakistan Tehreek-e-Insaf") or
 * before a lower-case "party" ("the Transformers party"); the name alone, whatever states it holds, or null.
 */
function partyName(tokens: Token[], s: number, to: number): string | null {
  let p = s;
  let marked = false;
  while (p < to && (PARTY_MARKERS.has(tokens[p]!.lower) || tokens[p]!.lower === 'main')) {
    marked ||= PARTY_MARKERS.has(tokens[p]!.lower);
    p++;
  }
  let end = to;
  if (tokens[end - 1]?.lower === 'party' && !tokens[end - 1]!.cap) end--;
  if (!marked && end === to) return null;
  // (a hyphenated name keeps its lower-case links: "Tehreek-e-Insaf")
  return capitalisedRun(tokens, p, end);
}

function organisationName(tokens: Token[], from: number, to: number): string | null {
  let s = from;
  while (s < to && DETERMINERS.has(tokens[s]!.lower)) s++;
  const party = partyName(tokens, s, to);
  if (party) return party;
  if (to - s < 2 && !(to - s === 1 && tokens[s]!.upper)) return null;
  const last = tokens[to - 1]!;
  // "the Islamabad Policy Research Forum", or the head first: "the Centre for Civic Oversight", "Institute of Peace"
  const first = tokens[s]!;
  const headFirst =
    first.cap && ORGANISATION_NAME_HEADS.has(first.lower) && ['of', 'for', 'on'].includes(tokens[s + 1]?.lower ?? '');
  if (!last.cap || (!headFirst && !ORGANISATION_NAME_HEADS.has(last.lower))) return null;
  for (let i = s; i < to; i++) {
    const t = tokens[i]!;
    if (!(t.cap || NAME_CONNECTORS.has(t.lower))) return null;
  }
  if (tokens.slice(s, to).every((t) => t.inEnt)) return null; // a known body: the gazetteer names it
  return textOf(tokens, s, to);
}

/** The body whom a phrase says someone is with: a known state or body, else an organisation's proper name. */
export function affiliationIn(tokens: Token[], from: number, to: number): string | null {
  // "the Centre for Strategic Studies in Jakarta": where a body sits is not part of its name
  const place = mentionsIn(tokens, from, to).find((m) => m.end === to && tokens[m.start - 1]?.lower === 'in');
  const end = place ? place.start - 1 : to;
  for (let k = from; k < end; k++) {
    const name = organisationName(tokens, k, end);
    if (name) return name;
  }
  return actorIn(tokens, from, to);
}

/** The state named by "of <state>" filling tokens[at, to) exactly, or null. */
function ofStateAfter(tokens: Token[], at: number, to: number): string | null {
  if (tokens[at]?.lower !== 'of') return null;
  const k = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  const m = tokens[k]?.ent;
  return m && m.end === to && m.entity.kind === 'state' ? m.entity.id : null;
}

/** Classifies the noun phrase tokens[from, to) as a kind of speaker, or null when it cannot be one. */
export function analyzeNounPhrase(tokens: Token[], from: number, to: number, _gaz: Gazetteer): SubjectRef | null {
  if (to <= from) return null;
  if (to - from === 1) {
    const w = tokens[from]!.lower;
    if (w === 'he' || w === 'him') return { type: 'pronoun', gender: 'm' };
    if (w === 'she' || (w === 'her' && to === from + 1)) return { type: 'pronoun', gender: 'f' };
    // "they": whoever spoke together just before (see refersToLastBody); "we" is the speaker's own side
    if (w === 'they') return { type: 'group', actor: null, head: 'they', definite: true };
    if (w === 'we' || w === 'them') return { type: 'group', actor: null };
    if (w === 'it' || w === 'i' || w === 'this' || w === 'that') return { type: 'impersonal' };
  }
  let s = from;
  let indefinite = false;
  while (s < to && (DETERMINERS.has(tokens[s]!.lower) || INDEFINITE_DETERMINERS.has(tokens[s]!.lower))) {
    if (INDEFINITE_DETERMINERS.has(tokens[s]!.lower)) indefinite = true;
    s++;
  }
  if (s >= to) return null;
  const head = tokens[to - 1]!;
  // "residents of Chushul", "officials of the Peruvian navy": unnamed sources described by where or whom they are from;
  // officials speak for their body or state, residents and witnesses for themselves
  const source = tokens[s]!.lower;
  const from_ = tokens[s + 1]?.lower;
  if (ANONYMOUS_SOURCES.has(source) && GROUP_HEADS.has(source) && (from_ === 'of' || from_ === 'from') && s + 2 < to) {
    const rest = analyzeNounPhrase(tokens, s + 2, to, _gaz);
    // ("officials from both sides" speak for each side, not for the two together)
    const whose = rest && 'actor' in rest && rest.actor !== JOINT_ACTOR ? rest.actor : null;
    const actor = SPEAK_FOR_THEMSELVES.has(source) ? null : whose;
    return { type: 'group', actor: actor ?? null, head: source, definite: false };
  }
  const complemented = complementedRole(tokens, s, to);
  // joint subjects: "Qureshi and Lavrov", "Iran and the EU"
  for (let i = s + 1; i < to - 1; i++) {
    if (tokens[i]!.lower !== 'and') continue;
    // "the envoy for Afghan women and girls": the "and" joins the role's complement, not two speakers
    if (complemented && i > complemented.at && !complemented.plural) continue;
    // "China and Russia pledged": two states speaking together
    const states = mentionsIn(tokens, s, to).filter((m) => m.entity.kind === 'state');
    return { type: 'group', actor: states.length >= 2 ? JOINT_ACTOR : null };
  }
  // "a spokesman for the Afghan interim government": the role is the head, the rest says whom it speaks for;
  // "the Chinese ambassador to the UN": the rest says where the role is posted, the state before it whom it serves
  if (complemented) {
    return {
      type: 'role',
      role: complemented.role,
      actor: complemented.posted ? actorIn(tokens, s, to) : affiliationIn(tokens, s, to),
      counterpart: false,
      text: textOf(tokens, s, to),
      indefinite,
    };
  }
  // "Lopez of Chile", "Ana Ruiz from the Refugee Council": a named person and whom they speak for
  for (let k = s + 1; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'of' && tokens[k]!.lower !== 'from') continue;
    const person = analyzeNounPhrase(tokens, s, k, _gaz);
    if (person?.type !== 'person') break;
    const rest = analyzeNounPhrase(tokens, k + 1, to, _gaz);
    if (rest?.type === 'state' || rest?.type === 'institution') return { ...person, actor: person.actor ?? rest.actor };
    // "Ruwan Perera of the Samagi Jana Balawegaya": a capitalised name after "the" is a body, for people take no article
    const body = tokens[k + 1]!.lower === 'the' ? capitalisedRun(tokens, k + 2, to) : null;
    if (body) return { ...person, actor: person.actor ?? body };
    break;
  }
  // (a name whose alias holds its article, "the Netherlands", starts on the determiner)
  const mentions = mentionsIn(tokens, from, to);
  const whole = mentions.length === 1 && mentions[0]!.start <= s && mentions[0]!.end === to ? mentions[0]! : null;
  // institutions: "the Foreign Office", "Pakistan's Ministry of Foreign Affairs", "the State Department"
  for (let i = s; i < to; i++) {
    // "the Wagner Group": a known body whose name ends in "Group" is that body, not a group of that name
    if (whole && tokens[i]!.lower === 'group' && tokens[i]!.cap) break;
    const m = INSTITUTION_PHRASES.match(tokens, i);
    // "the Ministry of Foreign Affairs of Chile": the state after the institution's name is whom it speaks for
    const ofState = m && i + m.length < to ? ofStateAfter(tokens, i + m.length, to) : null;
    if (m && ofState)
      return {
        type: 'institution',
        name: textOf(tokens, i, to),
        category: m.values[0]!,
        actor: ofState,
        generic: false,
      };
    const named = m && m.values[0] === 'organisation' && i + m.length < to && tokens[i + m.length]!.cap;
    if (named && tokens.slice(i + m.length, to).every((t) => t.cap || t.lower === 'of' || t.lower === 'for')) {
      const name = textOf(tokens, i + m.length, to);
      return { type: 'institution', name, category: 'organisation', actor: name, generic: false };
    }
    if (m && i + m.length === to) {
      const category = m.values[0]!;
      if (category === 'organisation') return organisation(tokens, s, i, to);
      // "the Foreign Office" standing for its state, or an analyst's target named as a body ("the UN refugee agency")
      const body = whole && (whole.entity.kind === 'organisation' || whole.entity.kind === 'concept');
      const metonym = whole && (whole.aliasKind === 'metonym' || body) ? whole.entity.id : null;
      const actor = metonym ?? actorIn(tokens, s, i);
      const generic = i + m.length - i === 1 && !tokens[i]!.cap;
      return { type: 'institution', name: textOf(tokens, i, to), category, actor, generic };
    }
  }
  if (whole) {
    if (whole.entity.kind === 'territory' || whole.entity.kind === 'concept') return null;
    return { type: 'state', actor: whole.entity.id };
  }
  if (STATE_BODIES.has(head.lower)) {
    const actor = actorIn(tokens, s, to - 1);
    return actor ? { type: 'state', actor } : { type: 'group', actor: null, head: head.lower };
  }
  if (GROUP_HEADS.has(head.lower) || (indefinite && UNNAMED_SINGULAR.has(head.lower))) {
    const joint = tokens.slice(s, to).some((t) => t.lower === 'joint');
    const definite = !joint && tokens[from]!.lower === 'the' && to - s === 1;
    // "the two sides", "both countries": the parties of the story speaking together
    const together =
      JOINT_HEADS.has(head.lower) && tokens.slice(from, to).some((t) => t.lower === 'two' || t.lower === 'both');
    const actor = together ? JOINT_ACTOR : actorIn(tokens, s, to);
    return { type: 'group', actor, head: head.lower, definite };
  }
  const body = organisationName(tokens, s, to);
  if (body) return { type: 'institution', name: body, category: 'organisation', actor: body, generic: false };
  // "the Greens", "the Democrats": a capitalised plural after "the" is a party or movement, for people take no article
  const lone = tokens[s]!;
  if (tokens[from]!.lower === 'the' && s === from + 1 && to === s + 1 && lone.cap && /[a-z]s$/.test(lone.text))
    return { type: 'institution', name: lone.text, category: 'organisation', actor: lone.text, generic: false };
  // name: the run of name tokens at the end of the phrase
  let n = to;
  for (;;) {
    if (n > s && isNameToken(tokens[n - 1]!, tokens, n - 1)) n--;
    // a hyphen inside a name: "Linda Thomas-Greenfield", "Hossein Amir-Abdollahian"
    else if (n < to && n - 2 >= s && tokens[n - 1]!.text === '-' && isNameToken(tokens[n - 2]!, tokens, n - 2)) n -= 2;
    else break;
  }
  // a lower-case particle does not open a name ("de", "van"); a capitalised one may ("Abdul Wali", "Abu Bakr")
  if (n < to && tokens[n]!.kind === 'word' && !(NAME_PARTICLES.has(tokens[n]!.lower) && !tokens[n]!.cap)) {
    const name = tokens.slice(n, to);
    // a lone initial is not a name
    if (name.some((t) => t.text.replace('.', '').length > 1)) {
      let role: string | null = null;
      let gender: 'm' | 'f' | null = null;
      for (let i = s; i < n; i++) {
        const m = roleAt(tokens, i);
        if (m) {
          role = m.role;
          i += m.length - 1;
        }
        if (FEMALE_HONORIFICS.has(tokens[i]!.lower)) gender = 'f';
        if (MALE_HONORIFICS.has(tokens[i]!.lower)) gender = 'm';
      }
      const actor = actorIn(tokens, s, n);
      return { type: 'person', name, role, actor, gender };
    }
  }
  // role without a name: "the Russian foreign minister", "his Pakistani counterpart", "the FM"
  for (let i = s; i < to; i++) {
    const m = roleAt(tokens, i);
    // lower-case "fm" or "pm" is not the abbreviation
    if (m && !(m.length === 1 && tokens[i]!.lower.length <= 3 && !tokens[i]!.upper)) {
      const role = m.role;
      const counterpart = role === 'counterpart';
      const actor = actorIn(tokens, s, to);
      return {
        type: 'role',
        role: counterpart ? null : role,
        actor,
        counterpart,
        text: textOf(tokens, s, to),
        indefinite,
      };
    }
  }
  return null;
}
