// The people and institutions of one article: fullest names, roles, actors, and who "he" or "the FM" refers to.
import type { KnownPeople } from './known-people';
import type { Token } from './tokenizer';

export interface Person {
  id: number;
  /** Fullest form of the name seen, as written ("Shah Mahmood Qureshi"). */
  name: string;
  parts: string[];
  roles: Set<string>;
  actor: string | null;
  /** The actor was stated next to the name (Russian Foreign Minister ...), not inferred. */
  actorStated: boolean;
  /**
   * Where an unmarked title most likely serves ("Commerce Minister X" in a story datelined or opened by a state): a
   * prior for actor inference, which what the person says may outweigh.
   */
  homeHint: string | null;
  gender: 'm' | 'f' | null;
  /** Last sentence where the person was a speaker or a clause subject. */
  salience: number;
  /** The sentence where the person was first named. */
  first: number;
  lastSpeaker: number;
}

export interface Institution {
  name: string;
  category: string;
  actor: string | null;
  last: number;
}

function isInitial(part: string): boolean {
  return part.replace('.', '').length === 1;
}

/** A word printed in capitals as a name is written: "HALLORAN" → "Halloran". */
export function asWritten(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/** Name text from tokens, with hyphens glued: "Linda Thomas-Greenfield". */
export function nameText(tokens: Token[]): string {
  // a name printed in capitals ("MR. HALLORAN:" in a transcript) is given as a name is written
  const capitals = tokens.every((t) => t.kind === 'punct' || t.upper);
  let s = '';
  tokens.forEach((t, i) => {
    const glue = i > 0 && (t.text === '-' || tokens[i - 1]!.text === '-');
    const text = capitals && t.kind !== 'punct' ? asWritten(t.text) : t.text;
    s += (i > 0 && !glue ? ' ' : '') + text;
  });
  return s;
}

/** Lowercase parts of a name, split at spaces and hyphens ("Amir-Abdollahian" → amir, abdollahian). */
function nameParts(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct') out.push(t.lower);
  return out;
}

export class PeopleRegistry {
  readonly persons: Person[] = [];
  readonly institutions: Institution[] = [];
  private readonly byPart = new Map<string, Person[]>();

  /** `known`: people whose state Parley knows before reading (the roster, the analyst's registry). */
  constructor(private readonly known?: KnownPeople) {}

  /** Adds a person or merges the mention into the person it names; returns the person. */
  observe(
    nameTokens: Token[],
    info: { role?: string | null; actor?: string | null; gender?: 'm' | 'f' | null },
    sentence: number,
  ): Person {
    const name = nameText(nameTokens);
    const parts = nameParts(nameTokens);
    let person = this.find(parts);
    if (!person) {
      person = {
        id: this.persons.length,
        name,
        parts,
        roles: new Set(),
        actor: null,
        actorStated: false,
        homeHint: null,
        gender: null,
        salience: -1,
        first: sentence,
        lastSpeaker: -1,
      };
      this.persons.push(person);
    } else if (parts.length > person.parts.length) {
      person.name = name;
      person.parts = parts;
    }
    for (const p of parts) {
      if (isInitial(p)) continue;
      const list = this.byPart.get(p) ?? [];
      if (!list.includes(person)) list.push(person);
      this.byPart.set(p, list);
    }
    if (info.role && info.role !== 'counterpart') person.roles.add(info.role);
    if (info.actor && !person.actorStated) {
      person.actor = info.actor;
      person.actorStated = true;
    }
    if (info.gender) person.gender = info.gender;
    if (!person.actor && this.known) {
      // a name Parley already knows speaks for its state even where the text does not say so
      const k = this.known.lookup(person.parts);
      if (k) {
        person.actor = k.actor;
        if (k.role && !person.roles.size) person.roles.add(k.role);
      }
    }
    return person;
  }

  /** The person a (possibly partial) name refers to: "Lavrov" → Sergey Lavrov, "Wang" → Wang Wenbin. */
  find(parts: string[]): Person | undefined {
    const full = parts.filter((p) => !isInitial(p));
    if (!full.length) return undefined;
    const last = full[full.length - 1]!;
    const candidates = this.byPart.get(last) ?? [];
    let best: Person | undefined;
    for (const c of candidates) {
      // every full part of the mention must appear in the person's name (Sergey Lavrov ⊇ Lavrov)
      const all = full.every((p) => c.parts.includes(p));
      const superset = all || c.parts.every((p) => isInitial(p) || full.includes(p));
      if (all || superset) {
        if (!best || c.salience > best.salience) best = c;
      }
    }
    return best;
  }

  /** "the Russian foreign minister", "the FM", "his Pakistani counterpart": the person meant, most salient first. */
  resolveRole(
    ref: { role: string | null; actor: string | null; counterpart: boolean },
    current: Person | null,
  ): Person | undefined {
    let best: Person | undefined;
    let bestScore = -Infinity;
    for (const p of this.persons) {
      let score = 0;
      if (ref.counterpart) {
        if (p === current) continue;
        const actor = p.actor ?? p.homeHint;
        if (ref.actor) {
          if (actor === ref.actor) score += 100;
          else if (actor === null) score += 20;
          else continue;
        } else if (current && actor && actor === (current.actor ?? current.homeHint)) continue;
      } else {
        const actor = p.actor ?? p.homeHint;
        const roleless = p.roles.size === 0 && !!ref.actor && actor === ref.actor;
        if (ref.role && !roleMatches(ref.role, p.roles) && !roleless) continue;
        if (ref.actor) {
          if (actor === ref.actor) score += roleless ? 50 : 100;
          else if (actor === null && !p.actorStated) score += 10;
          else continue;
        }
      }
      score += p.salience + (p.lastSpeaker >= p.salience ? 0.5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  /** "he", "she": the most salient person of a compatible gender. */
  /** The person most in view, whatever their gender: the one an interview's introduction presents. */
  mostSalient(): Person | undefined {
    let best: Person | undefined;
    for (const p of this.persons) if (p.salience >= 0 && (!best || p.salience > best.salience)) best = p;
    return best;
  }

  /** The person named last, whether or not they have spoken: whom an interview's introduction presents. */
  latestNamed(): Person | undefined {
    let best: Person | undefined;
    for (const p of this.persons) if (!best || p.first >= best.first) best = p;
    return best;
  }

  resolvePronoun(gender: 'm' | 'f'): Person | undefined {
    let best: Person | undefined;
    for (const p of this.persons) {
      if (p.gender && p.gender !== gender) continue;
      if (p.salience < 0) continue;
      if (!best || p.salience > best.salience || (p.salience === best.salience && p.lastSpeaker > best.lastSpeaker)) {
        best = p;
      }
    }
    return best;
  }

  /** An institution by name, merged with a more specific earlier one ("the ministry" → Ministry of Foreign Affairs). */
  observeInstitution(
    name: string,
    category: string,
    actor: string | null,
    generic: boolean,
    sentence: number,
  ): Institution {
    const key = name.toLowerCase();
    // "Uzbekistan's agency" after "the UN agency": the same word names another body when the owners differ
    let inst = this.institutions.findLast(
      (i) => i.name.toLowerCase() === key && (!actor || !i.actor || i.actor === actor),
    );
    if (!inst && generic && !actor) {
      // "the ministry" is the ministry named before; "the agency", an agency, never a party or an embassy
      const sameKind = (i: Institution) =>
        key === 'ministry' ? i.category.includes('ministry') : i.name.toLowerCase().includes(key);
      inst = this.institutions.findLast((i) => i.category === category || sameKind(i));
    }
    if (!inst) {
      inst = { name, category, actor, last: sentence };
      this.institutions.push(inst);
    }
    if (actor && !inst.actor) inst.actor = actor;
    inst.last = sentence;
    return inst;
  }
}

function roleMatches(wanted: string, roles: Set<string>): boolean {
  if (roles.has(wanted)) return true;
  if (wanted === 'minister') for (const r of roles) if (r.includes('minister')) return true;
  return false;
}
