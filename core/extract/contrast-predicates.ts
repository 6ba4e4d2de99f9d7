// "supported closer ties with X but not a pact written by Y": the verb before "but not" carries over, negated, to Y.
import type { CueHit } from './cue-types';
import type { Token } from './tokenizer';

/** The categories a contrast carries over: a position taken, not a mood ("worried ... but not"). */
const CARRIED = new Set(['support', 'critic', 'pressure']);
/** Words after "but not" within which the contrasted target must come: "but not “a pact written by Y”". */
const REACH = 6;

/** The latest position cue of the clause before a "but" at `at` that points right, or undefined. */
function governing(tokens: Token[], hits: CueHit[], at: number): CueHit | undefined {
  let best: CueHit | undefined;
  for (const h of hits) {
    if (h.end > at || !CARRIED.has(h.cat) || h.dir === 'l') continue;
    let sentence = true;
    for (let k = h.end; k < at && sentence; k++) sentence = !/^[.;?!]$/.test(tokens[k]!.text);
    if (sentence && (!best || h.start > best.start)) best = h;
  }
  return best;
}

/** Adds, for each "but not", the negated copy of the position it contrasts with; returns `hits` itself when none. */
export function contrastCues(tokens: Token[], hits: CueHit[]): CueHit[] {
  let out = hits;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'but' || tokens[i + 1]!.lower !== 'not') continue;
    const cue = governing(tokens, hits, i);
    if (!cue) continue;
    if (out === hits) out = [...hits];
    out.push({ ...cue, dir: 'r', window: REACH, start: i + 1, end: i + 2, negated: !cue.negated, predicate: true });
  }
  return out === hits ? hits : out.sort((a, b) => a.start - b.start);
}
