// SQL for re-extraction: the stored statements of an article with the analyst's marks, and the engine's fields rewritten.
import type { Database } from 'better-sqlite3';
import type { ExtractedStatement } from '../../core/extract/types';

/** A stored statement as re-extraction weighs it: its span, and whether the analyst worked on it. */
export interface StoredRow {
  id: number;
  start: number;
  end: number;
  origin: string;
  analyst_fields: string;
  reviewed: number;
  starred: number;
  worked: number;
}

/** Writes the engine's fresh reading over the fields the analyst never set; analyst-decided stances stay. */
export function refreshAutoFields(db: Database, row: StoredRow, s: ExtractedStatement): void {
  const analyst = new Set(JSON.parse(row.analyst_fields) as string[]);
  const set = (field: 'speaker' | 'actor' | 'kind', value: string | null) => {
    if (!analyst.has(field)) db.prepare(`UPDATE statements SET ${field} = ? WHERE id = ?`).run(value, row.id);
  };
  set('speaker', s.speaker);
  set('actor', s.actor);
  set('kind', s.kind);
  db.prepare('UPDATE statements SET claim_type = ?, claims = ? WHERE id = ?').run(
    s.claimType,
    JSON.stringify(s.claims),
    row.id,
  );
  // Engine stances are replaced; targets the analyst decided (set, accepted or removed) are left alone.
  const decided = [...analyst].filter((f) => f.startsWith('stance:')).map((f) => f.slice('stance:'.length));
  db.prepare(`DELETE FROM stances WHERE statement_id = ? AND origin = 'auto'`).run(row.id);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, ?, ?, ?, ?)',
  );
  for (const st of s.stances) {
    if (!decided.includes(st.target)) insert.run(row.id, st.target, st.label, st.confidence, JSON.stringify(st.cues));
  }
}

export function storedStatements(db: Database, articleId: number): StoredRow[] {
  return db
    .prepare(
      `SELECT s.id, s.start, s."end", s.origin, s.analyst_fields, s.reviewed, s.starred,
         (EXISTS (SELECT 1 FROM statement_tags t WHERE t.statement_id = s.id)
          OR EXISTS (SELECT 1 FROM notes n WHERE n.statement_id = s.id)
          OR EXISTS (SELECT 1 FROM stances a WHERE a.statement_id = s.id AND a.origin = 'analyst')) AS worked
       FROM statements s WHERE s.article_id = ?`,
    )
    .all(articleId) as StoredRow[];
}
