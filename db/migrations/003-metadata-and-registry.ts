// Schema v3: article metadata the analyst can trust (raw date text kept, missing headline flagged, outlet as a name)
// and the people/actor registry of name variants that merges write and later imports read.
import type { Database } from 'better-sqlite3';
import { normaliseDate } from '../../core/import/normalise-date';
import { outletName } from '../../core/import/outlet-name';

const sql = /* sql */ `
ALTER TABLE articles ADD COLUMN published_raw TEXT;
ALTER TABLE articles ADD COLUMN title_missing INTEGER NOT NULL DEFAULT 0 CHECK (title_missing IN (0, 1));

-- Another spelling of a person (people.name is the canonical one): "Shah Mahmood" -> "Shah Mehmood Qureshi".
CREATE TABLE person_variants (
  variant TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
);
CREATE INDEX person_variants_person ON person_variants(person_id);

-- Another actor id that means this actor (a gazetteer state or the analyst's own actor): "britain" -> "uk".
CREATE TABLE actor_variants (
  variant TEXT NOT NULL PRIMARY KEY,
  actor_id TEXT NOT NULL
) WITHOUT ROWID;
`;

export function up(db: Database): void {
  db.exec(sql);
  // Dates and outlets stored before v3 as free text are read the way imports now read them.
  const rows = db.prepare('SELECT id, source, url, published, body FROM articles').all() as {
    id: number;
    source: string | null;
    url: string | null;
    published: string | null;
    body: string;
  }[];
  const update = db.prepare('UPDATE articles SET source = ?, published = ?, published_raw = ? WHERE id = ?');
  for (const r of rows) {
    const date = normaliseDate(r.published, { context: r.body.slice(0, 600) });
    update.run(outletName(r.source, r.url), date.date, date.raw, r.id);
  }
}
