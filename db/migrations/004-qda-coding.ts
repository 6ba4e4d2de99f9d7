// Schema for QDA work: span codings with coder and memo, memos on the project, articles and codes, typed document
// variables with built-ins, and the coder on statement tags (which the app shows as codings spanning the statement).
//
// Built-in variables whose value already lives on the article (outlet = source, published, grading) are read from
// the article, never copied here, so there is one home for each fact.
import type { Database } from 'better-sqlite3';

const sql = /* sql */ `
CREATE TABLE codings (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL,
  coder TEXT NOT NULL DEFAULT '',
  memo TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ("end" > start)
);
CREATE INDEX codings_article ON codings(article_id, start);
CREATE INDEX codings_tag ON codings(tag_id, article_id);

ALTER TABLE statement_tags ADD COLUMN coder TEXT NOT NULL DEFAULT '';

-- One memo per thing: the project (both ids null), an article, or a code. Coding memos live on the coding.
CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  tag_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  coder TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (article_id IS NULL OR tag_id IS NULL)
);
CREATE UNIQUE INDEX memos_owner ON memos(ifnull(article_id, 0), ifnull(tag_id, 0));

CREATE TABLE variables (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean', 'category')),
  -- The allowed values of a category variable, as a JSON array.
  options TEXT NOT NULL DEFAULT '[]',
  -- 'source', 'published' or 'grading' for built-ins read from the article; null for stored values.
  builtin TEXT,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE article_variables (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (article_id, variable_id)
) WITHOUT ROWID;
CREATE INDEX article_variables_value ON article_variables(variable_id, value);

INSERT INTO variables (name, type, options, builtin, position) VALUES
  ('Outlet', 'text', '[]', 'source', 1),
  ('Country of outlet', 'text', '[]', NULL, 2),
  ('Language', 'text', '[]', NULL, 3),
  ('Genre', 'category', '["news","editorial","opinion","interview","transcript","press release","analysis"]', NULL, 4),
  ('Grading', 'text', '[]', 'grading', 5),
  ('Published', 'date', '[]', 'published', 6);
`;

export function up(db: Database): void {
  db.exec(sql);
}
