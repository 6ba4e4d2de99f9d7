// Registers the people named in a sentence with their titles and states ("Russian Foreign Minister Sergey Lavrov").
import { W_HONORIFIC, W_INSTITUTION_START, W_ROLE_START } from './word-class-bits';
import type { Gazetteer } from './gazetteer';
import {
  FEMALE_HONORIFICS,
  HONORIFICS,
  INSTITUTION_PHRASES,
  INSTITUTION_WORDS,
  MALE_HONORIFICS,
  ROLE_MODIFIERS,
  roleAt,
} from './lexicon';
import { isNameToken } from './noun-phrase';
import { nameText, type PeopleRegistry } from './people';
import type { Token } from './tokenizer';

function nameRun(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 5) {
    const t = tokens[k]!;
    // "Thomas-Greenfield", and a romanised name's syllable: "Han Seung-woo"
    if (
      t.text === '-' &&
      k > from &&
      tokens[k + 1] &&
      (tokens[k + 1]!.cap || isNameToken(tokens[k + 1]!, tokens, k + 1))
    ) {
      k++;
      continue;
    }
    if (!isNameToken(t, tokens, k)) break;
    k++;
  }
  // a run must end on a full word, not an initial or a hyphen
  while (k > from && (tokens[k - 1]!.text === '-' || tokens[k - 1]!.text.replace('.', '').length === 1)) k--;
  return k;
}

/** The state named just before a title: "Russian", "Pakistan's", "Chinese Foreign Ministry", "US". */
function actorBefore(tokens: Token[], at: number): string | null {
  let k = at - 1;
  let steps = 0;
  while (k >= 0 && steps < 5) {
    const t = tokens[k]!;
    if (t.lower === "'s" || ROLE_MODIFIERS.has(t.lower) || INSTITUTION_WORDS.has(t.lower)) {
      k--;
      steps++;
      continue;
    }
    break;
  }
  for (let s = Math.max(0, k - 3); s <= k; s++) {
    const m = tokens[s]!.ent;
    if (m && m.end === k + 1) {
      const kind = m.entity.kind;
      if (kind === 'state' || kind === 'organisation' || kind === 'group') return m.entity.id;
    }
  }
  return null;
}

const DELEGATION_HEADS = new Set(['delegation', 'team', 'side', 'mission', 'negotiators', 'delegations']);
const LEADING_VERBS = new Set(['led', 'headed', 'represented', 'chaired']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/**
 * The state whose delegation a title leads: "Iran's delegation was led by Deputy Foreign Minister X", and with the
 * verb left out, "... and the US team by special envoy Y".
 */
function delegationBefore(tokens: Token[], title: number): string | null {
  let k = title - 1;
  if (tokens[k]?.lower !== 'by') return null;
  k--;
  if (LEADING_VERBS.has(tokens[k]?.lower ?? '')) k--;
  if (BE_FORMS.has(tokens[k]?.lower ?? '')) k--;
  if (!DELEGATION_HEADS.has(tokens[k]?.lower ?? '')) return null;
  for (let s = k - 1; s >= Math.max(0, k - 4); s--) {
    const t = tokens[s]!;
    if (t.lower === 'and' || t.text === ',') break;
    const m = t.ent;
    if (m && m.start === s && m.entity.kind === 'state') return m.entity.id;
  }
  return null;
}

/**
 * The name an appositive title follows: "Rosa Vidal, Chile's foreign minister, spoke to ..." (the title at `title`,
 * its state named between the comma and it). Returns the name's token range, or null.
 */
function nameBeforeAppositive(tokens: Token[], title: number): [number, number] | null {
  let k = title - 1;
  while (k >= 0 && k > title - 6 && tokens[k]!.text !== ',') {
    const t = tokens[k]!;
    if (!(t.inEnt || t.ent || t.lower === "'s" || t.lower === 'the' || ROLE_MODIFIERS.has(t.lower))) return null;
    k--;
  }
  if (k < 1 || tokens[k]!.text !== ',') return null;
  let start = k;
  while (start > 0 && k - start < 4 && isNameToken(tokens[start - 1]!, tokens, start - 1)) start--;
  if (k - start < 2) return null; // a full name, not a lone word before a comma
  const before = tokens[start - 1];
  return !before || before.kind === 'punct' || !before.cap ? [start, k] : null;
}

/** Finds "Title Name" and "Mr Name" mentions and records them; returns how many people were seen. */
export function collectPeople(tokens: Token[], gaz: Gazetteer, registry: PeopleRegistry, sentence: number): number {
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quoted) continue;
    if (t.cls & W_INSTITUTION_START && t.cap) {
      // "Japan's Ministry of Foreign Affairs issued ...": a named institution, for a later "the ministry said"
      const m = INSTITUTION_PHRASES.match(tokens, i);
      if (m && m.length > 1 && tokens[i + m.length - 1]!.cap) {
        const name = nameText(tokens.slice(i, i + m.length));
        registry.observeInstitution(name, m.values[0]!, actorBefore(tokens, i), false, sentence);
        i += m.length - 1;
        continue;
      }
    }
    if (!(t.cls & (W_HONORIFIC | W_ROLE_START))) continue;
    if (t.cls & W_HONORIFIC && t.cap) {
      const end = nameRun(tokens, i + 1);
      if (end > i + 1) {
        const gender = FEMALE_HONORIFICS.has(t.lower) ? 'f' : MALE_HONORIFICS.has(t.lower) ? 'm' : null;
        registry.observe(tokens.slice(i + 1, end), { gender }, sentence);
        seen++;
        i = end - 1;
      }
      continue;
    }
    const m = roleAt(tokens, i);
    if (!m) continue;
    let k = i + m.length;
    while (k < tokens.length && HONORIFICS.has(tokens[k]!.lower)) k++;
    const end = nameRun(tokens, k);
    if (end > k) {
      const role = m.role;
      const actor = actorBefore(tokens, i) ?? delegationBefore(tokens, i);
      registry.observe(tokens.slice(k, end), { role, actor }, sentence);
      seen++;
      i = end - 1;
      continue;
    }
    const actor = actorBefore(tokens, i);
    const named = actor ? nameBeforeAppositive(tokens, i) : null;
    if (named) {
      registry.observe(tokens.slice(named[0], named[1]), { role: m.role, actor }, sentence);
      seen++;
      i += m.length - 1;
      continue;
    }
    // "... spoke to Peru's foreign minister, Rosa Vidal, in Lima": the name in apposition after the title
    const after = i + m.length;
    if (tokens[after]?.text === ',') {
      const nameEnd = nameRun(tokens, after + 1);
      const next = tokens[nameEnd];
      if (nameEnd - after - 1 >= 2 && (!next || next.kind === 'punct')) {
        registry.observe(tokens.slice(after + 1, nameEnd), { role: m.role, actor }, sentence);
        seen++;
        i = nameEnd - 1;
      }
    }
  }
  return seen;
}
