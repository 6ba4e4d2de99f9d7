// The shape of a stance cue found in a statement: its category, direction, reach and weight.
export type CueCategory = 'support' | 'coop' | 'peace' | 'critic' | 'hostile' | 'worry' | 'pressure' | 'neutral';
export type CueDirection = 'r' | 'l' | 'b';

export interface CueDef {
  cat: CueCategory;
  dir: CueDirection;
  window: number;
  w: number;
}

export interface CueHit extends CueDef {
  /** Token indices [start, end). */
  start: number;
  end: number;
  negated: boolean;
  /** A predicate built from the statement's structure ("lift the ban on", "urged ... not to"): it governs its object. */
  predicate?: boolean;
  /** A predicate acting on a restriction noun ("lift the ban"): a target that is the restriction itself takes it. */
  restriction?: 'lift' | 'impose';
  /** A claim noun a denial makes false ("the US report was baseless"): it scores its owner even inside a question. */
  owner?: boolean;
}
