// The kind of claim a statement makes (agreement, commitment, position, event, fact), read from its classified tokens.
import type { Claim, ClaimType, Kind } from '../domain';
import CP from './data/claim-patterns.json';
import { PhraseTrie } from './phrase-trie';
import { phraseTokens, type Token } from './tokenizer';
import { W_CT_AGREEMENT, W_CT_COMMITMENT, W_CT_EVENT, W_CT_POSITION } from './word-class-bits';

/** One cue list: its phrases (single words included) and the word-class bit its first words carry. */
interface CueList {
  trie: PhraseTrie<true>;
  bit: number;
}

function cueList(phrases: string[], bit: number): CueList {
  const trie = new PhraseTrie<true>();
  for (const p of phrases) trie.add(phraseTokens(p), true);
  return { trie, bit };
}

const AGREEMENT = cueList(CP.agreementCues, W_CT_AGREEMENT);
const COMMITMENT = cueList(CP.commitmentCues, W_CT_COMMITMENT);
const POSITION = cueList(CP.positionCues, W_CT_POSITION);
const EVENT = cueList(CP.eventVerbs, W_CT_EVENT);

/** First words of each list, for the per-token word classes (word-classes.ts). */
export const CLAIM_TYPE_FIRST_KEYS: [Iterable<string>, number][] = [AGREEMENT, COMMITMENT, POSITION, EVENT].map((l) => [
  [...l.trie.firstKeys()],
  l.bit,
]);

/** Whether a cue of the list occurs in the tokens: a bit test per token, a trie walk only where a cue can start. */
function has(tokens: Token[], list: CueList, union: number): boolean {
  if (!(union & list.bit)) return false;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.cls & list.bit && list.trie.match(tokens, i)) return true;
  return false;
}

/** The kind of claim a statement makes, from its wording, its facts and whether someone is speaking. */
export function claimTypeOf(tokens: Token[], kind: Kind, attributed: boolean, claims: Claim[]): ClaimType {
  let union = 0;
  for (let i = 0; i < tokens.length; i++) union |= tokens[i]!.cls;
  if (has(tokens, AGREEMENT, union)) return 'agreement';
  if (attributed && has(tokens, COMMITMENT, union)) return 'commitment';
  if (attributed && has(tokens, POSITION, union)) return 'position';
  for (const c of claims) {
    if (c.type === 'money' || c.type === 'percent' || c.type === 'quantity' || c.type === 'count') {
      return 'factual_claim';
    }
  }
  if (kind !== 'narration' || attributed) return 'position';
  if (has(tokens, EVENT, union)) return 'event_report';
  return 'factual_claim';
}
