// The CLI's way into the services: a contract method through dispatch, validated as the app's calls are; failures throw.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import type { MethodName } from '../core/contract-names';
import { ParleyError } from '../core/errors';
import { dispatch } from '../services/dispatch';

/** Runs one contract method on the database; a failure is thrown as the ParleyError the app would have shown. */
export async function callMethod<M extends MethodName>(
  db: Database,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(db, method, input);
  if (!result.ok) throw new ParleyError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}
