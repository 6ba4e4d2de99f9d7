// Briefing and interview transcripts: a paragraph opened by "Name:", "Question (Outlet):", "Q:"/"A:" or "Q."/"A -" is one turn.
import type { Gazetteer } from './gazetteer';
import { analyzeNounPhrase, type SubjectRef } from './noun-phrase';
import type { Token } from './tokenizer';
import { HONORIFICS, ROLE_WORDS } from './lexicon';
import OUTLETS from './data/news-outlets.json';

const QUESTION_LABELS = new Set(['q', 'question', 'questioner', 'journalist', 'reporter', 'correspondent']);
/** An interview's answer label: the interviewee speaks ("A: Yes, and the offer stands."). */
const ANSWER_LABELS = new Set(['a', 'answer']);
const MAX_LABEL = 8;
const outletKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const OUTLET_KEYS = new Set(OUTLETS.outlets.map(outletKey));
/** The key of the label spelt by tokens [from, to), as outlets are keyed: "Geo News" and "GEO NEWS" alike. */
const labelKey = (tokens: Token[], from: number, to: number): string =>
  outletKey(
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(''),
  );
const NO_INTERVIEWERS: ReadonlySet<string> = new Set();
/** An outlet's home state, for the domestic press ("Dawn" → pakistan); wires and world broadcasters have none. */
const OUTLET_HOMES = new Map(
  Object.entries(OUTLETS.homes).flatMap(([state, names]) => names.map((n) => [outletKey(n), state] as const)),
);

/** Words that introduce whom an interview was given to: "spoke to the Andes Review", "in an interview with X". */
const INTERVIEW_CUES = new Map([
  ['spoke', 'to'],
  ['speaking', 'to'],
  ['talked', 'to'],
  ['talking', 'to'],
  ['interview', 'with'],
  ['interviewed', 'by'],
  ['told', ''],
]);

/**
 * The outlets an introduction names as the interviewer ("Rosa Vidal spoke to the Andes Review"), as label keys: a
 * later turn labelled with one is a question, even from an outlet no list holds.
 */
export function interviewersNamed(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = INTERVIEW_CUES.get(tokens[i]!.lower);
    if (prep === undefined) continue;
    let k = i + 1;
    if (prep) {
      if (tokens[k]?.lower !== prep) continue;
      k++;
    }
    if (tokens[k]?.lower === 'the') k++;
    const from = k;
    while (k < tokens.length && k - from < 5 && tokens[k]!.kind === 'word' && tokens[k]!.cap && !tokens[k]!.inEnt) k++;
    if (k > from) out.push(labelKey(tokens, from, k));
  }
  return out;
}

/** The home state of the outlet spelt by tokens [from, to), or null. */
function outletHome(tokens: Token[], from: number, to: number): string | null {
  return to > from ? (OUTLET_HOMES.get(labelKey(tokens, from, to)) ?? null) : null;
}

/** Whether tokens [from, to) spell a news outlet ("AFP", "China Daily", "Agence France-Presse"). */
function isOutlet(tokens: Token[], from: number, to: number): boolean {
  return to > from && OUTLET_KEYS.has(labelKey(tokens, from, to));
}

/**
 * Whether tokens [from, to), in parentheses after a name, are a proper name that is neither a title nor a known state
 * or body: in a briefing transcript that is the asker's outlet ("Shahid Hussain (Geo News):"), one a list cannot hold.
 */
function unknownBody(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || tokens[to]?.text !== ')') return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || t.inEnt || ROLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
  }
  return true;
}

export interface Turn {
  /** Tokens [0, colon) of the paragraph's first sentence name the turn's speaker. */
  colon: number;
  /** A journalist's question: not a position of the ministry, nor of anyone the article follows. */
  question: boolean;
  /** Who speaks, when the label names a person or a role ("Spokesperson Lan", "The spokesperson"). */
  ref: SubjectRef | null;
  /** An interview's answer ("A:"): the person interviewed speaks, named in the introduction rather than the label. */
  answer?: boolean;
  /** A question from the domestic press of this state ("Geo News:" → pakistan). */
  askerHome?: string | null;
}

const LABEL_DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * An interview's question or answer labelled without a colon: "Q. Why now?", "Q - Why now?", "A – Because ...".
 * A lone "A." is also a name's initial ("A. Rahman said"), so it is an answer only once a question label was read,
 * and "Q." only before a question, a statement put to "you", or once turns were read.
 */
