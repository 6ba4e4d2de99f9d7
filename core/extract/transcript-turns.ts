// Press-briefing transcripts: a paragraph opened by "Name:" or "Question (Outlet):" is one speaker's turn.
import type { Gazetteer } from './gazetteer';
import { analyzeNounPhrase, type SubjectRef } from './noun-phrase';
import type { Token } from './tokenizer';

const QUESTION_LABELS = new Set(['q', 'question', 'questioner', 'journalist', 'reporter', 'correspondent']);
const MAX_LABEL = 8;

export interface Turn {
  /** Tokens [0, colon) of the paragraph's first sentence name the turn's speaker. */
  colon: number;
  /** A journalist's question: not a position of the ministry, nor of anyone the article follows. */
  question: boolean;
  /** Who speaks, when the label names a person or a role ("Spokesperson Lan", "The spokesperson"). */
  ref: SubjectRef | null;
}

/** The turn label that opens a paragraph's first sentence, or null when it is ordinary prose or a dateline. */
export function transcriptTurn(tokens: Token[], gaz: Gazetteer): Turn | null {
  const colon = tokens.findIndex((t, i) => i <= MAX_LABEL && t.text === ':');
  if (colon < 1 || colon + 1 >= tokens.length || tokens[colon + 1]!.kind === 'number') return null;
  const label = tokens.slice(0, colon);
  if (label.some((t) => t.quoted || t.mark || t.kind === 'number')) return null;
  const first = label[0]!;
  if (QUESTION_LABELS.has(first.lower.replace(/\.$/, ''))) return { colon, question: true, ref: null };
  // a dateline ("ISLAMABAD:", "SANTIAGO:", "NAIROBI, May 3 -") names a place in capitals, not a speaker
  if (label.every((t) => t.inEnt || t.kind === 'punct' || t.upper)) return null;
  // every word of a label is capitalised, a particle or in parentheses: "Spokesperson Nguyen Thi Lan", "Ms. Lan"
  let open = false;
  for (const t of label) {
    if (t.text === '(') open = true;
    else if (t.text === ')') open = false;
    else if (!open && t.kind === 'word' && !t.cap && !['al', 'bin', 'de', 'van', 'von', 'the'].includes(t.lower))
      return null;
  }
  const paren = label.findIndex((t) => t.text === '(');
  const end = paren > 0 ? paren : colon;
  const ref = analyzeNounPhrase(tokens, 0, end, gaz);
  if (!ref || !(ref.type === 'person' || ref.type === 'role')) return null;
  return { colon, question: false, ref };
}
