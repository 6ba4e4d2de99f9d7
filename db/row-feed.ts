// Feeds a large scan's rows to a callback through a SQL function, so reading many rows of numbers builds no JS array
// or object per row: SQLite calls the function once per row and the query returns a single count.
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

/** Up to six values of one row, in the order the columns were given; absent columns are undefined. */
export type RowFeed = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => void;

const FN = 'parley_row_feed';
const feeds = new WeakMap<Database, { current: RowFeed | null }>();

/** The connection's feed slot, with its SQL function registered once. */
function slot(db: Database): { current: RowFeed | null } {
  let s = feeds.get(db);
  if (!s) {
    const here = { current: null as RowFeed | null };
    db.function(FN, { varargs: true, deterministic: false }, (a, b, c, d, e, f) => {
      here.current!(a, b, c, d, e, f);
      return 1;
    });
    feeds.set(db, (s = here));
  }
  return s;
}

/**
 * Runs `SELECT <columns> <rest>` and hands each row's values to `feed`, in the order SQLite produces the rows.
 * `rest` is the FROM clause onward (no ORDER BY at the top level: order a subquery instead); at most six columns.
 */
export function feedRows(
  db: Database,
  columns: string[],
  rest: string,
  params: Record<string, unknown>,
  feed: RowFeed,
): number {
  if (columns.length === 0 || columns.length > 6) throw new Error('feedRows takes one to six columns');
  const s = slot(db);
  if (s.current) throw new Error('feedRows is not re-entrant');
  s.current = feed;
  try {
    return prepared(db, `SELECT count(${FN}(${columns.join(', ')})) ${rest}`)
      .pluck()
      .get(params) as number;
  } finally {
    s.current = null;
  }
}