function lettered(tokens: Token[], afterTurn: boolean): Turn | null {
  const first = tokens[0]!;
  const dashed = LABEL_DASHES.has(tokens[1]?.text ?? '') && tokens.length > 2;
  const word = first.lower.replace(/\.$/, '');
  const dotted = first.lower !== word && word.length === 1;
  if (!dashed && !dotted) return null;
  const colon = dashed ? 1 : 0;
  // (a dotted label is one letter, so "Question." never reaches here)
  if (word === 'q' || word === 'question') {
    // a question, or a statement put to the interviewee ("Q. Santiago says you broke the treaty.")
    const asks = tokens[tokens.length - 1]?.text === '?' || tokens.some((t) => t.lower === 'you' || t.lower === 'your');
    return dashed || asks || afterTurn ? { colon, question: true, ref: null } : null;
  }
  if (ANSWER_LABELS.has(word)) return afterTurn ? { colon, question: false, ref: null, answer: true } : null;
  return null;
}

/**
 * The turn label that opens a paragraph's first sentence, or null when it is ordinary prose or a dateline.
 * `afterTurn`: an earlier paragraph of the article was a turn; `interviewers`: outlets the article names as interviewer.
 */
export function transcriptTurn(
  tokens: Token[],
  gaz: Gazetteer,
  afterTurn = false,
  interviewers: ReadonlySet<string> = NO_INTERVIEWERS,
): Turn | null {
  if (!tokens.length) return null;
  const labelled = lettered(tokens, afterTurn);
  if (labelled) return labelled;
  const colon = tokens.findIndex((t, i) => i <= MAX_LABEL && t.text === ':');
  if (colon < 1 || colon + 1 >= tokens.length || tokens[colon + 1]!.kind === 'number') return null;
  const label = tokens.slice(0, colon);
  if (label.some((t) => t.quoted || t.mark || t.kind === 'number')) return null;
  const first = label[0]!;
  if (QUESTION_LABELS.has(first.lower.replace(/\.$/, ''))) return { colon, question: true, ref: null };
  if (colon === 1 && ANSWER_LABELS.has(first.lower)) return { colon, question: false, ref: null, answer: true };
  const paren = label.findIndex((t) => t.text === '(');
  const end = paren > 0 ? paren : colon;
  // a journalist labelled by outlet ("AFP:", "Reuters:", "Li Wei (Bloomberg):") asks; they take no position
  const outletLabel =
    isOutlet(tokens, 0, colon) ||
    interviewers.has(labelKey(tokens, 0, colon)) ||
    (paren > 0 && (isOutlet(tokens, paren + 1, colon - 1) || unknownBody(tokens, paren + 1, colon - 1)));
  if (outletLabel) {
    const asker = paren > 0 ? analyzeNounPhrase(tokens, 0, paren, gaz) : null;
    const askerHome = outletHome(tokens, 0, colon) ?? (paren > 0 ? outletHome(tokens, paren + 1, colon - 1) : null);
    return { colon, question: true, ref: asker?.type === 'person' ? asker : null, askerHome };
  }
  // a dateline ("ISLAMABAD:", "SANTIAGO:", "NAIROBI, May 3 -") names a place in capitals, not a speaker;
  // a label in capitals opened by a title ("MR. HALLORAN:", "SPOKESPERSON:") is a transcript turn, and so is a
  // surname in capitals once turns were read ("MOKOENA:"): a dateline opens the article, before any turn
  const titled = HONORIFICS.has(first.lower) || ROLE_WORDS.has(first.lower.replace(/\.$/, ''));
  const place = label.every((t) => t.inEnt || t.kind === 'punct');
  if (!titled && (place || !afterTurn) && label.every((t) => t.inEnt || t.kind === 'punct' || t.upper)) return null;
  // every word of a label is capitalised, a particle or in parentheses: "Spokesperson Nguyen Thi Lan", "Ms. Lan"
  let open = false;
  for (const t of label) {
    if (t.text === '(') open = true;
    else if (t.text === ')') open = false;
    else if (!open && t.kind === 'word' && !t.cap && !['al', 'bin', 'de', 'van', 'von', 'the'].includes(t.lower))
      return null;
  }
  const ref = analyzeNounPhrase(tokens, 0, end, gaz);
  if (!ref || !(ref.type === 'person' || ref.type === 'role')) return null;
  return { colon, question: false, ref };
}
