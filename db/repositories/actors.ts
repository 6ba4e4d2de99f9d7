// SQL for the analyst's actors: states or organisations with aliases and the people who speak for them.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';
import type { Actor } from '../../core/domain';

export function listActors(db: Database): Actor[] {
  const rows = prepared(db, 'SELECT id, label, kind FROM actors ORDER BY label COLLATE NOCASE').all() as {
    id: string;
    label: string;
    kind: Actor['kind'];
  }[];
  const aliases = prepared(db, 'SELECT actor_id, alias FROM actor_aliases ORDER BY alias').all() as {
    actor_id: string;
    alias: string;
  }[];
  const people = prepared(db, 'SELECT actor_id, name FROM people WHERE actor_id IS NOT NULL ORDER BY name').all() as {
    actor_id: string;
    name: string;
  }[];
  return rows.map((r) => ({
    ...r,
    aliases: aliases.filter((a) => a.actor_id === r.id).map((a) => a.alias),
    people: people.filter((p) => p.actor_id === r.id).map((p) => p.name),
  }));
}

/** Replaces an actor's definition (row, aliases, people) in place. */
export function saveActor(db: Database, actor: Actor): void {
  db.prepare(
    `INSERT INTO actors (id, label, kind) VALUES (?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET label = excluded.label, kind = excluded.kind`,
  ).run(actor.id, actor.label, actor.kind);
  db.prepare('DELETE FROM actor_aliases WHERE actor_id = ?').run(actor.id);
  const alias = db.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)');
  for (const a of actor.aliases) alias.run(actor.id, a);
  db.prepare('UPDATE people SET actor_id = NULL WHERE actor_id = ?').run(actor.id);
  const person = db.prepare(
    'INSERT INTO people (name, actor_id) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET actor_id = excluded.actor_id',
  );
  for (const p of actor.people) person.run(p, actor.id);
}

export function deleteActor(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM actors WHERE id = ?').run(id).changes > 0;
}
