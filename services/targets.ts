// Target services: the analyst's targets with their aliases.
import { listTargets } from '../db/repositories/targets';
import type { HandlerMap } from './handler-types';

export const targetHandlers: HandlerMap<'targets.list'> = {
  'targets.list': (db) => listTargets(db),
};
