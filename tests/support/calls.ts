// Calls a contract method through the same dispatch every transport uses, failing the test on an error envelope.
import type { Database } from 'better-sqlite3';
import { callMethod } from '../../cli/call';
import { dispatch, type DispatchResult } from '../../services/dispatch';
import type { Statement } from '../../core/domain';
import { expandStatements } from '../../core/shared/compact-statements';
import type { WireError } from '../../core/errors';

/** A method's value; an error envelope is thrown as the ParleyError the app would have shown (as the CLI does). */
export const ok = callMethod;

/** A caller over any transport (a worker's client, a host's router) that returns values and fails on an error envelope. */
export function valuesOf(call: (method: string, input: unknown) => Promise<DispatchResult>) {
  return async <T = unknown>(method: string, input: unknown): Promise<T> => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
}

export async function fails(db: Database, method: string, input: unknown): Promise<WireError> {
  const r = await dispatch(db, method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

/** `articles.get` as the reader sees it: every statement whole (the reply leaves out its text and default fields). */
export async function readArticle(db: Database, id: number) {
  const { article, statements } = await ok(db, 'articles.get', { id });
  return { article, statements: expandStatements<Statement>(article, statements) };
}

/** Imports pasted text and returns the article with its statements. */
export async function importText(db: Database, text: string) {
  const imported = await ok(db, 'articles.import', { text });
  return readArticle(db, imported.article.id);
}
