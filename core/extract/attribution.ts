// Finds who a sentence attributes its content to: "X said (that)", "…, X added", "said X", "according to X", "X, in turn, noted".
import { W_DISCOURSE, W_POSITION, W_REPORTING, W_SOURCE } from './word-class-bits';
import type { Gazetteer } from './gazetteer';
import {
  ANONYMOUS_SOURCES,
  COMPLETED_AFTER_OBJECT,
  DETERMINERS,
  DISCOURSE_MARKERS,
  isMonthInName,
  NEEDS_NEXT,
  NEGATORS,
  POSITION_VERBS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SKIP_BEFORE_VERB,
  SOURCE_PREPOSITIONS,
  SPEECH_ACTS,
  PARTICIPLE_TAGS,
  TIME_WORDS,
} from './lexicon';
import {
  affiliationIn,
  analyzeNounPhrase,
  isPersonLike,
  NAME_CONNECTORS,
  npEndRight,
  npStartLeft,
  type SubjectRef,
} from './noun-phrase';
import STOP from './data/name-stopwords.json';
import type { Token } from './tokenizer';

const PREPOSED_STARTERS = new Set(STOP.preposedStarters);
const TIME_PREFIXES = new Set(['on', 'last', 'this', 'next', 'earlier', 'later', 'the']);
const LONE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it']);
const RELATIVES = new Set(['who', 'which', 'whose', 'where', 'whom']);
const APPOSITIVE_STARTERS = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'his',
  'her',
  'its',
  'their',
  'also',
  'currently',
  'himself',
  'herself',
  'now',
  'then',
  'formerly',
]);

export interface Attribution {
  ref: SubjectRef;
  /** Token index of the reporting verb or of "according". */
  cue: number;
  verb: string;
  negated: boolean;
  /** The verb follows the content (", Lavrov added." / "”, he said"). */
  tag: boolean;
  /** The verb sits in a that-clause of another verb. */
  subordinate: boolean;
  subject: [number, number];
  /** A description of the subject between commas (", Azerbaijan's closest ally,"): not what the speaker says. */
  aside?: [number, number];
}

function isNegator(t: Token | undefined): boolean {
  return !!t && (NEGATORS.has(t.lower) || t.lower.endsWith("n't"));
}

/** Length of a discourse marker ("in turn", "for his part") ending at token `end`, or 0. */
function markerEndingAt(tokens: Token[], end: number): number {
  for (let len = 4; len >= 1; len--) {
    const start = end - len + 1;
    if (start < 0 || !(tokens[start]!.cls & W_DISCOURSE)) continue; // the class bit: no marker starts here
    const m = DISCOURSE_MARKERS.match(tokens, start);
    if (m && m.length === len) return len;
  }
  return 0;
}

function merge(a: SubjectRef | null, b: SubjectRef | null): SubjectRef | null {
  // "Wang Wenbin, a spokesperson for the Chinese foreign ministry," / "China's ambassador, Zhang Jun,"
  if (!a) return b;
  if (!b) return a;
  const person = a.type === 'person' ? a : b.type === 'person' ? b : null;
  const other = person === a ? b : a;
  if (!person || person.type !== 'person') return a;
  if (other.type === 'role') return { ...person, role: person.role ?? other.role, actor: person.actor ?? other.actor };
  if (other.type === 'institution' || other.type === 'state') return { ...person, actor: person.actor ?? other.actor };
  return person;
}

const WORK_VERBS = new Set([
  'teaches',
  'works',
  'lectures',
  'serves',
  'heads',
  'leads',
  'runs',
  'chairs',
  'directs',
  'commands',
  'represents',
  'advises',
  'oversees',
]);

/** The body named by "who (now) teaches at X" / "who heads X" inside tokens[from, to), or null. */
function currentBody(tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < to - 2; k++) {
    if (tokens[k]!.lower !== 'who') continue;
    let v = k + 1;
    if (tokens[v]?.lower === 'now' || tokens[v]?.lower === 'currently') v++;
    if (!WORK_VERBS.has(tokens[v]?.lower ?? '')) return null;
    const at = ['at', 'for', 'with', 'as'].includes(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
    return at < to ? affiliationIn(tokens, at, to) : null;
  }
  return null;
}

