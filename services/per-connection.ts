// Backend state owned by a database connection (jobs, import batches, event listeners): every handler is handed its
// connection, so two databases in one process, or two tests, never see each other's state.
import type { Database } from 'better-sqlite3';

/** An accessor for one piece of state per connection, made on first use and dropped with the connection. */
export function perConnection<T>(create: () => T): (db: Database) => T {
  const states = new WeakMap<Database, T>();
  return (db) => {
    let state = states.get(db);
    if (state === undefined) states.set(db, (state = create()));
    return state;
  };
}
