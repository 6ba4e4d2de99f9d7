// Target services: the analyst's targets with their aliases; saving or deleting one re-runs detection, keeping edits.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import { ParleyError } from '../core/errors';
import { deleteTarget, listTargets, saveTarget } from '../db/repositories/targets';
import { slugOf, withLabel } from './analyst-names';
import type { HandlerMap } from './handler-types';
import { reextractJob } from './reextract';

export const targetHandlers: HandlerMap<'targets.list' | 'targets.save' | 'targets.delete'> = {
  'targets.list': (db) => listTargets(db),
  'targets.save': async (db: Database, input: MethodInput<'targets.save'>) => {
    const id = input.id ?? slugOf(input.label);
    db.transaction(() =>
      saveTarget(db, { id, label: input.label, aliases: withLabel(input.label, input.aliases) }),
    ).immediate();
    return {
      target: listTargets(db).find((t) => t.id === id)!,
      reextract: input.detect ? await reextractJob(db) : null,
    };
  },
  'targets.delete': async (db, input) => {
    if (!deleteTarget(db, input.id)) throw new ParleyError('not_found', `There is no target "${input.id}".`);
    return { reextract: await reextractJob(db) };
  },
};
