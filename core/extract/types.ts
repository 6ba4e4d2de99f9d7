// Types of the extraction engine's input options and output statements.
import type { Claim, ClaimType, Kind, StanceLabel } from '../domain';
import type { KnownPerson } from './known-people';

/** A target the analyst follows (or a gazetteer entry), with the names that refer to it. */
export interface TargetDef {
  id: string;
  label: string;
  aliases: string[];
}

/** An actor (state or organisation) with the names and people that speak for it. */
export interface ActorDef {
  id: string;
  label: string;
  aliases: string[];
  people?: string[];
}

export interface ExtractOptions {
  /** The analyst's targets; merged with the gazetteer's. */
  targets?: TargetDef[];
  /** Extra actors beyond the gazetteer's. */
  actors?: ActorDef[];
  /** People the analyst's library knows the actor of (beyond Parley's roster of officials). */
  people?: KnownPerson[];
}

export interface ExtractedStance {
  target: string;
  label: StanceLabel;
  confidence: number;
  /** The words behind the label, the governing one first ("condemned", then "attack"). */
  cues: string[];
}

export interface ExtractedStatement {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  speaker: string | null;
  actor: string | null;
  stances: ExtractedStance[];
  claimType: ClaimType | null;
  claims: Claim[];
}

export interface Extraction {
  statements: ExtractedStatement[];
}
