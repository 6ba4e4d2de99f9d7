// SQL for moving a whole project in and out: raw rows of articles, statements with stances (and each coder's) and notes, tags on
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
  /** Each coder's stance decisions (absent in projects exported before they were kept). */
  stanceCodings: StanceCodingRecord[];
  note: string | null;
}

export interface StanceCodingRecord {
  target_id: string;
  coder: string;
  label: string;
  created_at: string;
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

/** One article's statements (each with its stances and note), statement tags and span codings. */
export interface ArticleRecords {
  statements: (StatementRecord & { id: number })[];
  statementTags: StatementTagRow[];
  spanCodings: SpanCodingRow[];
}

function grouped<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * A reader of the records of the articles with ids from `first` to `last`, compiled once: the export reads a batch of
 * articles at a time, so a large library never sits in memory as rows all at once.
 */
export function articleRecordReader(db: Database): (first: number, last: number) => Map<number, ArticleRecords> {
  const statements = db.prepare(
    `SELECT s.id, s.article_id, s.seq, s.start, s."end", s.text, s.kind, s.speaker, s.actor, s.claim_type, s.claims,
            s.origin, s.analyst_fields, s.reviewed, s.starred, s.created_at, s.updated_at,
            (SELECT body FROM notes n WHERE n.statement_id = s.id ORDER BY n.id LIMIT 1) AS note
     FROM statements s WHERE s.article_id BETWEEN ? AND ? ORDER BY s.article_id, s.seq`,
  );
  const stances = db.prepare(
    `SELECT st.statement_id, st.target_id, st.label, st.confidence, st.cues, st.origin, st.note, st.updated_at
     FROM stances st JOIN statements s ON s.id = st.statement_id WHERE s.article_id BETWEEN ? AND ?`,
  );
  const stanceCodings = db.prepare(
    `SELECT sc.statement_id, sc.target_id, sc.coder, sc.label, sc.created_at
     FROM stance_codings sc JOIN statements s ON s.id = sc.statement_id WHERE s.article_id BETWEEN ? AND ?
     ORDER BY sc.statement_id, sc.target_id, sc.coder`,
  );
  const tags = db.prepare(
    `SELECT s.article_id, st.statement_id, st.tag_id, st.coder, st.created_at FROM statement_tags st
     JOIN statements s ON s.id = st.statement_id WHERE s.article_id BETWEEN ? AND ? ORDER BY st.statement_id, st.tag_id`,
  );
  const spans = db.prepare(
    `SELECT id, article_id, tag_id, start, "end", field, coder, memo, created_at FROM codings
     WHERE article_id BETWEEN ? AND ? ORDER BY article_id, id`,
  );
  return (first, last) => {
    const byStatement = grouped(
      stances.all(first, last) as (StanceRecord & { statement_id: number })[],
      (st) => st.statement_id,
    );
    const codingsBy = grouped(
      stanceCodings.all(first, last) as (StanceCodingRecord & { statement_id: number })[],
      (sc) => sc.statement_id,
    );
    const out = new Map<number, ArticleRecords>();
    const of = (articleId: number) => {
      let r = out.get(articleId);
      if (!r) out.set(articleId, (r = { statements: [], statementTags: [], spanCodings: [] }));
      return r;
    };
    for (const { article_id, ...s } of statements.all(first, last) as (Omit<
      StatementRecord,
      'stances' | 'stanceCodings'
    > & {
      id: number;
      article_id: number;
    })[]) {
      of(article_id).statements.push({
        ...s,
        stances: (byStatement.get(s.id) ?? []).map(({ statement_id: _sid, ...st }) => st),
        stanceCodings: (codingsBy.get(s.id) ?? []).map(({ statement_id: _sid, ...sc }) => sc),
      });
    }
    for (const { article_id, ...t } of tags.all(first, last) as (StatementTagRow & { article_id: number })[]) {
      of(article_id).statementTags.push(t);
    }
    for (const c of spans.all(first, last) as SpanCodingRow[]) of(c.article_id).spanCodings.push(c);
    return out;
  };
}

/** What the derived codes are made from: each kind, speaker and actor, and each stance's target and label. */
export function derivedCodeFacts(db: Database) {
  const pluck = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    kinds: pluck('SELECT DISTINCT kind FROM statements ORDER BY 1'),
    speakers: pluck("SELECT DISTINCT speaker FROM statements WHERE speaker IS NOT NULL AND speaker <> '' ORDER BY 1"),
    actors: pluck("SELECT DISTINCT actor FROM statements WHERE actor IS NOT NULL AND actor <> '' ORDER BY 1"),
    stances: db.prepare('SELECT DISTINCT target_id, label FROM stances ORDER BY 1, 2').raw().all() as [
      string,
      string,
    ][],
  };
}

export interface StatementTagRow {
  statement_id: number;
  tag_id: number;
  coder: string;
  created_at: string;
}

/** A span coding's row: its id and the fields the edits log keeps of it. */
export interface SpanCodingRow extends CodingSnapshot {
  id: number;
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

const row = ({ stances: _stances, stanceCodings: _codings, note: _note, ...rest }: StatementRecord) => rest;

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
  const coding = db.prepare(
    `INSERT OR IGNORE INTO stance_codings (statement_id, target_id, coder, label, created_at)
     VALUES (@statement_id, @target_id, @coder, @label, @created_at)`,
  );
  for (const sc of s.stanceCodings) coding.run({ ...sc, statement_id: id });
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
    `INSERT INTO codings (article_id, tag_id, start, "end", field, coder, memo, created_at)
     VALUES (@article_id, @tag_id, @start, @end, @field, @coder, @memo, @created_at)`,
  ).run({ field: 'body', ...c });
}

/** Everyone who coded, tagged or wrote a memo, in a stable order. */
export function allCoders(db: Database): string[] {
  return db
    .prepare(
      `SELECT coder FROM codings UNION SELECT coder FROM statement_tags UNION SELECT coder FROM memos
       ORDER BY 1`,
    )
    .pluck()
    .all()
    .filter((c) => c !== '') as string[];
}