/** Parses a comma-delimited parenthetical tokens[from, to) between a subject and its verb: a marker or an appositive. */
function parenthetical(
  tokens: Token[],
  from: number,
  to: number,
  gaz: Gazetteer,
): { skip: boolean; ref: SubjectRef | null; describes?: boolean } {
  if (to <= from) return { skip: false, ref: null };
  const m = DISCOURSE_MARKERS.match(tokens, from);
  if (m && from + m.length === to) return { skip: true, ref: null };
  const first = tokens[from]!;
  // ", now a fellow at the X Forum,": where the speaker is now
  if ((first.lower === 'now' || first.lower === 'currently') && from + 1 < to)
    return parenthetical(tokens, from + 1, to, gaz);
  // ", a former ambassador who now teaches at X,": the body the speaker is with now, whatever they were before
  const now = currentBody(tokens, from, to);
  if (now)
    return {
      skip: true,
      ref: { type: 'institution', name: now, category: 'organisation', actor: now, generic: false },
    };
  if (RELATIVES.has(first.lower)) return { skip: true, ref: null }; // ", who arrived on Monday,"
  // ", speaking in New Delhi," / ", in a statement," / ", while addressing a rally,": circumstance, not the subject
  if (
    CIRCUMSTANCE_OPENERS.has(first.lower) ||
    (!first.cap && first.kind === 'word' && /^[a-z]{3,}ing$/.test(first.lower)) ||
    // ", issued after talks in Jakarta," / ", based in Geneva,": a participle describing the subject
    (!first.cap && first.kind === 'word' && /^[a-z]{3,}ed$/.test(first.lower))
  ) {
    return { skip: true, ref: null };
  }
  if (AFFILIATION_PREPOSITIONS.has(first.lower) && from + 1 < to) {
    // ", from a rights group," / ", of the Refugee Council,": whom the speaker is with
    let end = npEndRight(tokens, from + 1, 16);
    // a proper name runs on to the comma even through a word that ends phrases ("Learning Without Walls")
    if (end < to && tokens.slice(end, to).every((t) => t.cap || NAME_CONNECTORS.has(t.lower))) end = to;
    const ref = analyzeNounPhrase(tokens, from + 1, end, gaz);
    if (ref && (ref.type === 'institution' || ref.type === 'state' || ref.type === 'role')) return { skip: true, ref };
    if (end === to) return { skip: true, ref: null };
  }
  if (APPOSITIVE_STARTERS.has(first.lower) || ROLE_WORDS.has(first.lower) || first.cap) {
    const end = npEndRight(tokens, from, 16);
    let ref = analyzeNounPhrase(tokens, from, end, gaz);
    // ", a security analyst with the Islamabad Policy Research Forum,": the role, and whom it is with
    if (ref?.type === 'role' && !ref.actor && end < to && AFFILIATION_PREPOSITIONS.has(tokens[end]!.lower)) {
      ref = { ...ref, actor: affiliationIn(tokens, end + 1, to) };
    }
    if (ref && (ref.type === 'person' || ref.type === 'role' || ref.type === 'institution')) return { skip: true, ref };
    if (APPOSITIVE_STARTERS.has(first.lower) && first.lower !== 'the') return { skip: true, ref: null };
    // ", Azerbaijan's closest ally," / ", Russia's main rival,": a description of the subject by its relation to
    // another party, in plain words after the possessive; the subject still speaks, and for itself
    const plain = (t: Token) => (t.kind === 'word' && !t.cap) || t.text === '-';
    if (tokens[from + 1]?.lower === "'s" && from + 2 < to && tokens.slice(from + 2, to).every(plain))
      return { skip: true, ref: null, describes: true };
  }
  return { skip: false, ref: null };
}

