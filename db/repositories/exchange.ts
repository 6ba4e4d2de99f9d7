// SQL for moving a whole project in and out: raw rows of articles, statements with stances and notes, tags on
// statements, span codings and memos, read in bulk for export and written back as they were on import.
import type { Database } from 'better-sqlite3';
import type { CodingSnapshot } from './codings';

export interface ArticleRow {
  id: number;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  body: string;
  content_hash: string;
  file_name: string | null;
  imported_at: string;
  source_reliability: string | null;
  source_credibility: number | null;
  extractor_version: string | null;
}

/** A statement with everything Parley knows about it, minus the ids the importing library assigns afresh. */
export interface StatementRecord {
  seq: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  actor: string | null;
  claim_type: string | null;
  claims: string;
  origin: string;
  analyst_fields: string;
  reviewed: number;
  starred: number;
  created_at: string;
  updated_at: string;
  stances: StanceRecord[];
  note: string | null;
}

export interface StanceRecord {
  target_id: string;
  label: string;
  confidence: number;
  cues: string;
  origin: string;
  note: string | null;
  updated_at: string;
}

export function allArticles(db: Database): ArticleRow[] {
  return db.prepare('SELECT * FROM articles ORDER BY id').all() as ArticleRow[];
}

/** Statements by article id, each with its stances and note. */
export function allStatements(db: Database): Map<number, (StatementRecord & { id: number })[]> {
  const rows = db
    .prepare(
      `SELECT s.id, s.article_id, s.seq, s.start, s."end", s.text, s.kind, s.speaker, s.actor, s.claim_type, s.claims,
              s.origin, s.analyst_fields, s.reviewed, s.starred, s.created_at, s.updated_at,
              (SELECT body FROM notes n WHERE n.statement_id = s.id ORDER BY n.id LIMIT 1) AS note
       FROM statements s ORDER BY s.article_id, s.seq`,
    )
    .all() as (StatementRecord & { id: number; article_id: number })[];
  const stances = db
    .prepare('SELECT statement_id, target_id, label, confidence, cues, origin, note, updated_at FROM stances')
    .all() as (StanceRecord & { statement_id: number })[];
  const byStatement = new Map<number, StanceRecord[]>();
  for (const { statement_id, ...st } of stances) {
    const list = byStatement.get(statement_id);
    if (list) list.push(st);
    else byStatement.set(statement_id, [st]);
  }
  const out = new Map<number, (StatementRecord & { id: number })[]>();
  for (const { article_id, ...s } of rows) {
    const rec = { ...s, stances: byStatement.get(s.id) ?? [] };
    const list = out.get(article_id);
    if (list) list.push(rec);
    else out.set(article_id, [rec]);
  }
  return out;
}

export interface StatementTagRow {
  statement_id: number;
  tag_id: number;
  coder: string;
  created_at: string;
}

export function allStatementTags(db: Database): StatementTagRow[] {
  return db
    .prepare('SELECT statement_id, tag_id, coder, created_at FROM statement_tags ORDER BY statement_id, tag_id')
    .all() as StatementTagRow[];
}

/** A span coding's row: its id and the fields the edits log keeps of it. */
export interface SpanCodingRow extends CodingSnapshot {
  id: number;
}

export function allSpanCodings(db: Database): SpanCodingRow[] {
  return db
    .prepare(
      'SELECT id, article_id, tag_id, start, "end", coder, memo, created_at FROM codings ORDER BY article_id, id',
    )
    .all() as SpanCodingRow[];
}

export function insertArticleRow(db: Database, a: Omit<ArticleRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, source, url, published, body, content_hash, file_name, imported_at,
           source_reliability, source_credibility, extractor_version)
         VALUES (@title, @source, @url, @published, @body, @content_hash, @file_name, @imported_at,
           @source_reliability, @source_credibility, @extractor_version)`,
      )
      .run(a).lastInsertRowid,
  );
}

const row = ({ stances: _stances, note: _note, ...rest }: StatementRecord) => rest;

export function insertStatementRecord(db: Database, articleId: number, s: StatementRecord): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims, origin,
           analyst_fields, reviewed, starred, created_at, updated_at)
         VALUES (@article_id, @seq, @start, @end, @text, @kind, @speaker, @actor, @claim_type, @claims, @origin,
           @analyst_fields, @reviewed, @starred, @created_at, @updated_at)`,
      )
      .run({ ...row(s), article_id: articleId }).lastInsertRowid,
  );
  const stance = db.prepare(
    `INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin, note, updated_at)
     VALUES (@statement_id, @target_id, @label, @confidence, @cues, @origin, @note, @updated_at)`,
  );
  for (const st of s.stances) stance.run({ ...st, statement_id: id });
  if (s.note) db.prepare('INSERT INTO notes (statement_id, body) VALUES (?, ?)').run(id, s.note);
  return id;
}

export function insertStatementTag(db: Database, statementId: number, tagId: number, coder: string, at: string): void {
  db.prepare('INSERT OR IGNORE INTO statement_tags (statement_id, tag_id, coder, created_at) VALUES (?, ?, ?, ?)').run(
    statementId,
    tagId,
    coder,
    at,
  );
}

export function insertSpanCoding(db: Database, c: Omit<SpanCodingRow, 'id'>): void {
  db.prepare(
    `INSERT INTO codings (article_id, tag_id, start, "end", coder, memo, created_at)
     VALUES (@article_id, @tag_id, @start, @end, @coder, @memo, @created_at)`,
  ).run(c);
}
