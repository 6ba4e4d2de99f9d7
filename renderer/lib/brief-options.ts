// The brief's fixed vocabularies for the composer's pickers; Records, so a word missing from core's lists fails the build.
import type { Confidence, Credibility, Likelihood, Reliability, StanceLayout } from '../../core/brief/model';

export const LIKELIHOOD_OPTIONS: Record<Likelihood, string> = {
  'almost no chance': 'Almost no chance (1–5%)',
  'very unlikely': 'Very unlikely (5–20%)',
  unlikely: 'Unlikely (20–45%)',
  'roughly even chance': 'Roughly even chance (45–55%)',
  likely: 'Likely (55–80%)',
  'very likely': 'Very likely (80–95%)',
  'almost certain': 'Almost certain (95–99%)',
};

export const CONFIDENCE_OPTIONS: Record<Confidence, string> = {
  low: 'Low confidence',
  moderate: 'Moderate confidence',
  high: 'High confidence',
};

export const RELIABILITY_OPTIONS: Record<Reliability, string> = {
  A: 'A — Completely reliable',
  B: 'B — Usually reliable',
  C: 'C — Fairly reliable',
  D: 'D — Not usually reliable',
  E: 'E — Unreliable',
  F: 'F — Cannot be judged',
};

export const CREDIBILITY_OPTIONS: Record<Credibility, string> = {
  1: '1 — Confirmed',
  2: '2 — Probably true',
  3: '3 — Possibly true',
  4: '4 — Doubtful',
  5: '5 — Improbable',
  6: '6 — Cannot be judged',
};

export const LAYOUT_OPTIONS: Record<StanceLayout, string> = {
  matrix: 'Matrix',
  'side-by-side': 'Side by side',
};

export const keysOf = <K extends string | number>(record: Record<K, string>): K[] =>
  Object.keys(record).map((k) => (/^\d+$/.test(k) ? Number(k) : k) as K);

/** A picker's options in the record's order: each key with its label. */
export const choicesOf = <K extends string | number>(record: Record<K, string>): { value: K; label: string }[] =>
  keysOf(record).map((value) => ({ value, label: record[value] }));
