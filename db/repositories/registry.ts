// SQL for the people/actor registry: a person's name variants, role and actor; actor ids merged into another.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';

export interface RegistryPerson {
  /** The canonical name. */
  name: string;
  variants: string[];
  role: string | null;
  /** The actor (state or organisation id) the person speaks for, when known. */
  actor: string | null;
}

export interface Registry {
  people: RegistryPerson[];
  /** Actor ids that mean another actor: { variant: "britain", actor: "uk" }. */
  actors: { variant: string; actor: string }[];
}

export function readRegistry(db: Database): Registry {
  const people = prepared(db, 'SELECT id, name, role, actor_id FROM people ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    name: string;
    role: string | null;
    actor_id: string | null;
  }[];
  const variants = prepared(db, 'SELECT person_id, variant FROM person_variants ORDER BY variant').all() as {
    person_id: number;
    variant: string;
  }[];
  const byPerson = new Map<number, string[]>();
  for (const v of variants) byPerson.set(v.person_id, [...(byPerson.get(v.person_id) ?? []), v.variant]);
  return {
    people: people.map((p) => ({ name: p.name, variants: byPerson.get(p.id) ?? [], role: p.role, actor: p.actor_id })),
    actors: prepared(db, 'SELECT variant, actor_id AS actor FROM actor_variants ORDER BY variant').all() as {
      variant: string;
      actor: string;
    }[],
  };
}

/** The canonical name for a person's name or variant (case-insensitive), or the name itself when unknown. */
export function canonicalPerson(db: Database, name: string): string {
  const row = prepared(
    db,
    `SELECT p.name FROM person_variants v JOIN people p ON p.id = v.person_id WHERE v.variant = ?
     UNION ALL SELECT name FROM people WHERE name = ? COLLATE NOCASE LIMIT 1`,
  ).get(name, name) as { name: string } | undefined;
  return row?.name ?? name;
}

/** The actor a person (by canonical name) speaks for, from the registry. */
export function personActor(db: Database, name: string): string | null {
  return (
    (prepared(db, 'SELECT actor_id FROM people WHERE name = ? COLLATE NOCASE').pluck().get(name) as
      string | null | undefined) ?? null
  );
}

/** The actor id another actor id was merged into, or the id itself. */
export function canonicalActor(db: Database, id: string): string {
  return (prepared(db, 'SELECT actor_id FROM actor_variants WHERE variant = ?').pluck().get(id) as string) ?? id;
}

/** Points a variant at a person (created by name when new), or removes it (person null). */
export function setPersonVariant(db: Database, variant: string, person: string | null): void {
  db.prepare('DELETE FROM person_variants WHERE variant = ?').run(variant);
  if (person === null) return;
  db.prepare('INSERT OR IGNORE INTO people (name) VALUES (?)').run(person);
  const id = db.prepare('SELECT id FROM people WHERE name = ?').pluck().get(person) as number;
  db.prepare('INSERT INTO person_variants (variant, person_id) VALUES (?, ?)').run(variant, id);
}

/** Points an actor id at another actor, or removes the mapping (actor null). */
export function setActorVariant(db: Database, variant: string, actor: string | null): void {
  db.prepare('DELETE FROM actor_variants WHERE variant = ?').run(variant);
  if (actor !== null) db.prepare('INSERT INTO actor_variants (variant, actor_id) VALUES (?, ?)').run(variant, actor);
}

/** Variants currently pointing at a person. */
export function variantsOf(db: Database, person: string): string[] {
  return db
    .prepare('SELECT v.variant FROM person_variants v JOIN people p ON p.id = v.person_id WHERE p.name = ?')
    .pluck()
    .all(person) as string[];
}

/** Actor ids currently mapped onto an actor. */
export function actorVariantsOf(db: Database, actor: string): string[] {
  return db.prepare('SELECT variant FROM actor_variants WHERE actor_id = ?').pluck().all(actor) as string[];
}

/** The actor most often given to a speaker's statements across the library (the analyst's choice first). */
export function usualActorOf(db: Database, speaker: string): string | null {
  return (
    (prepared(
      db,
      `SELECT actor FROM statements WHERE speaker = ? COLLATE NOCASE AND actor IS NOT NULL
       GROUP BY actor ORDER BY max(analyst_fields LIKE '%"actor"%') DESC, count(*) DESC LIMIT 1`,
    )
      .pluck()
      .get(speaker) as string | undefined) ?? null
  );
}

/** The actor an actor id is mapped onto, or null when it is mapped onto none. */
export function actorVariantTarget(db: Database, variant: string): string | null {
  return (db.prepare('SELECT actor_id FROM actor_variants WHERE variant = ?').pluck().get(variant) as string) ?? null;
}

/** The statements whose speaker is written this way (case aside), with the speaker as stored. */
export function statementsBySpeaker(db: Database, speaker: string): { id: number; speaker: string }[] {
  return db.prepare('SELECT id, speaker FROM statements WHERE speaker = ? COLLATE NOCASE').all(speaker) as {
    id: number;
    speaker: string;
  }[];
}

/** The ids of the statements that speak for this actor. */
export function statementIdsByActor(db: Database, actor: string): number[] {
  return db.prepare('SELECT id FROM statements WHERE actor = ?').pluck().all(actor) as number[];
}
