// SQL for statements: bulk insert of an extraction, and reading statements with their stances, tags and notes.
import type { Database } from 'better-sqlite3';
import type { Claim, ClaimType, Kind, Origin, Stance, StanceLabel, Statement } from '../../core/domain';
import type { ExtractedStatement } from '../../core/extract/types';
import { prepared } from '../prepared';

/** A row of {@link COLUMNS}, read raw (as an array: no object per row, no keys). */
type StatementRow = [
  id: number,
  articleId: number,
  seq: number,
  start: number,
  end: number,
  text: string,
  kind: Kind,
  speaker: string | null,
  actor: string | null,
  claimType: ClaimType | null,
  claims: string,
  origin: Origin,
  analystFields: string,
  reviewed: number,
  starred: number,
];

type StanceRow = [
  statementId: number,
  target: string,
  label: StanceLabel,
  confidence: number,
  cues: string,
  origin: Origin,
  learned: string | null,
];

const COLUMNS = `s.id, s.article_id, s.seq, s.start, s."end", s.text, s.kind, s.speaker, s.actor, s.claim_type, s.claims,
  s.origin, s.analyst_fields, s.reviewed, s.starred`;

/** A JSON list column; most hold '[]', which needs no parse. */
function parseList<T>(json: string): T[] {
  return json === '[]' ? [] : (JSON.parse(json) as T[]);
}

export function insertExtractedStatement(db: Database, articleId: number, seq: number, s: ExtractedStatement): number {
  const info = prepared(
    db,
    `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(articleId, seq, s.start, s.end, s.text, s.kind, s.speaker, s.actor, s.claimType, JSON.stringify(s.claims));
  const id = Number(info.lastInsertRowid);
  const insertStance = prepared(
    db,
    'INSERT INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, ?, ?, ?, ?)',
  );
  for (const st of s.stances) insertStance.run(id, st.target, st.label, st.confidence, JSON.stringify(st.cues));
  return id;
}

export function insertExtractedStatements(db: Database, articleId: number, statements: ExtractedStatement[]): void {
  statements.forEach((s, seq) => insertExtractedStatement(db, articleId, seq, s));
}

function hydrate(db: Database, rows: StatementRow[], where: string, param: number): Statement[] {
  // Each statement's stances by target. Ordered as the join walks (statements_article_start, then the stances' key)
  // so that SQLite needs no sort; the statements' own order does not matter here, they are grouped by id.
  const stances = db
    .prepare(
      `SELECT st.statement_id, st.target_id, st.label, st.confidence, st.cues, st.origin, st.learned
       FROM stances st JOIN statements s ON s.id = st.statement_id WHERE ${where}
       ORDER BY s.start, s.id, st.target_id`,
    )
    .raw()
    .all(param) as StanceRow[];
  const tags = db
    .prepare(
      `SELECT t.statement_id, t.tag_id FROM statement_tags t JOIN statements s ON s.id = t.statement_id
       WHERE ${where} ORDER BY t.created_at, t.tag_id`,
    )
    .all(param) as { statement_id: number; tag_id: number }[];
  const notes = db
    .prepare(
      `SELECT n.statement_id, n.body FROM notes n JOIN statements s ON s.id = n.statement_id WHERE ${where} ORDER BY n.id`,
    )
    .all(param) as { statement_id: number; body: string }[];
  const stancesBy = new Map<number, Stance[]>();
  for (const [statementId, target, label, confidence, cues, origin, learned] of stances) {
    const stance: Stance = { target, label, confidence, cues: parseList<string>(cues), origin };
    if (learned) stance.learned = JSON.parse(learned) as Stance['learned'];
    const list = stancesBy.get(statementId);
    if (list) list.push(stance);
    else stancesBy.set(statementId, [stance]);
  }
  const tagsBy = new Map<number, number[]>();
  for (const t of tags) tagsBy.set(t.statement_id, [...(tagsBy.get(t.statement_id) ?? []), t.tag_id]);
  const noteBy = new Map(notes.map((n) => [n.statement_id, n.body]));
  return rows.map(
    ([
      id,
      articleId,
      seq,
      start,
      end,
      text,
      kind,
      speaker,
      actor,
      claimType,
      claims,
      origin,
      fields,
      reviewed,
      starred,
    ]) => ({
      id,
      articleId,
      seq,
      start,
      end,
      text,
      kind,
      speaker,
      actor,
      claimType,
      claims: parseList<Claim>(claims),
      origin,
      reviewed: reviewed === 1,
      starred: starred === 1,
      analystFields: parseList<string>(fields),
      note: noteBy.get(id) ?? null,
      tagIds: tagsBy.get(id) ?? [],
      stances: stancesBy.get(id) ?? [],
    }),
  );
}

/** An article's statements in reading order (the statements_article_start index gives it: no sort). */
export function listStatements(db: Database, articleId: number): Statement[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM statements s WHERE s.article_id = ? ORDER BY s.start, s.id`)
    .raw()
    .all(articleId) as StatementRow[];
  return hydrate(db, rows, 's.article_id = ?', articleId);
}

export function getStatement(db: Database, id: number): Statement | undefined {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM statements s WHERE s.id = ?`).raw().all(id) as StatementRow[];
  return hydrate(db, rows, 's.id = ?', id)[0];
}

/** Renumbers an article's statements by position, after statements were created, split, merged or deleted. */
export function resequence(db: Database, articleId: number): void {
  db.prepare(
    `UPDATE statements SET seq = r.n
     FROM (SELECT id, row_number() OVER (ORDER BY start, id) - 1 AS n FROM statements WHERE article_id = ?) AS r
     WHERE statements.id = r.id AND statements.seq IS NOT r.n`,
  ).run(articleId);
}
