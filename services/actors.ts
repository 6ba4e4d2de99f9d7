// Actor services: the analyst's actors with their aliases and people; saving or deleting one re-runs detection.
import { ParleyError } from '../core/errors';
import { deleteActor, listActors, saveActor } from '../db/repositories/actors';
import { slugOf, withLabel } from './analyst-names';
import type { HandlerMap } from './handler-types';
import { reextractJob } from './reextract';

export const actorHandlers: HandlerMap<'actors.list' | 'actors.save' | 'actors.delete'> = {
  'actors.list': (db) => listActors(db),
  'actors.save': async (db, input) => {
    const id = input.id ?? slugOf(input.label);
    const actor = {
      id,
      label: input.label,
      kind: input.kind ?? 'state',
      aliases: withLabel(input.label, input.aliases),
      people: input.people,
    };
    db.transaction(() => saveActor(db, actor)).immediate();
    return { actor: listActors(db).find((a) => a.id === id)!, reextract: await reextractJob(db) };
  },
  'actors.delete': async (db, input) => {
    if (!deleteActor(db, input.id)) throw new ParleyError('not_found', `There is no actor "${input.id}".`);
    return { reextract: await reextractJob(db) };
  },
};
