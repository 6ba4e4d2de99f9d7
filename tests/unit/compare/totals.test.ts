// The running stance totals (migration 002) stay exact under every kind of write, direct or through the services.
import type { Database } from 'better-sqlite3';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations';
import { dispatch } from '../../../services/dispatch';
import { seededRandom } from '../../../core/seeded-random';
import { memoryDb, tempDbPath } from '../../support/db';
import { addArticle, addStatement, totalsAndRecount, type StanceSpec } from './seed';

function expectExact(db: Database): void {
  const { kept, recount } = totalsAndRecount(db);
  expect(kept).toEqual(recount);
}

function seed(db: Database): { articles: number[]; statements: number[] } {
  const body = 'x'.repeat(2000);
  const articles = [
    addArticle(db, { body, published: '2021-04-07' }),
    addArticle(db, { body, published: '2021-05-01' }),
  ];
  const statements: number[] = [];
  const actors = ['pakistan', 'russia', null, 'india'];
  articles.forEach((a, ai) => {
    for (let i = 0; i < 20; i++) {
      statements.push(
        addStatement(db, a, { actor: actors[(i + ai) % actors.length]!, text: `Statement ${i}` }, [
          ['afghanistan', (['favor', 'against', 'concern', 'neutral'] as const)[i % 4]!, 0.5 + (i % 10) / 20],
          ...(i % 2 ? [['us', 'against', 0.7, i % 3 ? 'auto' : 'analyst'] satisfies StanceSpec] : []),
        ]),
      );
    }
  });
  return { articles, statements };
}

