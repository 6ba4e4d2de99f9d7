// A position named, then ruled out or made conditional: "recognition of X is not on the table", "engagement with X
// depends on their conduct".
import type { CueHit } from './cue-types';
import { phraseTokens, type Token } from './tokenizer';

/** What rules out the position a subject names, after a copula: "is not on the table", "remains out of the question". */
const RULED_OUT = [
  'not on the table',
  'off the table',
  'out of the question',
  'not an option',
  'no longer an option',
].map(phraseTokens);
/** What makes the position conditional on the party's conduct: "engagement with X depends on", "is tied to". */
const CONDITIONED = [
  'depends on',
  'depend on',
  'depended on',
  'conditional on',
  'conditioned on',
  'contingent on',
  'hinges on',
  'tied to',
].map(phraseTokens);
/** Words from the position's cue to what conditions it: "engagement with the de facto authorities should be ... tied to". */
const CONDITION_REACH = 12;
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'be']);
/** The categories a ruling-out turns: what the subject would grant or build. */
const GRANTS = new Set(['support', 'coop', 'peace']);
/** Words from the position's cue to the copula: "recognition of the Taliban government is". */
const REACH = 8;

/** Whether a ruling-out phrase starts at tokens[k]. */
function rulesOut(tokens: Token[], k: number): boolean {
  return RULED_OUT.some((p) => p.every((w, j) => tokens[k + j]?.lower === w));
}

/** Whether a conditioning phrase follows `from` within reach, in the same clause (quotes and "and" may stand between). */
function conditioned(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + CONDITION_REACH); k++) {
    if (CONDITIONED.some((p) => p.every((w, j) => tokens[k + j]?.lower === w))) return true;
    if (tokens[k]!.kind === 'punct' && !/^["“”'-]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** The copula right before a ruling-out phrase within reach after `from` (quotes may stand between), or -1. */
function rulingOut(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + REACH); k++) {
    const t = tokens[k]!;
    if (COPULAS.has(t.lower)) {
      const next = /^["“”']$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
      return rulesOut(tokens, next) ? k : -1;
    }
    if (t.kind === 'punct' && !/^["“”'-]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Negates each granting cue whose phrase is then ruled out or conditioned; returns `hits` itself when there is none. */
export function dismissalCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!GRANTS.has(hit.cat) || (rulingOut(tokens, hit.end) < 0 && !conditioned(tokens, hit.end))) continue;
    if (out === hits) out = [...hits];
    out[h] = { ...hit, negated: !hit.negated, predicate: true };
  }
  return out;
}
