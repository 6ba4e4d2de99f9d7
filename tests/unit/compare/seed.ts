// Test data for the compare tests, written with plain SQL so the tests do not depend on the extraction engine.
import type { Database } from 'better-sqlite3';
import type { Kind, Origin, StanceLabel } from '../../../core/domain';

export type StanceSpec = [target: string, label: StanceLabel, confidence?: number, origin?: Origin];

let hashes = 0;

export function addArticle(
  db: Database,
  a: { title?: string; published?: string | null; source?: string | null; body?: string } = {},
): number {
  const body = a.body ?? 'Body text of the article, long enough to hold the statements that point into it.';
  const info = db
    .prepare('INSERT INTO articles (title, source, published, body, content_hash) VALUES (?, ?, ?, ?, ?)')
    .run(a.title ?? 'An article', a.source ?? 'Example Wire', a.published ?? null, body, `hash-${++hashes}`);
  return Number(info.lastInsertRowid);
}

export function addStatement(
  db: Database,
  articleId: number,
  s: { actor: string | null; text?: string; speaker?: string | null; kind?: Kind },
  stances: StanceSpec[] = [],
): number {
  const seq = db.prepare('SELECT count(*) FROM statements WHERE article_id = ?').pluck().get(articleId) as number;
  const text = s.text ?? `Statement ${seq + 1}.`;
  const info = db
    .prepare(
      `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(articleId, seq, seq * 10, seq * 10 + text.length, text, s.kind ?? 'indirect', s.speaker ?? null, s.actor);
  const id = Number(info.lastInsertRowid);
  for (const [target, label, confidence = 0.6, origin = 'auto'] of stances) {
    db.prepare('INSERT INTO stances (statement_id, target_id, label, confidence, origin) VALUES (?, ?, ?, ?, ?)').run(
      id,
      target,
      label,
      confidence,
      origin,
    );
  }
  return id;
}

export function addTag(db: Database, name: string, parentId: number | null = null): number {
  return Number(db.prepare('INSERT INTO tags (name, parent_id) VALUES (?, ?)').run(name, parentId).lastInsertRowid);
}

export function tagStatement(db: Database, statementId: number, tagId: number): void {
  db.prepare('INSERT INTO statement_tags (statement_id, tag_id) VALUES (?, ?)').run(statementId, tagId);
}

/** The totals as the triggers keep them, and as a full recount says they should be. */
export function totalsAndRecount(db: Database): { kept: unknown[]; recount: unknown[] } {
  const kept = db
    .prepare(
      `SELECT actor, target_id, label, origin, n FROM stance_totals WHERE n <> 0 ORDER BY actor, target_id, label, origin`,
    )
    .all();
  const recount = db
    .prepare(
      `SELECT s.actor, st.target_id, st.label, st.origin, count(*) AS n
       FROM stances st JOIN statements s ON s.id = st.statement_id WHERE s.actor IS NOT NULL
       GROUP BY s.actor, st.target_id, st.label, st.origin ORDER BY 1, 2, 3, 4`,
    )
    .all();
  return { kept, recount };
}
