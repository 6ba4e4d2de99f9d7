// SQL for the analyst's actors: states or organisations with aliases and the people who speak for them.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';
import { namesByOwner } from './names-by-owner';
import type { Actor } from '../../core/domain';

export function listActors(db: Database): Actor[] {
  const rows = prepared(db, 'SELECT id, label, kind FROM actors ORDER BY label COLLATE NOCASE').all() as {
    id: string;
    label: string;
    kind: Actor['kind'];
  }[];
  const aliases = namesByOwner(db, 'SELECT actor_id AS owner, alias AS name FROM actor_aliases ORDER BY alias');
  const people = namesByOwner(
    db,
    'SELECT actor_id AS owner, name FROM people WHERE actor_id IS NOT NULL ORDER BY name',
  );
  return rows.map((r) => ({ ...r, aliases: aliases(r.id), people: people(r.id) }));
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
