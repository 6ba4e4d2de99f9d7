// The Admiralty (NATO) source grading in words: reliability of the source A–F, credibility of the information 1–6.
import type { Credibility, Reliability } from './model';

export const RELIABILITY_WORDS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_WORDS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** "B2", or "B–" / "–2" when only one half is set, or null when the article is ungraded. */
export function gradeCode(reliability: Reliability | null, credibility: Credibility | null): string | null {
  if (reliability === null && credibility === null) return null;
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** "Usually reliable; probably true" for the sources list. */
export function gradeWords(reliability: Reliability | null, credibility: Credibility | null): string | null {
  const parts = [
    reliability === null ? null : RELIABILITY_WORDS[reliability],
    credibility === null ? null : CREDIBILITY_WORDS[credibility].toLowerCase(),
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('; ') : null;
}
