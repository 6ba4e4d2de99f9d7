// Import throughput (articles/s, each article extracted and stored in its own transaction) vs raw inserts of the same rows.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Extraction } from '../core/extract';
import { openDatabase } from '../db/connection';
import { importArticle } from '../services/articles';
import { extractOptions, extractorOf } from '../services/reextract';
import { generatedArticle } from '../tests/unit/crash/generated-articles';
import { tempDbPath } from '../tests/support/db';
import type { BenchOptions, BenchResult } from './types';

function rawInsert(db: Database, rows: { title: string; body: string; statements: Extraction['statements'] }[]): void {
  const article = db.prepare(
    "INSERT INTO articles (title, body, content_hash, extractor_version) VALUES (?, ?, ?, 'raw')",
  );
  const statement = db.prepare(
    `INSERT INTO statements (article_id, seq, start, "end", text, kind, speaker, actor, claim_type, claims)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stance = db.prepare(
    'INSERT INTO stances (statement_id, target_id, label, confidence, cues) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    rows.forEach((r, i) => {
      const id = Number(article.run(r.title, r.body, `raw-${i}`).lastInsertRowid);
      r.statements.forEach((s, seq) => {
        const sid = Number(
          statement.run(
            id,
            seq,
            s.start,
            s.end,
            s.text,
            s.kind,
            s.speaker,
            s.actor,
            s.claimType,
            JSON.stringify(s.claims),
          ).lastInsertRowid,
        );
        for (const st of s.stances) stance.run(sid, st.target, st.label, st.confidence, JSON.stringify(st.cues));
      });
    });
  })();
}

export async function benchImport({ scale }: BenchOptions): Promise<BenchResult[]> {
  const n = Math.max(20, Math.round(2000 * scale));
  const texts = Array.from({ length: n }, (_, i) => generatedArticle(i));

  const dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  const t0 = performance.now();
  for (const t of texts) importArticle(db, { fileName: t.fileName, text: t.text });
  const importMs = performance.now() - t0;

  // The baseline stores exactly the rows the import stored, with no extraction and one transaction for all.
  const options = extractOptions(db);
  const rows = (
    db.prepare('SELECT title, body FROM articles ORDER BY id').all() as { title: string; body: string }[]
  ).map((a) => ({
    ...a,
    statements: extractorOf(db).extract(a.body, options).statements,
  }));
  db.close();
  const rawPath = tempDbPath();
  const raw = openDatabase(rawPath);
  const t1 = performance.now();
  rawInsert(raw, rows);
  const rawMs = performance.now() - t1;
  raw.close();
  rmSync(dirname(dbPath), { recursive: true, force: true });
  rmSync(dirname(rawPath), { recursive: true, force: true });

  const value = n / (importMs / 1000);
  const baseline = n / (rawMs / 1000);
  const statements = rows.reduce((k, r) => k + r.statements.length, 0);
  return [
    {
      name: 'import throughput',
      unit: 'articles/s',
      value,
      baseline,
      baselineName: 'raw better-sqlite3 inserts of the same rows, one transaction',
      ratio: value / baseline,
      goal: 'ratio ≥ 0.5',
      notes: `${n} articles, ${statements} statements; import = decode + parse + extract + one transaction per article`,
    },
  ];
}
