// People Parley knows before reading an article — officials of the field and the analyst's own registry — by name.
import DATA from './data/known-people.json';

/** A person whose actor is known beforehand: by the field's roster or by the analyst's confirmed decisions. */
export interface KnownPerson {
  name: string;
  actor: string;
  /** Canonical role (a key of role-nouns.json), when known. */
  role?: string | null;
  variants?: string[];
  /** A surname distinctive enough to name the person alone ("Lavrov"). */
  short?: string;
}

/** Lowercase name parts without accents or initials: "S. Jaishankar" → ["jaishankar"], "Erdoğan" → ["erdogan"]. */
export function personKey(parts: string[]): string {
  return parts
    .map((p) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, ''))
    .filter((p) => p.length > 1)
    .join(' ');
}

function splitName(name: string): string[] {
  return name.split(/[\s-]+/).filter(Boolean);
}

export class KnownPeople {
  private readonly byName = new Map<string, KnownPerson>();
  /** Distinctive surnames; null where two known people share one. */
  private readonly bySurname = new Map<string, KnownPerson | null>();

  /** Later lists win: the analyst's registry, given last, overrides the roster. */
  constructor(...lists: KnownPerson[][]) {
    for (const list of lists) {
      for (const p of list) {
        for (const n of [p.name, ...(p.variants ?? [])]) {
          const key = personKey(splitName(n));
          if (key) this.byName.set(key, p);
        }
        if (p.short) {
          const key = personKey([p.short]);
          const seen = this.bySurname.get(key);
          this.bySurname.set(key, seen === undefined || seen?.actor === p.actor ? p : null);
        }
      }
    }
  }

  get size(): number {
    return this.byName.size;
  }

  /** Answers by the name as written: the same names recur through an article and a library. */
  private readonly seen = new Map<string, KnownPerson | undefined>();

  /** The known person a name in the text refers to, if any: the whole name, or a distinctive surname alone. */
  lookup(parts: string[]): KnownPerson | undefined {
    const written = parts.join(' ');
    if (this.seen.has(written)) return this.seen.get(written);
    const found = this.find(parts);
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.set(written, found);
    return found;
  }

  private find(parts: string[]): KnownPerson | undefined {
    const key = personKey(parts);
    if (!key) return undefined;
    const whole = this.byName.get(key);
    if (whole) return whole;
    if (key.includes(' ')) return undefined;
    return this.bySurname.get(key) ?? undefined;
  }
}

/** The roster of officials shipped with Parley (data/known-people.json). */
export const ROSTER: KnownPerson[] = DATA.people;
