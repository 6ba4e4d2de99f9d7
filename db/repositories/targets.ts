// SQL for the analyst's targets and their aliases.
import type { Database } from 'better-sqlite3';
import type { Target } from '../../core/domain';

export function listTargets(db: Database): Target[] {
  const rows = db.prepare('SELECT id, label, is_default FROM targets ORDER BY position, label').all() as {
    id: string;
    label: string;
    is_default: number;
  }[];
  const aliases = db.prepare('SELECT target_id, alias FROM target_aliases ORDER BY target_id, alias').all() as {
    target_id: string;
    alias: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    isDefault: r.is_default === 1,
    aliases: aliases.filter((a) => a.target_id === r.id).map((a) => a.alias),
  }));
}
