// SQL for the values a search can be filtered by: every speaker and actor in the library with its statement count.
import type { Database } from 'better-sqlite3';

export interface FacetRow {
  value: string;
  count: number;
}

const LIMIT = 2000;

export function speakerFacets(db: Database): FacetRow[] {
  return db
    .prepare(
      `SELECT speaker AS value, count(*) AS count FROM statements WHERE speaker IS NOT NULL AND speaker <> ''
       GROUP BY speaker ORDER BY count DESC, speaker COLLATE NOCASE LIMIT ?`,
    )
    .all(LIMIT) as FacetRow[];
}

export function actorFacets(db: Database): FacetRow[] {
  return db
    .prepare(
      `SELECT actor AS value, count(*) AS count FROM statements WHERE actor IS NOT NULL AND actor <> ''
       GROUP BY actor ORDER BY count DESC, actor LIMIT ?`,
    )
    .all(LIMIT) as FacetRow[];
}
