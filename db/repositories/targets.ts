// SQL for the analyst's targets and their aliases.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';
import { namesByOwner } from './names-by-owner';
import type { Target } from '../../core/domain';

export function listTargets(db: Database): Target[] {
  const rows = prepared(db, 'SELECT id, label, is_default FROM targets ORDER BY position, label').all() as {
    id: string;
    label: string;
    is_default: number;
  }[];
  const aliases = namesByOwner(
    db,
    'SELECT target_id AS owner, alias AS name FROM target_aliases ORDER BY target_id, alias',
  );
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    isDefault: r.is_default === 1,
    aliases: aliases(r.id),
  }));
}

/** Replaces a target's definition (label and aliases) in place, appending new targets at the end. */
export function saveTarget(db: Database, target: { id: string; label: string; aliases: string[] }): void {
  db.prepare(
    `INSERT INTO targets (id, label, position) VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM targets))
     ON CONFLICT(id) DO UPDATE SET label = excluded.label`,
  ).run(target.id, target.label);
  db.prepare('DELETE FROM target_aliases WHERE target_id = ?').run(target.id);
  const alias = db.prepare('INSERT OR IGNORE INTO target_aliases (target_id, alias) VALUES (?, ?)');
  for (const a of target.aliases) alias.run(target.id, a);
}

export function deleteTarget(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM targets WHERE id = ?').run(id).changes > 0;
}