const AFFILIATION_PREPOSITIONS = new Set(['from', 'of', 'with', 'at']);
const CIRCUMSTANCE_OPENERS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'while',
  'when',
  'later',
  'earlier',
]);
/** "was asked", "were told": the subject is spoken to, not speaking. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const PASSIVE_SPEECH = new Set(['asked', 'told', 'informed', 'briefed', 'quoted', 'urged', 'warned', 'called']);

/** Conjunctions that open an adverbial clause, whose subject may still speak: "when Peru asked Chile to ...". */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'since', 'while', 'until', 'once', 'as']);

const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '‣', '▪']);
const STATEMENT_HEADS = new Set(['statement', 'communique', 'communiqué', 'readout', 'release']);
const ISSUED = new Set(['issued', 'released', 'published', 'posted', 'put']);

/** "according to a statement issued by the Saudi foreign ministry": the source is whoever issued the statement. */
function issuerStart(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'the') k++;
  if (tokens[k]?.lower === 'press' || tokens[k]?.lower === 'joint') k++;
  if (!STATEMENT_HEADS.has(tokens[k]?.lower ?? '')) return from;
  k++;
  if (ISSUED.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'out') k++;
  return tokens[k]?.lower === 'by' || tokens[k]?.lower === 'from' ? k + 1 : from;
}

/** Index where the main clause of the sentence starts, after a dateline and a preposed phrase ("In New Delhi, ..."). */
export function clauseStart(tokens: Token[]): number {
  const i = sentenceHead(tokens);
  const first = tokens[i];
  if (!first) return i;
  const phrase = DISCOURSE_MARKERS.match(tokens, i);
  if (PREPOSED_STARTERS.has(first.lower) || phrase) {
    for (let k = i; k < Math.min(tokens.length, i + 25); k++) {
      const t = tokens[k]!;
      if (t.mark || t.quoted) break;
      if (t.text === ',') return k + 1;
    }
  }
  return i;
}

/** Index of the sentence's first word after a bullet and a dateline ("MOSCOW, March 5 (Reuters) -"). */
function sentenceHead(tokens: Token[]): number {
  let i = 0;
  // a bullet that opens a line of a readout ("- The minister welcomed ...")
  while (i < tokens.length && i < 2 && BULLETS.has(tokens[i]!.text)) i++;
  const head = i;
  // dateline: "ISLAMABAD:" or "MOSCOW, March 5 (Reuters) -"
  for (let k = head; k < Math.min(tokens.length, head + 12); k++) {
    const t = tokens[k]!;
    if (t.text === ':' || t.text === '—' || t.text === '–' || (t.text === '-' && tokens[k + 1]?.cap)) {
      if (k > head && tokens[head]!.upper) i = k + 1;
      break;
    }
    if (t.kind === 'word' && !t.upper && !t.cap) break;
  }
  return i;
}

/** The subject of the main clause, for coordinated verbs ("Lavrov met X and told ...") and salience. */
export function clauseSubject(tokens: Token[], gaz: Gazetteer): { ref: SubjectRef; start: number; end: number } | null {
  const s = clauseStart(tokens);
  if (s >= tokens.length || tokens[s]!.quoted || tokens[s]!.mark) return null;
  const end = npEndRight(tokens, s);
  const ref = analyzeNounPhrase(tokens, s, end, gaz);
  if (ref && tokens[end]?.text === ',' && (ref.type === 'role' || ref.type === 'institution')) {
    // "The deputy speaker of the Duma, Olga Vetrova, went further": the name in apposition is the subject
    const close = tokens.findIndex((t, k) => k > end && k < end + 8 && t.text === ',');
    const named = close > end + 1 ? analyzeNounPhrase(tokens, end + 1, close, gaz) : null;
    if (named?.type === 'person') return { ref: merge(ref, named)!, start: s, end: close };
  }
  return ref ? { ref, start: s, end } : null;
}

function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  return (
    t.text === ',' ||
    t.text === ':' ||
    t.text === ';' ||
    t.mark === 2 ||
    t.text === '(' ||
    t.text === '—' ||
    t.text === '–' ||
    t.lower === 'and' ||
    t.lower === 'but'
  );
}

