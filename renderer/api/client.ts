// Typed calls to every contract method; a failure arrives as a thrown ApiError carrying { code, message }.
import type { MethodName } from '../../core/contract-names';
import type { MethodInput, MethodOutput } from '../../core/contract';
import type { ErrorCode } from '../../core/errors';
import { send } from './transport';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
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
  return envelope.value as MethodOutput<M>;
}

export { onSessionLost, subscribe, type SessionLoss } from './transport';
