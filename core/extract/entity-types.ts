// The entities the gazetteer knows and the mentions of them it leaves on tokens (types only, shared with the tokenizer).

export type EntityKind = 'state' | 'organisation' | 'group' | 'territory' | 'concept';
/** How a name refers to its entity: the name itself, a demonym (Russian), a capital (Moscow) or a metonym (the Kremlin). */
export type AliasKind = 'name' | 'demonym' | 'capital' | 'metonym';
export interface Entity {
  id: string;
  label: string;
  kind: EntityKind;
}

export interface EntityMention {
  entity: Entity;
  aliasKind: AliasKind;
  /** The analyst also lists this alias for the entity (a capital among a target's aliases names the target to them). */
  listed?: boolean;
  /** Token indices [start, end). */
  start: number;
  end: number;
}