/**
 * "a spokesman in Islamabad said", "officials in Kabul welcomed": an unnamed role or group placed in a capital or
 * state speaks for it unless it is said to be someone else's ("a UN official in Geneva"); an institution placed there
 * keeps its own state. `ref` is the place phrase starting at `start`; returns the whole subject, or null.
 */
function placedSubject(
  tokens: Token[],
  start: number,
  ref: SubjectRef,
  gaz: Gazetteer,
): { ref: SubjectRef; start: number } | null {
  const prep = tokens[start - 1]?.lower;
  // (a body's name opens with its article: "in the Foreign Office")
  const named = tokens[start]!.lower === 'the' ? tokens[start + 1] : tokens[start];
  if ((prep !== 'in' && prep !== 'at') || start < 2 || !named?.cap) return null;
  const place = ref.type === 'state' ? ref.actor : null;
  const head = npStartLeft(tokens, start - 2);
  if (head > start - 2) return null;
  const who = analyzeNounPhrase(tokens, head, start - 1, gaz);
  // "sources in the Foreign Office", "officials at the defence ministry": unnamed people of a body speak as it does
  if (ref.type === 'institution' && who?.type === 'group') {
    const body = who.actor || ref.actor ? undefined : { name: ref.name, category: ref.category, generic: ref.generic };
    return { ref: { ...who, actor: who.actor ?? ref.actor, body }, start: head };
  }
  if (prep !== 'in') return null;
  // "a UN official in Geneva", "two Iraqi officials in Baghdad": whom they are said to be with wins over where they are
  if (who?.type === 'role') return { ref: { ...who, actor: who.actor ?? place }, start: head };
  if (who?.type === 'group' && (who.actor ?? place)) return { ref: { ...who, actor: who.actor ?? place }, start: head };
  if (!place) return null;
  // "the US embassy in New Delhi", "the ministry in Kabul": an embassy speaks for the state that sends it, not the host
  if (who?.type === 'institution') {
    const actor = who.actor ?? (who.category === 'embassy' ? null : place);
    return { ref: { ...who, actor }, start: head };
  }
  return null;
}

const SOURCE_DESCRIPTIONS = new Set(['familiar', 'briefed', 'close', 'involved', 'knowledgeable', 'aware']);

/**
 * "two people familiar with the talks said", "a diplomat briefed on the meeting said": the words ending at `end`, just
 * before the verb, are what the source knows; the source is the group or role before "familiar with", or null.
 */
function describedSource(tokens: Token[], end: number, gaz: Gazetteer): { ref: SubjectRef; start: number } | null {
  for (let k = end; k >= Math.max(2, end - 5); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quoted) return null;
    if (!['with', 'on', 'to', 'about', 'in'].includes(t.lower) || !SOURCE_DESCRIPTIONS.has(tokens[k - 1]!.lower))
      continue;
    const head = npStartLeft(tokens, k - 2);
    if (head > k - 2) return null;
    const ref = analyzeNounPhrase(tokens, head, k - 1, gaz);
    return ref && (ref.type === 'group' || ref.type === 'role') ? { ref, start: head } : null;
  }
  return null;
}

