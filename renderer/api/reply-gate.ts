// Development builds hold each reply to its method's declared output (core/contract.ts) as it arrives, so a reply the
// transport or the backend bent fails at the door, in words, not deep in a component. Production builds leave it out.
import type { MethodName } from '../../core/contract-names';
import type { MethodOutput } from '../../core/contract';
import { ApiError } from './api-error';

/** The reply as its declared type, or an ApiError ('internal') naming the method and the field that breaks it. */
export async function checkedReply<M extends MethodName>(method: M, value: unknown): Promise<MethodOutput<M>> {
  // Loaded on first use: the check brings zod and every schema, which a production bundle never carries.
  const { replyProblem } = await import('../../core/contract-check');
  const problem = replyProblem(method, value);
  if (problem) throw new ApiError('internal', problem);
  return value as MethodOutput<M>;
}
