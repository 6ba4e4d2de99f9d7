// A cancelled or failed re-extraction leaves each article either fully re-extracted or exactly as it was.
import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../db/connection';
import { reextract } from '../../../services/reextract';
import { generatedArticle } from '../crash/generated-articles';
import { ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';

const ARTICLES = 12;

/** Each article's statements and stances, without row ids (re-extraction may re-create rows). */
function snapshot(db: Database): Map<number, string> {
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  const statements = db.prepare(
    `SELECT seq, start, "end", text, speaker, actor, kind, claim_type, claims,
       (SELECT json_group_array(json_array(target_id, label, origin)) FROM
         (SELECT * FROM stances st WHERE st.statement_id = s.id ORDER BY target_id)) AS stances
     FROM statements s WHERE article_id = ? ORDER BY start, "end"`,
  );
  return new Map(ids.map((id) => [id, JSON.stringify(statements.all(id))]));
}

/** A library of generated articles whose engine output is stale, as if an older engine had written it. */
async function libraryWithStaleDetection(): Promise<{ db: Database; path: string }> {
  const path = tempDbPath();
  const db = openDatabase(path);
  for (let i = 0; i < ARTICLES; i++) await ok(db, 'articles.import', { text: generatedArticle(i).text });
  db.exec(`UPDATE stances SET label = 'against' WHERE origin = 'auto';
           UPDATE statements SET speaker = 'An older engine';`);
  return { db, path };
}

/** What every article looks like after a complete re-extraction, computed on a copy. */
async function fullyReextracted(db: Database): Promise<Map<number, string>> {
  const copyPath = tempDbPath('copy.sqlite');
  db.prepare('VACUUM INTO ?').run(copyPath);
  const copy = openDatabase(copyPath);
  await reextract(copy);
  const after = snapshot(copy);
  copy.close();
  return after;
}

describe('re-extraction, article by article', () => {
  it('stops between articles when cancelled: each article re-extracted or untouched', async () => {
    const { db } = await libraryWithStaleDetection();
    const before = snapshot(db);
    const after = await fullyReextracted(db);
    const changing = [...before.keys()].filter((id) => before.get(id) !== after.get(id));
    expect(changing.length).toBe(ARTICLES); // every article changes, so the check below has teeth

    const controller = new AbortController();
    const seen: number[] = [];
    const counts = await reextract(db, undefined, {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 5) controller.abort();
      },
    });
    expect(counts).toMatchObject({ articles: 5, cancelled: true });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const now = snapshot(db);
    const ids = [...before.keys()];
    for (const [i, id] of ids.entries()) {
      // The first five were re-extracted; no later one was touched.
      expect(now.get(id), `article ${id}`).toBe(i < 5 ? after.get(id) : before.get(id));
    }
  });

  it('rolls an article back whole when it fails part-way, keeping the articles done before it', async () => {
    const { db } = await libraryWithStaleDetection();
    const before = snapshot(db);
    const after = await fullyReextracted(db);
    const ids = [...before.keys()];
    const failing = ids.find((id, i) => i >= 3 && before.get(id) !== after.get(id))!;
    // The article's last write fails, after its statements and stances were already rewritten in the transaction.
    db.exec(`CREATE TEMP TRIGGER fail_one BEFORE UPDATE OF extractor_version ON articles
             WHEN NEW.id = ${failing} BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    await expect(reextract(db)).rejects.toThrow('disk trouble');
    const now = snapshot(db);
    for (const id of ids) {
      const expected = id < failing ? after.get(id) : before.get(id);
      expect(now.get(id), `article ${id}`).toBe(expected);
    }
  });
});
