// `parley list`: the articles in the database with their statement counts.
import { openDatabase } from '../db/connection';
import { resolveDatabasePath } from '../db/paths';
import { callMethod } from './call';

export async function runList(dbOption: string | undefined, json: boolean): Promise<number> {
  const db = openDatabase(resolveDatabasePath(dbOption));
  try {
    const rows = (await callMethod(db, 'articles.list', {})).map((a) => ({
      id: a.id,
      title: a.title,
      source: a.source,
      published: a.published,
      statements: a.statements,
    }));
    if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else for (const r of rows) process.stdout.write(`${r.id}\t${r.statements}\t${r.title}\n`);
    return 0;
  } finally {
    db.close();
  }
}
