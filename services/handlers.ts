// Every contract method's service function; the type makes a missing or extra method a compile error.
import type { MethodName } from '../core/contract-names';
import type { HandlerMap } from './handler-types';
import { appHandlers } from './app';
import { articleHandlers } from './articles';
import { targetHandlers } from './targets';

export const handlers: HandlerMap<MethodName> = {
  ...appHandlers,
  ...articleHandlers,
  ...targetHandlers,
};
