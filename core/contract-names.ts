// The names of every backend method: the only part of the contract the sandboxed preload may import.

export const METHOD_NAMES = ['app.info', 'articles.import', 'articles.list', 'articles.get', 'targets.list'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_PREFIX = 'parley:';
export const EVENT_PREFIX = 'parley:event:';

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
