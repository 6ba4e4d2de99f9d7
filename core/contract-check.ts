// A value held to a method's schemas in core/contract.ts, in words: dispatch checks every input and (in development and
// tests) every reply; the renderer's call() checks replies as they arrive in development builds.
import { contract } from './contract';
import type { MethodName } from './contract-names';

/** A schema's complaints in one line: the first five, each with the path of the field it is about. */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Why a reply breaks its method's declared output, naming the method and the field; null when it keeps to it. */
export function replyProblem(method: MethodName, value: unknown): string | null {
  const reply = contract[method].output.safeParse(value);
  return reply.success ? null : `The reply of ${method} breaks the contract: ${describeIssues(reply.error.issues)}`;
}
