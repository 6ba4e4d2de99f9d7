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

export function deleteVariable(db: Database, id: number): void {
  db.prepare('DELETE FROM variables WHERE id = ?').run(id);
}

/** Writes a built-in's value into the article's own column(s); grading arrives as its letter and digit. */
export function putBuiltinValue(
  db: Database,
  articleId: number,
  builtin: NonNullable<Variable['builtin']>,
  value: string | null,
  grading?: { reliability: string | null; credibility: number | null },
): void {
  if (builtin === 'source') db.prepare('UPDATE articles SET source = ? WHERE id = ?').run(value, articleId);
  else if (builtin === 'published') db.prepare('UPDATE articles SET published = ? WHERE id = ?').run(value, articleId);
  else {
    db.prepare('UPDATE articles SET source_reliability = ?, source_credibility = ? WHERE id = ?').run(
      grading?.reliability ?? null,
      grading?.credibility ?? null,
      articleId,
    );
  }
}

/** The SQL expression of a built-in's value on `a`, matching builtinValue above. */
const BUILTIN_SQL: Record<NonNullable<Variable['builtin']>, string> = {
  source: 'a.source',
  published: 'substr(a.published, 1, 10)',
  grading: "nullif(coalesce(a.source_reliability, '') || coalesce(a.source_credibility, ''), '')",
};

/** The values an article may match on a variable: "" stands for "not set". */
export interface ValueFilter {
  variable: Variable;
  values: string[];
}

/** Ids of the articles whose value of every filtered variable is one of the chosen values ("" matching unset). */
export function articlesMatching(db: Database, filters: ValueFilter[]): number[] {
  const where: string[] = [];
  const params: string[] = [];
  for (const f of filters) {
    const expr = f.variable.builtin
      ? BUILTIN_SQL[f.variable.builtin]
      : `(SELECT value FROM article_variables WHERE article_id = a.id AND variable_id = ${Number(f.variable.id)})`;
    where.push(`coalesce(${expr}, '') IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(f.values));
  }
  const sql = `SELECT a.id FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id`;
  return db
    .prepare(sql)
    .pluck()
    .all(...params) as number[];
}

/** Each variable's values in use in the library with how many articles hold each ("" = not set), most first. */
export function valuesInUse(db: Database, variable: Variable, limit = 200): { value: string; articles: number }[] {
  const expr = variable.builtin
    ? BUILTIN_SQL[variable.builtin]
    : `(SELECT value FROM article_variables WHERE article_id = a.id AND variable_id = ${Number(variable.id)})`;
  return db
    .prepare(
      `SELECT coalesce(${expr}, '') AS value, count(*) AS articles FROM articles a
       GROUP BY 1 ORDER BY articles DESC, value LIMIT ?`,
    )
    .all(limit) as { value: string; articles: number }[];
}
