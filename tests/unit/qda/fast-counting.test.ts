// The analysis view's fast counts (packed reads, one sweep per article and coder) equal the plain pairwise reference in
// core/qda/analysis on a random library: overlapping, nested and touching spans, headline codings, statement tags,
// two coders, scopes.
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codeByArticle, cooccurrence, crosstab, type Counts } from '../../../core/qda/analysis';
import { seededRandom } from '../../../core/seeded-random';
import { codingPoints, statementPoints } from '../../../db/repositories/qda-analysis';
import { table } from '../../../services/qda-analysis';
import { memoryDb } from '../../support/db';

const ACTORS = ['pakistan', 'india', 'china', null, ''];
const LABELS = ['favor', 'against', 'concern', 'neutral'];

function randomLibrary(seed: number): Database {
  const db = memoryDb();
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const tag = db.prepare('INSERT INTO tags (parent_id, name) VALUES (NULL, ?)');
  const tags = Array.from({ length: 7 }, (_, i) => Number(tag.run(`Code ${i}`).lastInsertRowid));
  const art = db.prepare("INSERT INTO articles (title, body, content_hash) VALUES ('Envoys meet in Oslo', ?, ?)");
  const st = db.prepare(
    `INSERT INTO statements (article_id, seq, start, "end", text, kind, actor) VALUES (?, ?, ?, ?, '', 'indirect', ?)`,
  );
  const stance = db.prepare('INSERT OR IGNORE INTO stances (statement_id, target_id, label) VALUES (?, ?, ?)');
  const stTag = db.prepare('INSERT OR IGNORE INTO statement_tags (statement_id, tag_id, coder) VALUES (?, ?, ?)');
  const coding = db.prepare(
    'INSERT INTO codings (article_id, tag_id, start, "end", coder, field) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const coders = ['Ayesha', 'Bilal', ''];
  for (let a = 0; a < 40; a++) {
    const length = 200 + int(400);
    const id = Number(art.run('x'.repeat(length), `h${seed}-${a}`).lastInsertRowid);
    // Statements with gaps between them, some touching end to start, some articles without any.
    const statements: number[] = [];
    let at = int(20);
    for (let s = 0; a % 7 !== 3 && at < length - 10; s++) {
      const end = Math.min(length, at + 5 + int(80));
      const sid = Number(st.run(id, s, at, end, ACTORS[int(ACTORS.length)]!).lastInsertRowid);
      statements.push(sid);
      for (let k = int(3); k > 0; k--) stance.run(sid, ACTORS[int(3)]!, LABELS[int(4)]!);
      at = end + (int(3) === 0 ? 0 : int(30));
    }
    for (let c = int(25); c > 0; c--) {
      const start = int(length - 2);
      const end = Math.min(length, start + 1 + (int(4) === 0 ? int(200) : int(30)));
      coding.run(id, tags[int(tags.length)]!, start, end, coders[int(coders.length)]!, 'body');
    }
    // Headline codings: offsets into the title, meeting each other but never the body's codings or statements.
    for (let c = int(4); c > 0; c--) {
      const start = int(15);
      coding.run(id, tags[int(tags.length)]!, start, start + 1 + int(4), coders[int(2)]!, 'title');
    }
    for (const sid of statements) if (int(3) === 0) stTag.run(sid, tags[int(tags.length)]!, coders[int(2)]!);
  }
  return db;
}

/** The reference: one object per coding and every pair of an article's codings tested (core/qda/analysis). */
function reference(db: Database, kind: 'article' | 'cooccurrence' | 'actor' | 'stance', ids?: number[]): Counts {
  const codings = codingPoints(db, ids);
  const statements = statementPoints(db, ids);
  if (kind === 'article') return codeByArticle(codings);
  if (kind !== 'cooccurrence') return crosstab(codings, statements, kind);
  const out: Counts = new Map();
  for (const [key, n] of cooccurrence(codings, statements)) {
    const [a, b] = key.split(':');
    out.set(key, n).set(`${b}:${a}`, n);
  }
  return out;
}

const asCounts = (t: ReturnType<typeof table>, sep: string): Counts =>
  new Map(t.cells.map((c) => [`${c.row}${sep}${c.column}`, c.count]));

describe('fast co-occurrence and crosstabs', () => {
  for (const seed of [1, 2, 3]) {
    it(`equal the pairwise reference on random library ${seed}`, () => {
      const db = randomLibrary(seed);
      const some = (db.prepare('SELECT id FROM articles WHERE id % 3 = 0').pluck().all() as number[]).slice(0, 9);
      for (const ids of [undefined, some]) {
        for (const kind of ['article', 'cooccurrence', 'actor', 'stance'] as const) {
          const sep = kind === 'actor' || kind === 'stance' ? '|' : ':';
          const want = reference(db, kind, ids);
          expect(want.size).toBeGreaterThan(0);
          expect(asCounts(table(db, { kind, articleIds: ids }), sep)).toEqual(want);
        }
      }
    });
  }
});
