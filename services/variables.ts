// Document variables: define typed variables, set an article's values (built-ins write the article's own columns).
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import { foundBy, ParleyError } from '../core/errors';
import type { Variable, VariableFilter, VariableValues } from '../core/qda/types';
import { normaliseValue } from '../core/qda/values';
import { articleExists } from '../db/repositories/articles';
import {
  articlesMatching,
  deleteVariable,
  findVariableByName,
  getVariable,
  insertVariable,
  listVariables,
  putBuiltinValue,
  putStoredValue,
  updateVariable,
  valuesInUse,
  valuesOfArticles,
} from '../db/repositories/variables';
import type { HandlerMap } from './handler-types';

const variableOrThrow = foundBy(getVariable, 'variable');

function articleOrThrow(db: Database, id: number): void {
  if (!articleExists(db, id)) {
    throw new ParleyError('not_found', `There is no article with id ${id}.`);
  }
}

export function saveVariable(db: Database, input: MethodInput<'variables.save'>): Variable {
  const options = [...new Set(input.options ?? [])];
  if (input.type === 'category' && options.length === 0) {
    throw new ParleyError('invalid_input', `The category variable "${input.name}" needs at least one value.`);
  }
  const other = findVariableByName(db, input.name);
  if (other && other.id !== input.id) throw new ParleyError('conflict', `A variable named "${input.name}" exists.`);
  if (input.id === undefined)
    return variableOrThrow(db, insertVariable(db, { name: input.name, type: input.type, options }));
  const v = variableOrThrow(db, input.id);
  if (v.builtin && input.type !== v.type) {
    throw new ParleyError('invalid_input', `"${v.name}" is built in; its type cannot change.`);
  }
  updateVariable(db, { id: v.id, name: input.name, type: input.type, options });
  return variableOrThrow(db, v.id);
}

/** Sets one article's value (null clears it), checked against the variable's type. */
export function setValue(db: Database, articleId: number, variable: Variable, raw: string | null): void {
  const value = raw === null || raw.trim() === '' ? null : normaliseValue(variable, raw);
  if (value !== null && typeof value === 'object') throw new ParleyError('invalid_input', value.error);
  if (variable.builtin === 'source' || variable.builtin === 'published') {
    putBuiltinValue(db, articleId, variable.builtin, value);
  } else if (variable.builtin === 'grading') {
    const m = value === null ? null : value.toUpperCase().match(/^([A-F])?([1-6])?$/);
    if (value !== null && (!m || (!m[1] && !m[2]))) {
      throw new ParleyError('invalid_input', `Grading takes a letter A–F and a digit 1–6, like B2, not "${value}".`);
    }
    putBuiltinValue(db, articleId, 'grading', value, {
      reliability: m?.[1] ?? null,
      credibility: m?.[2] ? Number(m[2]) : null,
    });
  } else {
    putStoredValue(db, articleId, variable.id, value);
  }
}

export function valuesOf(db: Database, articleId: number): VariableValues {
  articleOrThrow(db, articleId);
  return valuesOfArticles(db, [articleId]).get(articleId)!;
}

/** The articles matching every filter (all articles when there are none); an unknown variable is refused. */
export function matchingArticles(db: Database, filters: VariableFilter[]): number[] {
  return articlesMatching(
    db,
    filters.map((f) => ({ variable: variableOrThrow(db, f.variableId), values: f.values })),
  );
}

/** Narrows a scope of article ids by variable filters; undefined stays "all articles" when there are no filters. */
export function scopeOf(db: Database, articleIds: number[] | undefined, filters: VariableFilter[] | undefined) {
  if (!filters || filters.length === 0) return articleIds;
  const matching = matchingArticles(db, filters);
  if (!articleIds) return matching;
  const chosen = new Set(articleIds);
  return matching.filter((id) => chosen.has(id));
}

export const variableFilterHandlers: HandlerMap<'variables.match' | 'variables.choices'> = {
  'variables.match': (db, input) => ({ articleIds: matchingArticles(db, input.filters) }),
  'variables.choices': (db) => listVariables(db).map((v) => ({ variableId: v.id, values: valuesInUse(db, v) })),
};

export const variableHandlers: HandlerMap<
  'variables.list' | 'variables.save' | 'variables.delete' | 'variables.set' | 'variables.ofArticle'
> = {
  'variables.list': (db) => listVariables(db),
  'variables.save': saveVariable,
  'variables.delete': (db, input) => {
    const v = variableOrThrow(db, input.id);
    if (v.builtin) throw new ParleyError('invalid_input', `"${v.name}" is built in and cannot be deleted.`);
    deleteVariable(db, v.id);
    return { deleted: 1 };
  },
  'variables.set': (db, input) => {
    articleOrThrow(db, input.articleId);
    setValue(db, input.articleId, variableOrThrow(db, input.variableId), input.value);
    return valuesOf(db, input.articleId);
  },
  'variables.ofArticle': (db, input) => valuesOf(db, input.articleId),
};
