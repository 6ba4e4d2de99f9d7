// The gazetteer: UN member states, organisations, disputed territories and the analyst's targets, matched over tokens.
import { W_GAZ } from './word-class-bits';
import STATES from './data/gazetteer-states.json';
import ORGS from './data/gazetteer-organisations.json';
import TERRITORIES from './data/gazetteer-territories.json';
import { KnownPeople, ROSTER, type KnownPerson } from './known-people';
import { PhraseTrie } from './phrase-trie';
import { phraseTokens, tokenize, type Token } from './tokenizer';
import type { ActorDef, TargetDef } from './types';
import type { AliasKind, Entity, EntityKind, EntityMention } from './entity-types';

export type { AliasKind, Entity, EntityKind, EntityMention } from './entity-types';

type CaseRule = 'upper' | 'cap' | 'any';

interface AliasValue {
  entity: Entity | null; // null: a phrase that must not match (Latin America, Indian Ocean)
  aliasKind: AliasKind;
  rule: CaseRule;
  priority: number; // analyst entries win over the gazetteer on the same phrase
}

function caseRule(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  if (letters && letters[0] === letters[0]!.toUpperCase()) return 'cap';
  return 'any';
}

function addAlias(trie: PhraseTrie<AliasValue>, alias: string, value: Omit<AliasValue, 'rule'>): void {
  trie.add(phraseTokens(alias), { ...value, rule: caseRule(alias) });
}

