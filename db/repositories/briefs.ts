// SQL for saved briefing notes: the model is stored whole as JSON, with its title beside it for the list.
import type { Database } from 'better-sqlite3';

export interface BriefRow {
  id: number;
  title: string;
  model: string;
  created_at: string;
  updated_at: string;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export function insertBrief(db: Database, title: string, model: string): number {
  const info = db.prepare('INSERT INTO briefs (title, model) VALUES (?, ?)').run(title, model);
  return Number(info.lastInsertRowid);
}

/** Returns false when no brief has that id. */
export function updateBrief(db: Database, id: number, title: string, model: string): boolean {
  const info = db
    .prepare(`UPDATE briefs SET title = ?, model = ?, updated_at = ${NOW} WHERE id = ?`)
    .run(title, model, id);
  return info.changes > 0;
}

export function getBriefRow(db: Database, id: number): BriefRow | undefined {
  return db.prepare('SELECT id, title, model, created_at, updated_at FROM briefs WHERE id = ?').get(id) as
    BriefRow | undefined;
}

export function listBriefRows(db: Database): BriefRow[] {
  return db
    .prepare('SELECT id, title, model, created_at, updated_at FROM briefs ORDER BY updated_at DESC, id DESC')
    .all() as BriefRow[];
}

export function deleteBrief(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM briefs WHERE id = ?').run(id).changes > 0;
}

export function getSetting(db: Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setSetting(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
