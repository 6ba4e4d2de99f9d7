// Schema v1 for the whole mission: articles, statements, actors, targets, stances, tags, notes, edits, briefs, FTS.

import type { Database } from 'better-sqlite3';
import { DEFAULT_TARGETS } from '../../core/default-targets';

const sql = /* sql */ `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  source TEXT,
  url TEXT,
  published TEXT,
  body TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  file_name TEXT,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  source_reliability TEXT CHECK (source_reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  source_credibility INTEGER CHECK (source_credibility BETWEEN 1 AND 6),
  extractor_version TEXT
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'state' CHECK (kind IN ('state', 'organisation', 'group', 'other')),
  origin TEXT NOT NULL DEFAULT 'analyst' CHECK (origin IN ('auto', 'analyst')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE ON UPDATE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  actor_id TEXT REFERENCES actors(id) ON DELETE SET NULL ON UPDATE CASCADE,
  role TEXT
);

CREATE TABLE targets (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE target_aliases (
  target_id TEXT NOT NULL REFERENCES targets(id) ON DELETE CASCADE ON UPDATE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (target_id, alias)
) WITHOUT ROWID;

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL,
  -- A derived copy of body[start, end) for full-text search and exports; offsets stay the truth.
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct_quote', 'indirect', 'narration')),
  speaker TEXT,
  actor TEXT,
  claim_type TEXT CHECK (claim_type IN ('position', 'commitment', 'agreement', 'factual_claim', 'event_report')),
  claims TEXT NOT NULL DEFAULT '[]',
  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'analyst')),
  -- Fields the analyst has set; re-extraction never overwrites them. JSON array of field names.
  analyst_fields TEXT NOT NULL DEFAULT '[]',
  reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
  starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ("end" > start)
);
CREATE INDEX statements_article ON statements(article_id, seq);
CREATE INDEX statements_actor ON statements(actor);
CREATE INDEX statements_speaker ON statements(speaker);

CREATE TABLE stances (
  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL,
  label TEXT NOT NULL CHECK (label IN ('favor', 'against', 'concern', 'neutral')),
  confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
  cues TEXT NOT NULL DEFAULT '[]',
  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'analyst')),
  note TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (statement_id, target_id)
) WITHOUT ROWID;
CREATE INDEX stances_target ON stances(target_id, label, origin);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '#64748b',
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX tags_name ON tags(ifnull(parent_id, 0), name);
CREATE TABLE statement_tags (
  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (statement_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX statement_tags_tag ON statement_tags(tag_id);

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  statement_id INTEGER REFERENCES statements(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (article_id IS NOT NULL OR statement_id IS NOT NULL)
);
CREATE INDEX notes_statement ON notes(statement_id);

-- Every analyst edit: what changed, from what, to what, when; undo/redo walks this log.
CREATE TABLE edits (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  origin TEXT NOT NULL DEFAULT 'analyst' CHECK (origin IN ('auto', 'analyst')),
  group_id INTEGER,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
CREATE INDEX edits_entity ON edits(entity, entity_id);

CREATE TABLE briefs (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  model TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
`;

export function up(db: Database): void {
  db.exec(sql);
  const target = db.prepare('INSERT INTO targets (id, label, is_default, position) VALUES (?, ?, 1, ?)');
  const alias = db.prepare('INSERT INTO target_aliases (target_id, alias) VALUES (?, ?)');
  DEFAULT_TARGETS.forEach((t, i) => {
    target.run(t.id, t.label, i + 1);
    for (const a of t.aliases) alias.run(t.id, a);
  });
}