function acceptCase(tokens: Token[], i: number, length: number, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  const first = tokens[i]!;
  if (rule === 'cap') return first.cap || first.kind !== 'word';
  for (let j = i; j < i + length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

function buildBase(): { trie: PhraseTrie<AliasValue>; entities: Map<string, Entity> } {
  const trie = new PhraseTrie<AliasValue>();
  const entities = new Map<string, Entity>();
  for (const s of STATES.states) {
    const entity: Entity = { id: s.id, label: s.name, kind: 'state' };
    entities.set(s.id, entity);
    for (const a of [s.name, ...s.aliases]) addAlias(trie, a, { entity, aliasKind: 'name', priority: 0 });
    for (const a of s.demonyms) addAlias(trie, a, { entity, aliasKind: 'demonym', priority: 0 });
    for (const a of s.capitals) addAlias(trie, a, { entity, aliasKind: 'capital', priority: 0 });
    for (const a of s.metonyms) addAlias(trie, a, { entity, aliasKind: 'metonym', priority: 0 });
  }
  for (const p of STATES.notMatched) addAlias(trie, p, { entity: null, aliasKind: 'name', priority: 1 });
  for (const o of ORGS.organisations) {
    const entity: Entity = { id: o.id, label: o.name, kind: o.kind === 'group' ? 'group' : 'organisation' };
    entities.set(o.id, entity);
    for (const a of [o.name, ...o.aliases]) addAlias(trie, a, { entity, aliasKind: 'name', priority: 0 });
  }
  for (const t of TERRITORIES.territories) {
    const entity: Entity = { id: t.id, label: t.name, kind: 'territory' };
    entities.set(t.id, entity);
    for (const a of [t.name, ...t.aliases]) addAlias(trie, a, { entity, aliasKind: 'name', priority: 0 });
  }
  return { trie, entities };
}

const BASE = buildBase();

/** First words of all gazetteer names, for the per-token word classes. */
export const GAZETTEER_FIRST_KEYS = [...BASE.trie.firstKeys()];

/** The kind of the entity a whole phrase names in the gazetteer ("New Zealand": a state), or null. */
function baseKind(phrase: string): EntityKind | null {
  const tokens = tokenize(phrase, 0, phrase.length);
  const m = tokens.length ? BASE.trie.match(tokens, 0) : null;
  if (!m || m.length !== tokens.length) return null;
  return m.values.find((v) => v.entity && acceptCase(tokens, 0, m.length, v.rule))?.entity?.kind ?? null;
}

/** Gazetteer entries by id (states, organisations, territories). */
export function baseEntity(id: string): Entity | undefined {
  return BASE.entities.get(id);
}

/** The gazetteer for one extraction: the base one plus the analyst's targets and extra actors. */
export class Gazetteer {
  private readonly overlay = new PhraseTrie<AliasValue>();
  private readonly extra = new Map<string, Entity>();
  private readonly hasOverlay: boolean;
  /** ASCII first chars and lengths (bit per length, 31 and over sharing one) of the analyst's first words. */
  private readonly overlayHeads = new Uint8Array(128);
  private overlayLengths = 0;

  /** People whose state is known before reading: the roster, the actors' people, the analyst's registry (last wins). */
  readonly people: KnownPeople;

  constructor(targets: TargetDef[] = [], actors: ActorDef[] = [], people: KnownPerson[] = []) {
    const actorsPeople = actors.flatMap((a) => (a.people ?? []).map((name) => ({ name, actor: a.id })));
    this.people = new KnownPeople(ROSTER, actorsPeople, people);
    for (const def of [...actors, ...targets]) {
      const known = BASE.entities.get(def.id);
      const entity: Entity = known ?? {
        id: def.id,
        label: def.label,
        kind: actors.includes(def as ActorDef)
          ? 'state'
          : ([def.label, ...def.aliases].map(baseKind).find((k) => k) ?? 'concept'),
      };
      if (!known) this.extra.set(def.id, entity);
      for (const a of [def.label, ...def.aliases]) {
        if (a.trim()) addAlias(this.overlay, a, { entity, aliasKind: 'name', priority: 2 });
      }
    }
    this.hasOverlay = targets.length + actors.length > 0;
    for (const key of this.overlay.firstKeys()) {
      const c = key.charCodeAt(0);
      if (c < 128) this.overlayHeads[c] = 1;
      this.overlayLengths |= 1 << Math.min(key.length, 31);
    }
  }

  /** Whether an analyst's name may start with this word: first char and length rule most words out before the lookup. */
  private overlayMayStart(key: string): boolean {
    const c = key.charCodeAt(0);
    if (c < 128 && !this.overlayHeads[c]) return false;
    return (this.overlayLengths & (1 << Math.min(key.length, 31))) !== 0 && this.overlay.has(key);
  }

  entity(id: string): Entity | undefined {
    return this.extra.get(id) ?? BASE.entities.get(id);
  }

  private best(trie: PhraseTrie<AliasValue>, tokens: Token[], i: number): { value: AliasValue; length: number } | null {
    const m = trie.match(tokens, i);
    if (!m) return null;
    // the longest match may fail its case rule ("us" is not "US"): fall back to shorter ones by rechecking
    let value: AliasValue | null = null;
    for (const v of m.values) {
      if (!acceptCase(tokens, i, m.length, v.rule)) continue;
      if (!value || v.priority > value.priority) value = v;
    }
    if (value) return { value, length: m.length };
    for (let len = m.length - 1; len >= 1; len--) {
      const sub = trie.match(tokens.slice(i, i + len), 0);
      if (!sub || sub.length !== len) continue;
      for (const v of sub.values)
        if (acceptCase(tokens, i, len, v.rule) && (!value || v.priority > value.priority)) value = v;
      if (value) return { value, length: len };
    }
    return null;
  }

  /** The entity named at tokens[i], by the longest alias there. */
  matchAt(tokens: Token[], i: number): { value: AliasValue; length: number; listed?: boolean } | null {
    const key = tokens[i]!.lower;
    const a = tokens[i]!.cls & W_GAZ ? this.best(BASE.trie, tokens, i) : null;
    const b = this.hasOverlay && this.overlayMayStart(key) ? this.best(this.overlay, tokens, i) : null;
    if (!a) return b;
    if (!b) return a;
    // an analyst's alias that Parley already knows for the same entity keeps its kind ("New Delhi" stays a capital)
    if (b.length === a.length && b.value.entity === a.value.entity) return { ...a, listed: true };
    return b.length >= a.length ? b : a;
  }

  /** Finds every entity mention once per sentence and records it on the tokens; returns the mentions. */
  annotate(tokens: Token[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = 0; i < tokens.length;) {
      const t = tokens[i]!;
      if (t.kind !== 'word') {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i);
      if (!m) {
        i++;
        continue;
      }
      for (let k = i; k < i + m.length; k++) tokens[k]!.inEnt = true;
      if (m.value.entity) {
        const mention: EntityMention = {
          entity: m.value.entity,
          aliasKind: m.value.aliasKind,
          start: i,
          end: i + m.length,
        };
        if (m.listed) mention.listed = true;
        t.ent = mention;
        out.push(mention);
      }
      i += m.length;
    }
    return out;
  }
}

/** Entity mentions in tokens[from, to) from the annotations `Gazetteer.annotate` left on the tokens. */
export function mentionsIn(tokens: Token[], from = 0, to = tokens.length): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = from; i < to; i++) {
    const m = tokens[i]!.ent;
    if (m && m.end <= to) out.push(m);
  }
  return out;
}

/** A gazetteer entry with its names (name and other names, not demonyms or capitals), for pickers outside the engine. */
export interface KnownEntity extends Entity {
  aliases: string[];
}

/** Every state, organisation and territory the gazetteer knows, with its other names. Reads the data; no rules. */
export function knownEntities(): KnownEntity[] {
  const out: KnownEntity[] = [];
  for (const s of STATES.states) out.push({ id: s.id, label: s.name, kind: 'state', aliases: [...s.aliases] });
  for (const o of ORGS.organisations) {
    out.push({ id: o.id, label: o.name, kind: o.kind === 'group' ? 'group' : 'organisation', aliases: [...o.aliases] });
  }
  for (const t of TERRITORIES.territories)
    out.push({ id: t.id, label: t.name, kind: 'territory', aliases: [...t.aliases] });
  return out;
}