/** Subject of the verb at `v`, looking left, or to the right for inverted tags ("…,” said Lavrov). */
function subjectOf(
  tokens: Token[],
  v: number,
  gaz: Gazetteer,
  out: { aside?: [number, number] } = {},
): Omit<Attribution, 'cue' | 'verb' | 'tag'> | null {
  let j = v - 1;
  let negated = false;
  let appositive: SubjectRef | null = null;
  for (let guard = 0; j >= 0 && guard < 12; guard++) {
    const t = tokens[j]!;
    if (t.quoted || t.mark) break;
    // "China on Monday urged", "Lavrov last week said"
    if (TIME_WORDS.has(t.lower) && j > 0 && TIME_PREFIXES.has(tokens[j - 1]!.lower)) {
      j -= 2;
      continue;
    }
    if (SKIP_BEFORE_VERB.has(t.lower) && !(t.cap && isMonthInName(tokens, j))) {
      j--;
      continue;
    }
    if (isNegator(t)) {
      negated = true;
      j--;
      continue;
    }
    const ml = markerEndingAt(tokens, j);
    if (ml && !tokens[j - ml + 1]!.cap) {
      j -= ml;
      continue;
    }
    if (t.text === ',') {
      let p = j - 1;
      while (p >= 0 && j - p < 20 && tokens[p]!.text !== ',' && !tokens[p]!.mark && !tokens[p]!.quoted) p--;
      if (p >= 0 && tokens[p]!.text === ',') {
        const par = parenthetical(tokens, p + 1, j, gaz);
        if (par.skip) {
          if (par.describes) out.aside = [p + 1, j];
          appositive = merge(appositive, par.ref);
          j = p - 1;
          continue;
        }
      }
    }
    break;
  }
  const left = tokens[j];
  // inverted: "…,” said Qureshi" / "said Qureshi" at the sentence start
  if (!left || left.mark === 2 || (left.text === ',' && tokens[j - 1]?.mark === 2)) {
    const end = npEndRight(tokens, v + 1);
    let ref = analyzeNounPhrase(tokens, v + 1, end, gaz);
    if (ref && tokens[end]?.text === ',') {
      const close = tokens.findIndex((t, k) => k > end && (t.text === ',' || t.text === '.'));
      const par = parenthetical(tokens, end + 1, close < 0 ? tokens.length : close, gaz);
      if (par.ref) ref = merge(ref, par.ref);
    }
    if (ref) return { ref, negated, subordinate: false, subject: [v + 1, end] };
    if (!left) return null;
  }
  if (left && (left.lower === 'and' || left.lower === 'but')) {
    // "Lavrov met his Indian counterpart and told a news conference ..."
    const cs = clauseSubject(tokens, gaz);
    if (cs && cs.end <= j) return { ref: cs.ref, negated, subordinate: false, subject: [cs.start, cs.end] };
    return null;
  }
  if (!left) return null;
  // "objections from India, which has warned Colombo ...": the relative clause's verb is the position of the state or
  // body just before it (a subordinate attribution, below any of the main clause)
  if ((left.lower === 'which' || left.lower === 'who') && tokens[j - 1]?.text === ',' && j >= 2) {
    const head = npStartLeft(tokens, j - 2);
    const ref = head <= j - 2 ? analyzeNounPhrase(tokens, head, j - 1, gaz) : null;
    if (ref && (ref.type === 'state' || ref.type === 'person' || ref.type === 'institution'))
      return { ref, negated, subordinate: true, subject: [head, j - 1] };
    return null;
  }
  const described = describedSource(tokens, j, gaz);
  if (described) return { ref: described.ref, negated, subordinate: false, subject: [described.start, j + 1] };
  const start = LONE_SUBJECTS.has(left.lower) ? j : npStartLeft(tokens, j);
  // (a role whose complement ends in a common noun, "the envoy for women and girls, NAME,", has no NP at its end)
  if (start > j && appositive?.type !== 'person') return null;
  if (appositive?.type === 'person') {
    // "A spokesman for the education ministry, Aziz Mansoor, said": the whole role phrase, then the name
    const cs =
      sentenceHead(tokens) < start && clauseStart(tokens) >= start ? sentenceHead(tokens) : clauseStart(tokens);
    const whole = cs < start ? analyzeNounPhrase(tokens, cs, j + 1, gaz) : null;
    const merged = whole && (whole.type === 'role' || whole.type === 'institution') ? merge(whole, appositive) : null;
    if (merged) return { ref: merged, negated, subordinate: false, subject: [cs, j + 1] };
    if (start > j) return null;
  }
  let ref = analyzeNounPhrase(tokens, start, j + 1, gaz);
  if (!ref) return null;
  const placed = placedSubject(tokens, start, ref, gaz);
  if (placed) return { ref: placed.ref, negated, subordinate: false, subject: [placed.start, j + 1] };
  ref = merge(ref, appositive);
  if (!ref) return null;
  const before = tokens[start - 1];
  // (and "... when the Maldives asked", "... after China warned": an adverbial clause's subject, after the main clause;
  // a preposed one, "After Peru warned Chile, Bolivia closed ...", is left to the main clause)
  const adverbial = !!before && SUBORDINATORS.has(before.lower) && start - 1 > clauseStart(tokens);
  const subordinate =
    !!before && (before.lower === 'that' || before.lower === 'which' || before.lower === 'who' || adverbial);
  // "A director at the Russian state nuclear company said": the body is whom the role at the clause's start is with
  if (before && (AFFILIATION_PREPOSITIONS.has(before.lower) || before.lower === 'for')) {
    const s = clauseStart(tokens);
    const whole = s < start - 1 ? analyzeNounPhrase(tokens, s, j + 1, gaz) : null;
    if (whole?.type === 'role' || whole?.type === 'person')
      return { ref: merge(whole, appositive) ?? whole, negated, subordinate: false, subject: [s, j + 1] };
    // "..., officials from both sides said": an unnamed source and where it is from
    const head = start >= 2 ? npStartLeft(tokens, start - 2) : start;
    const source = head < start - 1 ? analyzeNounPhrase(tokens, head, j + 1, gaz) : null;
    if (source?.type === 'group' && ANONYMOUS_SOURCES.has(source.head ?? ''))
      return { ref: source, negated, subordinate: false, subject: [head, j + 1] };
  }
  if (before && !isBoundary(before) && !subordinate && !tokens[start - 1]!.quoted) {
    // the phrase is an object or a complement ("met his counterpart Jaishankar"), not a subject
    const s = clauseStart(tokens);
    // unless adjectives stand between the clause's determiner and the phrase ("A local rights group said")
    const d = s < start && start - s <= 3 && DETERMINERS.has(tokens[s]!.lower) ? s : -1;
    if (start !== s && !(d >= 0 && tokens.slice(d + 1, start).every((t) => t.kind === 'word' && !t.cap))) return null;
    if (d >= 0 && start !== s) return { ref, negated, subordinate, subject: [d, j + 1] };
  }
  return { ref, negated, subordinate, subject: [start, j + 1] };
}

