// Places a statement names as where something happens or is, not as what it is about: venues, datelines, bodies' names.
import type { EntityMention } from './gazetteer';
import { ORGANISATION_NAME_HEADS, STATE_BODIES } from './lexicon';
import type { Token } from './tokenizer';
import VENUES from './data/venue-words.json';

const VENUE_EVENTS = new Set(VENUES.events);
const TRAVEL = new Set(VENUES.travel);
const RESIDENCE = new Set(VENUES.residence);
const SPATIAL = new Set(VENUES.spatial);
const SPATIAL_PAIRS = new Set(VENUES.spatialPairs);
const DIRECTIONS = new Set(VENUES.directions);
const FEATURES = new Set(VENUES.features);

/** A place named only as where something happens ("talks in Geneva", "a visit to Hanoi", "at the summit in Abuja"). */
export function isVenue(tokens: Token[], m: EntityMention): boolean {
  const before = tokens[m.start - 1]?.lower;
  if (m.aliasKind === 'demonym' || m.entity.kind === 'organisation' || m.entity.kind === 'group') return false;
  // "a Lima-based group", "a Kabul-born analyst": where someone is from
  if (tokens[m.end]?.text === '-' && RESIDENCE.has(tokens[m.end + 1]?.lower ?? '')) return true;
  // "the Dakar Centre for Sahel Studies", "the Islamabad Policy Research Forum": the first word of a body's name
  if (opensBodyName(tokens, m.end)) return true;
  // "Lake Chad", "the Gulf of Oman": a landform or water named after the place
  if (isFeature(tokens[m.start - 1]) || (before === 'of' && isFeature(tokens[m.start - 2]))) return true;
  // "villages close to Mogadishu", "camps near Goma", "in northern Mali": where something is
  if (SPATIAL.has(before ?? '') || SPATIAL_PAIRS.has(`${tokens[m.start - 2]?.lower} ${before}`)) return true;
  if (DIRECTIONS.has(before ?? '') && /^(in|across)$/.test(tokens[m.start - 2]?.lower ?? '')) return true;
  if (before === 'in' || before === 'at') {
    // "the authorities in Dhaka", "the government in Kabul": the state that rules from there, not a venue
    if (STATE_BODIES.has(tokens[m.start - 2]?.lower ?? '')) return false;
    // (a capital the analyst lists among a target's aliases is that target to them: "the fighting in Kabul")
    if (m.aliasKind === 'capital' && !m.listed) return true;
    for (let k = m.start - 2; k >= Math.max(0, m.start - 5); k--) if (VENUE_EVENTS.has(tokens[k]!.lower)) return true;
    return false;
  }
  if (before === 'to' || before === 'from') {
    for (let k = m.start - 2; k >= Math.max(0, m.start - 3); k--) if (TRAVEL.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Whether a token is a capitalised landform or water noun ("Lake", "Gulf"). */
function isFeature(t: Token | undefined): boolean {
  return !!t && t.cap && FEATURES.has(t.lower);
}

/** How many capitalised words (and "for", "of", "and" between them) may follow a place inside a body's name. */
const BODY_NAME_REACH = 5;

/** Whether the capitalised words from `k` on end a body's name ("Policy Research Forum", "Centre for Sahel Studies"). */
function opensBodyName(tokens: Token[], k: number): boolean {
  if (!tokens[k]?.cap || tokens[k]!.ent) return false;
  for (let n = k; n < Math.min(tokens.length, k + BODY_NAME_REACH); n++) {
    const t = tokens[n]!;
    if (t.cap && ORGANISATION_NAME_HEADS.has(t.lower)) return true;
    if (!t.cap && !/^(for|of|and|on)$/.test(t.lower)) return false;
  }
  return false;
}

/** A mention inside the dateline that opens an article ("ADDIS ABABA, May 4 (Wire) -"). */
export function inDateline(tokens: Token[], m: EntityMention): boolean {
  if (m.start > 3) return false;
  for (let k = m.end; k < Math.min(tokens.length, m.end + 8); k++) {
    const t = tokens[k]!.text;
    if (t === ':' || t === '—' || t === '–' || t === '-') return tokens[0]!.upper;
  }
  return false;
}
