// Edits of a statement's cue list by token span, for the predicates that replace the cues under their own words.
import type { CueHit } from './cue-types';

/**
 * The cues that do not overlap tokens [start, end): what a predicate over those tokens leaves. A plain function, so a
 * predicate's scan over the tokens keeps its index out of any closure (which would cost a context per token).
 */
export function cuesOutside(hits: CueHit[], start: number, end: number): CueHit[] {
  return hits.filter((h) => h.end <= start || h.start >= end);
}
