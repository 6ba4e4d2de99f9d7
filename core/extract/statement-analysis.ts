// Per-statement analysis shared by the later stages: tokens, quote layout, attribution and the resolved speaker.
import type { Kind } from '../domain';
import type { Attribution } from './attribution';
import type { Institution, Person } from './people';
import type { Token } from './tokenizer';

/** Who a statement is attributed to: a person, an institution, or a described role never named. */
export interface Speaker {
  person: Person | null;
  institution: Institution | null;
  /** A role never tied to a name ("a Chinese foreign ministry spokesperson"). */
  label: string | null;
  actor: string | null;
  /** An unnamed source ("officials said"): reported speech, but not one of the parties the story follows. */
  anonymous?: boolean;
  /** The body an unnamed source is placed in ("sources in the Foreign Office"): its actor, once known, is the source's. */
  body?: Institution;
}

export interface StatementAnalysis {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  attribution: Attribution | null;
  kind: Kind;
  speaker: Speaker | null;
  /** For narration: a state whose position the sentence reports ("Washington has warned ..."). */
  narrationActor: string | null;
  /** Token index of the verb carrying a narrated state position. */
  positionVerb: number;
  /** A journalist's question in a briefing transcript: it names targets but is nobody's position. */
  question?: boolean;
  /** Token range of the attribution's subject, left out of target search. */
  subject: [number, number] | null;
}

export function speakerName(s: Speaker | null): string | null {
  if (!s) return null;
  return s.person?.name ?? s.institution?.name ?? s.label;
}

export function speakerActor(s: Speaker | null): string | null {
  if (!s) return null;
  return s.person?.actor ?? s.institution?.actor ?? s.actor ?? s.body?.actor ?? null;
}
