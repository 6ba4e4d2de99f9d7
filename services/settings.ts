// The analyst's targets and actors: saving or deleting one re-runs detection over every article, keeping analyst edits.
import { slug } from '../core/shared/slug';
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import { ParleyError } from '../core/errors';
import { deleteActor, listActors, saveActor } from '../db/repositories/actors';
import { deleteTarget, listTargets, saveTarget } from '../db/repositories/targets';
import type { HandlerMap } from './handler-types';
import { reextractJob } from './reextract';

/** "Jammu and Kashmir" → "jammu-and-kashmir". */
export function slugOf(label: string): string {
  const id = slug(label);
  if (!id) throw new ParleyError('invalid_input', `Give "${label}" an id of lowercase letters and digits.`);
  return id;
}

const withLabel = (label: string, aliases: string[]) => [...new Set([label, ...aliases])];

export const settingsHandlers: HandlerMap<
  'targets.save' | 'targets.delete' | 'actors.list' | 'actors.save' | 'actors.delete' | 'articles.reextract'
> = {
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
  'articles.reextract': (db, input) => reextractJob(db, input.articleIds),
};
