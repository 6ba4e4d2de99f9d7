// The names (aliases, people) that a query lists for each owner id, in the query's order.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';

/** `sql` selects `owner` and `name` columns; the result gives an owner's names ([] for none). */
export function namesByOwner(db: Database, sql: string): (ownerId: string) => string[] {
  const byOwner = new Map<string, string[]>();
  for (const { owner, name } of prepared(db, sql).all() as { owner: string; name: string }[]) {
    const names = byOwner.get(owner);
    if (names) names.push(name);
    else byOwner.set(owner, [name]);
  }
  return (ownerId) => byOwner.get(ownerId) ?? [];
}
