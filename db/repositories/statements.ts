// SQL for statements and their stances: bulk insert of an extraction, and reading an article's statements.
import type { Database } from 'better-sqlite3';
import type { Claim, ClaimType, Kind, Origin, Stance, StanceLabel, Statement } from '../../core/domain';
import type { ExtractedStatement } from '../../core/extract/types';

interface StatementRow {
  id: number;
  article_id: number;
  seq: number;
  start: number;
  end: number;
  text: string;
  kind: Kind;
  speaker: string | null;
  actor: string | null;
  claim_type: ClaimType | null;
  claims: string;
  origin: Origin;
  reviewed: number;
}

interface StanceRow {
  statement_id: number;
  target_id: string;
  label: StanceLabel;
  confidence: number;
  cues: string;
  origin: Origin;
}

export function insertExtractedStatements(db: Database, articleId: number, statements: ExtractedStatement[]): void {
  const insertStatement = db.prepare(
    `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStance = db.prepare(
    'INSERT INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, ?, ?, ?, ?)',
  );
  statements.forEach((s, seq) => {
    const info = insertStatement.run(
      articleId,
      seq,
      s.start,
      s.end,
      s.text,
      s.kind,
      s.speaker,
      s.actor,
      s.claimType,
      JSON.stringify(s.claims),
    );
    const id = Number(info.lastInsertRowid);
    for (const st of s.stances) insertStance.run(id, st.target, st.label, st.confidence, JSON.stringify(st.cues));
  });
}

export function listStatements(db: Database, articleId: number): Statement[] {
  const rows = db
    .prepare(
      `SELECT id, article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims, origin, reviewed
       FROM statements WHERE article_id = ? ORDER BY seq, start`,
    )
    .all(articleId) as StatementRow[];
  const stanceRows = db
    .prepare(
      `SELECT st.statement_id, st.target_id, st.label, st.confidence, st.cues, st.origin
       FROM stances st JOIN statements s ON s.id = st.statement_id
       WHERE s.article_id = ? ORDER BY st.statement_id, st.target_id`,
    )
    .all(articleId) as StanceRow[];
  const byStatement = new Map<number, Stance[]>();
  for (const r of stanceRows) {
    const list = byStatement.get(r.statement_id) ?? [];
    list.push({
      target: r.target_id,
      label: r.label,
      confidence: r.confidence,
      cues: JSON.parse(r.cues) as string[],
      origin: r.origin,
    });
    byStatement.set(r.statement_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    seq: r.seq,
    start: r.start,
    end: r.end,
    text: r.text,
    kind: r.kind,
    speaker: r.speaker,
    actor: r.actor,
    claimType: r.claim_type,
    claims: JSON.parse(r.claims) as Claim[],
    origin: r.origin,
    reviewed: r.reviewed === 1,
    stances: byStatement.get(r.id) ?? [],
  }));
}
