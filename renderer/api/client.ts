// Typed calls to every contract method; a failure arrives as a thrown ApiError carrying { code, message }.
import type { MethodName } from '../../core/contract-names';
import type { MethodInput, MethodOutput } from '../../core/contract';
import { ApiError } from './api-error';
import { checkedReply } from './reply-gate';
import { send } from './transport';

export { ApiError };

/**
 * Replies are checked against the contract in development builds (`electron-vite dev`, Vitest) and in a build made
 * with PARLEY_CHECK_REPLIES=1; a production build drops the check, and zod with it, at build time.
 */
const CHECK_REPLIES = import.meta.env.DEV || import.meta.env.PARLEY_CHECK_REPLIES === '1';

declare global {
  interface ImportMetaEnv {
    /** '1' in a build made with PARLEY_CHECK_REPLIES=1 (electron.vite.config.ts defines it). */
    readonly PARLEY_CHECK_REPLIES?: string;
  }
}

export type EditCounts = { undoable: number; redoable: number };
let editCountsListener: ((counts: EditCounts) => void) | null = null;
let latestEditCounts: EditCounts | null = null;

/** The edits store hears the undo and redo counts every editing reply carries (the latest at once), with no call. */
export function onEditCounts(listener: (counts: EditCounts) => void): void {
  editCountsListener = listener;
  if (latestEditCounts) listener(latestEditCounts);
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = await send(method, input);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  if (envelope.edits) {
    latestEditCounts = envelope.edits;
    editCountsListener?.(envelope.edits);
  }
  return CHECK_REPLIES ? checkedReply(method, envelope.value) : (envelope.value as MethodOutput<M>);
}

export { onSessionLost, subscribe, type SessionLoss } from './transport';
