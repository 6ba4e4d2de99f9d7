// The one entry all transports share: validate input by the contract, run the service, turn failures into {code, message}.
import type { Database } from 'better-sqlite3';
import { contract } from '../core/contract';
import { describeIssues, replyProblem } from '../core/contract-check';
import { isMethodName } from '../core/contract-names';
import type { WireError } from '../core/errors';
import { editCounts, takeEditsTouched } from './edit-log';
import { toWireError } from './errors';
import { handlers } from './handlers';

/** The undo and redo counts a reply carries when its call changed the edits log, so the UI needs no second call. */
export interface EditCounts {
  undoable: number;
  redoable: number;
}

export type DispatchResult = { ok: true; value: unknown; edits?: EditCounts } | { ok: false; error: WireError };

export async function dispatch(db: Database, method: unknown, rawInput: unknown): Promise<DispatchResult> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` } };
  }
  // An absent body means "no arguments"; an explicit null is as malformed as any other non-object.
  const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}` },
    };
  }
  try {
    const handler = handlers[method] as (db: Database, input: unknown) => unknown;
    takeEditsTouched(db);
    const value = await handler(db, parsed.data);
    const edits = takeEditsTouched(db) ? editCounts(db) : undefined;
    if (checkReplies()) {
      // The renderer trusts the reply's type; in development and tests the contract holds the service to it.
      const problem = replyProblem(method, value);
      if (problem) return { ok: false, error: { code: 'internal', message: problem } };
    }
    return edits ? { ok: true, value, edits } : { ok: true, value };
  } catch (err) {
    return { ok: false, error: toWireError(err) };
  }
}

/** Replies are checked against the contract under Vitest, in development, or with PARLEY_CHECK_REPLIES=1 (e2e hosts). */
export function checkReplies(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PARLEY_CHECK_REPLIES !== undefined) return env.PARLEY_CHECK_REPLIES === '1';
  return env.VITEST !== undefined || env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}
