// The people/actor registry: resolving typed names to one record, merging speakers or actors (undoable), and applying
// merges to what the engine extracts, so later imports read a variant as the record it was merged into.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { actorSlug, resolveActor } from '../core/entities/resolve-actor';
import { ParleyError } from '../core/errors';
import { knownEntities } from '../core/extract/gazetteer';
import { KnownPeople, ROSTER } from '../core/extract/known-people';
import type { ExtractedStatement } from '../core/extract/types';
import { listActors } from '../db/repositories/actors';
import { countEdits } from '../db/repositories/edits';
import {
  actorVariantTarget,
  statementIdsByActor,
  statementsBySpeaker,
  actorVariantsOf,
  canonicalActor,
  canonicalPerson,
  personActor,
  readRegistry,
  usualActorOf,
  variantsOf,
} from '../db/repositories/registry';
import { commitChanges, type Change } from './edit-log';
import type { HandlerMap } from './handler-types';

const KNOWN = knownEntities();
const ROSTER_PEOPLE = new KnownPeople(ROSTER);

/** The actor id for what the analyst typed: the library's actor or a known state by name or alias, else a new id. */
export function resolveActorText(db: Database, text: string): string | null {
  const id = resolveActor(text, listActors(db), KNOWN) ?? (actorSlug(text) || null);
  return id === null ? null : canonicalActor(db, id);
}

/** The actor Parley knows a speaker by: the registry's, the one most given to them across the library, else the roster's. */
export function knownActorOf(db: Database, speaker: string): string | null {
  const actor =
    personActor(db, speaker) ?? usualActorOf(db, speaker) ?? ROSTER_PEOPLE.lookup(speaker.split(/\s+/))?.actor ?? null;
  return actor === null ? null : canonicalActor(db, actor);
}

/** Speakers and actors the analyst merged are rewritten to their record; a known person's actor fills an empty one. */
export function applyRegistry(db: Database, statements: ExtractedStatement[]): ExtractedStatement[] {
  return statements.map((s) => {
    const speaker = s.speaker === null ? null : canonicalPerson(db, s.speaker);
    let actor = s.actor === null ? null : canonicalActor(db, s.actor);
    const registered = speaker === null ? null : personActor(db, speaker);
    if (registered !== null) actor = canonicalActor(db, registered);
    return speaker === s.speaker && actor === s.actor ? s : { ...s, speaker, actor };
  });
}

function mergeOutcome(db: Database, statements: number): MethodOutput<'people.merge'> {
  return { statements, ...countEdits(db) };
}

export function mergePeople(db: Database, input: MethodInput<'people.merge'>): MethodOutput<'people.merge'> {
  const into = canonicalPerson(db, input.into);
  const from = input.from;
  if (from.toLowerCase() === into.toLowerCase()) {
    throw new ParleyError('invalid_input', `"${from}" and "${into}" are already the same person.`);
  }
  const rows = statementsBySpeaker(db, from);
  const changes: Change[] = [
    // the variants of the merged person follow it
    ...variantsOf(db, from).map((v): Change => ({
      entity: 'person_variant',
      id: v,
      field: 'person',
      old: from,
      new: into,
    })),
    {
      entity: 'person_variant',
      id: from,
      field: 'person',
      old: canonicalPerson(db, from) === from ? null : canonicalPerson(db, from),
      new: into,
    },
    ...rows.map((r): Change => ({ entity: 'statement', id: r.id, field: 'speaker', old: r.speaker, new: into })),
  ];
  commitChanges(db, changes);
  return mergeOutcome(db, rows.length);
}

export function mergeActors(db: Database, input: MethodInput<'actors.merge'>): MethodOutput<'actors.merge'> {
  const from = resolveActorText(db, input.from)!;
  const into = resolveActorText(db, input.into)!;
  if (from === into) throw new ParleyError('invalid_input', `"${input.from}" and "${input.into}" are the same actor.`);
  const ids = statementIdsByActor(db, from);
  const old = actorVariantTarget(db, from);
  commitChanges(db, [
    ...actorVariantsOf(db, from).map((v): Change => ({
      entity: 'actor_variant',
      id: v,
      field: 'actor',
      old: from,
      new: into,
    })),
    { entity: 'actor_variant', id: from, field: 'actor', old, new: into },
    ...ids.map((id): Change => ({ entity: 'statement', id, field: 'actor', old: from, new: into })),
  ]);
  return mergeOutcome(db, ids.length);
}

export const registryHandlers: HandlerMap<'entities.known' | 'registry.list' | 'people.merge' | 'actors.merge'> = {
  'entities.known': () => KNOWN,
  'registry.list': (db) => readRegistry(db),
  'people.merge': mergePeople,
  'actors.merge': mergeActors,
};