function isTagPosition(tokens: Token[], v: number, subject: [number, number]): boolean {
  const before = tokens[subject[0] - 1];
  const after = tokens[v + 1];
  const tailEnds = !after || after.text === '.' || after.text === ',' || after.text === ';' || after.mark === 2;
  return (
    (!!before && (before.text === ',' || before.mark === 2)) ||
    (subject[0] > v && tailEnds) ||
    (tailEnds && subject[0] > 0)
  );
}

/** Index of the colon a quotation opens right after ("X put it bluntly: “...”"), or -1. */
export function quotationColon(tokens: Token[]): number {
  return tokens.findIndex((t, i) => t.text === ':' && tokens[i + 1]?.mark === 1);
}

/** "Mariam Sadat, of the group X, put it bluntly: “...”": a quotation opened after a colon is the clause subject's. */
function colonQuote(tokens: Token[], gaz: Gazetteer): Attribution | null {
  const colon = quotationColon(tokens);
  if (colon < 2) return null;
  const cs = clauseSubject(tokens, gaz);
  if (!cs || cs.end > colon || !(cs.ref.type === 'person' || cs.ref.type === 'role')) return null;
  let ref: SubjectRef = cs.ref;
  if (tokens[cs.end]?.text === ',') {
    // ", of the group X," / ", a lawyer for Y,": whom the speaker is with, as before a reporting verb
    const close = tokens.findIndex((t, k) => k > cs.end && k < colon && t.text === ',');
    if (close > cs.end + 1) ref = merge(ref, parenthetical(tokens, cs.end + 1, close, gaz).ref) ?? ref;
  }
  return {
    ref,
    cue: colon,
    verb: ':',
    negated: false,
    tag: false,
    subordinate: false,
    subject: [cs.start, cs.end],
  };
}

/**
 * Whether attribution `a`, about to join those `found` before it, is the one `findAttribution` picks whatever follows:
 * the first of a main clause, naming a person-like speaker. The verbs after it are then not read.
 */
