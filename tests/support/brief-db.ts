// Brief tests that need a database: the hostile article imported through the real import service.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { HOSTILE_ARTICLE } from './brief-fixtures';
import { ok } from './calls';

/** Imports the hostile fixture into a database and returns its article id. */
export async function importHostile(db: Database): Promise<number> {
  const imported = await ok(db, 'articles.import', {
    fileName: 'hostile-article.txt',
    dataBase64: readFileSync(HOSTILE_ARTICLE).toString('base64'),
  });
  return imported.article.id;
}