describe('stance totals', () => {
  it('follow direct writes: insert, update, upsert, delete, actor changes, moving a stance, deleting statements and articles', () => {
    const db = memoryDb();
    const { articles, statements } = seed(db);
    expectExact(db);
    const [s1, s2, s3] = statements as [number, number, number];
    const steps: [string, () => void][] = [
      [
        'insert',
        () => db.prepare("INSERT INTO stances (statement_id, target_id, label) VALUES (?, 'india', 'favor')").run(s1),
      ],
      [
        'relabel',
        () => db.prepare("UPDATE stances SET label = 'against' WHERE statement_id = ? AND target_id = 'india'").run(s1),
      ],
      ['confirm', () => db.prepare("UPDATE stances SET origin = 'analyst' WHERE statement_id = ?").run(s1)],
      [
        'retarget',
        () =>
          db.prepare("UPDATE stances SET target_id = 'kashmir' WHERE statement_id = ? AND target_id = 'india'").run(s1),
      ],
      [
        'move to another statement',
        () =>
          db
            .prepare("UPDATE stances SET statement_id = ? WHERE statement_id = ? AND target_id = 'kashmir'")
            .run(s3, s1),
      ],
      [
        'upsert',
        () =>
          db
            .prepare(
              `INSERT INTO stances (statement_id, target_id, label, origin) VALUES (?, 'afghanistan', 'favor', 'analyst')
               ON CONFLICT (statement_id, target_id) DO UPDATE SET label = excluded.label, origin = excluded.origin`,
            )
            .run(s2),
      ],
      [
        'insert or ignore (ignored)',
        () =>
          db
            .prepare(
              "INSERT OR IGNORE INTO stances (statement_id, target_id, label) VALUES (?, 'afghanistan', 'neutral')",
            )
            .run(s2),
      ],
      ['actor change', () => db.prepare("UPDATE statements SET actor = 'china' WHERE id = ?").run(s1)],
      ['actor to null', () => db.prepare('UPDATE statements SET actor = NULL WHERE id = ?').run(s2)],
      ['actor from null', () => db.prepare("UPDATE statements SET actor = 'russia' WHERE id = ?").run(s2)],
      ['same actor again', () => db.prepare("UPDATE statements SET actor = 'russia' WHERE id = ?").run(s2)],
      [
        'delete a stance',
        () => db.prepare("DELETE FROM stances WHERE statement_id = ? AND target_id = 'afghanistan'").run(s3),
      ],
      ['delete a statement', () => db.prepare('DELETE FROM statements WHERE id = ?').run(s1)],
      ['delete an article', () => db.prepare('DELETE FROM articles WHERE id = ?').run(articles[1])],
    ];
    for (const [name, step] of steps) {
      step();
      const { kept, recount } = totalsAndRecount(db);
      expect(kept, name).toEqual(recount);
    }
  });

  it('roll back with a failed write', () => {
    const db = memoryDb();
    const { statements } = seed(db);
    const before = totalsAndRecount(db).kept;
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO stances (statement_id, target_id, label) VALUES (?, 'india', 'favor')").run(
          statements[0],
        );
        db.prepare("INSERT INTO stances (statement_id, target_id, label) VALUES (?, 'india', 'sideways')").run(
          statements[0],
        );
      })(),
    ).toThrow(/CHECK/);
    expect(totalsAndRecount(db).kept).toEqual(before);
  });

  it('follow a long random run of the review services: stances set and accepted, actors, split, merge, delete, undo, redo', async () => {
    const db = memoryDb();
    const { articles } = seed(db);
    const random = seededRandom(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const ids = () => db.prepare('SELECT id FROM statements ORDER BY id').pluck().all() as number[];
    const ops: Record<string, () => unknown> = {
      set: () => ({
        statementId: pick(ids()),
        target: pick(['afghanistan', 'us', 'india']),
        label: pick(['favor', 'against', 'concern', 'neutral', null]),
      }),
      accept: () => ({ statementId: pick(ids()) }),
      actor: () => ({ id: pick(ids()), actor: pick(['pakistan', 'russia', 'china', null]) }),
      split: () => {
        const [id, start, end] = db
          .prepare('SELECT id, start, "end" FROM statements ORDER BY random() LIMIT 1')
          .raw()
          .get() as number[];
        return { id, at: Math.floor((start! + end!) / 2) };
      },
      merge: () => {
        const row = db
          .prepare(
            `SELECT a.id, (SELECT b.id FROM statements b WHERE b.article_id = a.article_id AND b.start >= a."end" ORDER BY b.start LIMIT 1)
             FROM statements a ORDER BY random() LIMIT 1`,
          )
          .raw()
          .get() as [number, number | null];
        return { id: row[0], nextId: row[1] ?? row[0] };
      },
      delete: () => ({ id: pick(ids()) }),
      undo: () => ({}),
      redo: () => ({}),
    };
    const methods: Record<string, string> = {
      set: 'stances.set',
      accept: 'stances.accept',
      actor: 'statements.update',
      split: 'statements.split',
      merge: 'statements.merge',
      delete: 'statements.delete',
      undo: 'edits.undo',
      redo: 'edits.redo',
    };
    // Edits outnumber deletions, as in real review; undo often, to walk back over splits, merges and deletions.
    const WEIGHTED_OPS = [
      'set',
      'set',
      'set',
      'accept',
      'accept',
      'actor',
      'actor',
      'split',
      'merge',
      'delete',
      'undo',
      'undo',
      'redo',
    ];
    let applied = 0;
    for (let i = 0; i < 300; i++) {
      if (ids().length < 4) break;
      const op = pick(WEIGHTED_OPS);
      const r = await dispatch(db, methods[op], ops[op]!());
      if (r.ok) applied++;
      const { kept, recount } = totalsAndRecount(db);
      expect(kept, `step ${i}: ${op}`).toEqual(recount);
    }
    expect(applied).toBeGreaterThan(200);
    expect((await dispatch(db, 'articles.delete', { id: articles[0] })).ok).toBe(true);
    expectExact(db);
  });

  it('are filled in when a version 1 database is upgraded', () => {
    const path = tempDbPath();
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    seed(v1);
    v1.close();
    const raw = new Sqlite(path, { readonly: true });
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'stance_totals'").pluck().get()).toBe(0);
    raw.close();
    const db = openDatabase(path);
    const { kept } = totalsAndRecount(db);
    expect(kept.length).toBeGreaterThan(4);
    expectExact(db);
    db.close();
  });
});