function settles(found: Attribution[], a: Attribution): boolean {
  return !a.subordinate && isPersonLike(a.ref) && found.every((f) => f.subordinate);
}

/** How many words an object may take between a verb and the word that completes it ("made its position clear"). */
const OBJECT_REACH = 4;

/** Whether the verb at `v` is completed within a short object: "made it clear", "made the decision known to ...". */
function completedAfterObject(tokens: Token[], v: number): boolean {
  const words = COMPLETED_AFTER_OBJECT.get(tokens[v]!.lower);
  if (!words) return false;
  for (let k = v + 1; k < tokens.length && k <= v + OBJECT_REACH + 1; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quoted) return false;
    if (words.has(t.lower)) return k > v + 1;
  }
  return false;
}

/** The attribution of a sentence, or null for the reporter's own narration. */
export function findAttribution(tokens: Token[], gaz: Gazetteer): Attribution | null {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.mark || t.kind !== 'word') continue;
    const byTag = tokens[i - 1]?.lower === 'by' && t.lower === 'saying';
    if ((tokens[i - 1]?.text === ',' || byTag) && found.every((f) => f.subordinate) && PARTICIPLE_TAGS.has(t.lower)) {
      // "The State Department approved the sale, saying ..." / "She reacted by saying ...": the clause subject speaks
      const cs = clauseSubject(tokens, gaz);
      if (cs && cs.end < i && isPersonLike(cs.ref)) {
        // (the first found, of a main clause and person-like: it settles the sentence)
        return {
          ref: cs.ref,
          negated: false,
          subordinate: false,
          subject: [cs.start, cs.end],
          cue: i,
          verb: t.lower,
          tag: false,
        };
      }
      continue;
    }
    if (!(t.cls & (W_SOURCE | W_REPORTING | W_POSITION))) continue;
    const src = t.cls & W_SOURCE ? SOURCE_PREPOSITIONS.match(tokens, i) : null;
    if (src) {
      const from = issuerStart(tokens, i + src.length);
      const end = npEndRight(tokens, from);
      const ref = analyzeNounPhrase(tokens, from, end, gaz);
      if (ref) {
        const a: Attribution = {
          ref,
          cue: i,
          verb: 'according to',
          negated: false,
          tag: false,
          subordinate: false,
          subject: [from, end],
        };
        if (settles(found, a)) return a;
        found.push(a);
      }
      i += src.length - 1;
      continue;
    }
    if (!REPORTING_VERBS.has(t.lower) && !POSITION_VERBS.has(t.lower)) continue;
    if (PASSIVE_SPEECH.has(t.lower) && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) continue;
    const needs = NEEDS_NEXT.get(t.lower);
    if (needs && !needs.has(tokens[i + 1]?.lower ?? '') && !completedAfterObject(tokens, i)) continue;
    const described: { aside?: [number, number] } = {};
    const subj = subjectOf(tokens, i, gaz, described);
    if (!subj) continue;
    // a state or a named body acts ("Japan summoned", "the foreign ministry summoned"); a person must speak
    const body = subj.ref.type === 'state' || (subj.ref.type === 'institution' && !subj.ref.generic);
    if (!REPORTING_VERBS.has(t.lower) && !body && !SPEECH_ACTS.has(t.lower)) continue;
    const a: Attribution = {
      ref: subj.ref,
      negated: subj.negated,
      subordinate: subj.subordinate,
      subject: subj.subject,
      cue: i,
      verb: t.lower,
      tag: isTagPosition(tokens, i, subj.subject),
      ...(described.aside && { aside: described.aside }),
    };
    if (settles(found, a)) return a;
    found.push(a);
  }
  if (!found.length) return colonQuote(tokens, gaz);
  const main = found.filter((a) => !a.subordinate);
  const pool = main.length ? main : found;
  const first = pool[0]!;
  if (isPersonLike(first.ref)) return first;
  const tag = pool.find((a) => a.tag && isPersonLike(a.ref) && !a.negated);
  return tag ?? first;
}
