// SQL for document variables: definitions, stored values, and built-ins read from the article's own columns.
import type { Database } from 'better-sqlite3';
import type { Variable, VariableValues } from '../../core/qda/types';

interface VariableRow {
  id: number;
  name: string;
  type: Variable['type'];
  options: string;
  builtin: Variable['builtin'];
}

const toVariable = (r: VariableRow): Variable => ({
  id: r.id,
  name: r.name,
  type: r.type,
  options: JSON.parse(r.options) as string[],
  builtin: r.builtin,
});

export function listVariables(db: Database): Variable[] {
  return (
    db.prepare('SELECT id, name, type, options, builtin FROM variables ORDER BY position, id').all() as VariableRow[]
  ).map(toVariable);
}

export function getVariable(db: Database, id: number): Variable | undefined {
  const row = db.prepare('SELECT id, name, type, options, builtin FROM variables WHERE id = ?').get(id) as
    VariableRow | undefined;
  return row && toVariable(row);
}

export function findVariableByName(db: Database, name: string): Variable | undefined {
  const row = db
    .prepare('SELECT id, name, type, options, builtin FROM variables WHERE name = ? COLLATE NOCASE')
    .get(name) as VariableRow | undefined;
  return row && toVariable(row);
}

export function insertVariable(db: Database, v: Omit<Variable, 'id' | 'builtin'>): number {
  const info = db
    .prepare(
      'INSERT INTO variables (name, type, options, position) VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM variables))',
    )
    .run(v.name, v.type, JSON.stringify(v.options));
  return Number(info.lastInsertRowid);
}

export function updateVariable(db: Database, v: Omit<Variable, 'builtin'>): void {
  db.prepare('UPDATE variables SET name = ?, type = ?, options = ? WHERE id = ?').run(
    v.name,
    v.type,
    JSON.stringify(v.options),
    v.id,
  );
}

/** A built-in's value on the article: the outlet, the publication date, or the grading like "B2". */
function builtinValue(row: ArticleCols, builtin: NonNullable<Variable['builtin']>): string | null {
  if (builtin === 'source') return row.source;
  if (builtin === 'published') return row.published ? row.published.slice(0, 10) : null;
  return row.source_reliability || row.source_credibility
    ? `${row.source_reliability ?? ''}${row.source_credibility ?? ''}`
    : null;
}

interface ArticleCols {
  id: number;
  source: string | null;
  published: string | null;
  source_reliability: string | null;
  source_credibility: number | null;
}

/** Every variable's value for each article, by variable name (null where unset). */
export function valuesOfArticles(db: Database, articleIds: number[]): Map<number, VariableValues> {
  const vars = listVariables(db);
  const out = new Map<number, VariableValues>();
  const ids = JSON.stringify(articleIds);
  const articles = db
    .prepare(
      'SELECT id, source, published, source_reliability, source_credibility FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all(ids) as ArticleCols[];
  for (const a of articles) {
    const values: VariableValues = {};
    for (const v of vars) values[v.name] = v.builtin ? builtinValue(a, v.builtin) : null;
    out.set(a.id, values);
  }
  const stored = db
    .prepare(
      `SELECT av.article_id, v.name, av.value FROM article_variables av JOIN variables v ON v.id = av.variable_id
       WHERE av.article_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as { article_id: number; name: string; value: string }[];
  for (const s of stored) {
    const values = out.get(s.article_id);
    if (values) values[s.name] = s.value;
  }
  return out;
}

export function putStoredValue(db: Database, articleId: number, variableId: number, value: string | null): void {
  if (value === null) {
    db.prepare('DELETE FROM article_variables WHERE article_id = ? AND variable_id = ?').run(articleId, variableId);
  } else {
    db.prepare(
      `INSERT INTO article_variables (article_id, variable_id, value) VALUES (?, ?, ?)
       ON CONFLICT (article_id, variable_id) DO UPDATE SET value = excluded.value`,
    ).run(articleId, variableId, value);
  }
}
