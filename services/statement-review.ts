// Review edits on one statement: speaker, actor, kind, reviewed, star, stances, note and tags; each logged for undo.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import type { Statement } from '../core/domain';
import { foundBy, ParleyError } from '../core/errors';
import { getStatement } from '../db/repositories/statements';
import { commitChanges, stanceCodingKey, type Change, type StanceValue } from './edit-log';
import { coderName } from './coder';
import { getStanceCoding, type StanceCodingLabel } from '../db/repositories/stance-codings';
import type { HandlerMap } from './handler-types';
import { canonicalPerson } from '../db/repositories/registry';
import { knownActorOf, resolveActorText } from './registry';
import { learnFromDecisions, requestRebuild } from './learner';
import { tagExists } from '../db/repositories/tags';

export const statementOrThrow = foundBy(getStatement, 'statement');

function withAnalystFields(before: Statement, fields: string[]): Change[] {
  const next = [...new Set([...before.analystFields, ...fields])].sort();
  return [{ entity: 'statement', id: before.id, field: 'analyst_fields', old: before.analystFields, new: next }];
}

/** A typed speaker becomes the record it was merged into; a typed actor ("UK", "Britain") the one known actor. */
function resolvedInput(db: Database, before: Statement, input: MethodInput<'statements.update'>) {
  const speaker = input.speaker ? canonicalPerson(db, input.speaker) : input.speaker;
  let actor = input.actor ? resolveActorText(db, input.actor) : input.actor;
  // Setting a speaker fills Speaks for from what Parley knows of that person, unless the analyst chose an actor.
  if (speaker && actor === undefined && !before.analystFields.includes('actor')) {
    actor = knownActorOf(db, speaker) ?? undefined;
  }
  return { ...input, speaker, actor };
}

export function updateStatement(db: Database, raw: MethodInput<'statements.update'>): Statement {
  const before = statementOrThrow(db, raw.id);
  const input = resolvedInput(db, before, raw);
  const changes: Change[] = [];
  const touched: string[] = [];
  for (const field of ['speaker', 'actor', 'kind'] as const) {
    const value = input[field];
    if (value === undefined || value === before[field]) continue;
    changes.push({ entity: 'statement', id: before.id, field, old: before[field], new: value });
    touched.push(field);
  }
  for (const field of ['reviewed', 'starred'] as const) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) {
      changes.push({ entity: 'statement', id: before.id, field, old: before[field], new: value });
    }
  }
  if (touched.length) changes.push(...withAnalystFields(before, touched));
  commitChanges(db, changes);
  if (input.reviewed === false && before.reviewed) requestRebuild(db);
  else if (input.reviewed === true && !before.reviewed) learnFromDecisions(db, [input.id]);
  return statementOrThrow(db, input.id);
}

function stanceValue(s: Statement['stances'][number] | undefined): StanceValue | null {
  return s ? { label: s.label, confidence: s.confidence, cues: s.cues, origin: s.origin, note: null } : null;
}

/** The analyst's own record of deciding a target (the coder in settings, now): engine output never makes one. */
function coderDecision(db: Database, statementId: number, target: string, label: StanceCodingLabel): Change {
  const coder = coderName(db);
  const old = getStanceCoding(db, statementId, target, coder);
  return {
    entity: 'stance_coding',
    id: stanceCodingKey(statementId, target, coder),
    field: 'row',
    old,
    // The same decision again stands as first made: nothing to log or undo.
    new: old?.label === label ? old : { label, at: new Date().toISOString() },
  };
}

export function setStance(db: Database, input: MethodInput<'stances.set'>): Statement {
  const before = statementOrThrow(db, input.statementId);
  const current = before.stances.find((s) => s.target === input.target);
  const next: StanceValue | null =
    input.label === null
      ? null
      : { label: input.label, confidence: 1, cues: current?.cues ?? [], origin: 'analyst', note: null };
  commitChanges(db, [
    { entity: 'stance', id: `${before.id}:${input.target}`, field: 'row', old: stanceValue(current), new: next },
    // The analyst has decided this target: re-extraction will neither re-add nor change it.
    ...withAnalystFields(before, [`stance:${input.target}`]),
    // Removing a stance is a decision too: this statement takes none on the target.
    coderDecision(db, before.id, input.target, input.label ?? 'none'),
  ]);
  learnFromDecisions(db, [input.statementId]);
  return statementOrThrow(db, input.statementId);
}

export function acceptStances(db: Database, input: MethodInput<'stances.accept'>): Statement {
  const before = statementOrThrow(db, input.statementId);
  const chosen = before.stances.filter(
    (s) => s.origin === 'auto' && (input.target === undefined || s.target === input.target),
  );
  if (input.target !== undefined && chosen.length === 0 && !before.stances.some((s) => s.target === input.target)) {
    throw new ParleyError('not_found', `Statement ${before.id} has no suggested stance on "${input.target}".`);
  }
  commitChanges(db, [
    ...chosen.map((s): Change => ({
      entity: 'stance',
      id: `${before.id}:${s.target}`,
      field: 'row',
      old: stanceValue(s),
      new: { ...stanceValue(s)!, origin: 'analyst' },
    })),
    ...(chosen.length
      ? withAnalystFields(
          before,
          chosen.map((s) => `stance:${s.target}`),
        )
      : []),
    // Confirming one target already decided (by another analyst) is this analyst's decision too.
    ...(input.target === undefined ? chosen : before.stances.filter((s) => s.target === input.target)).map((s) =>
      coderDecision(db, before.id, s.target, s.label),
    ),
  ]);
  if (chosen.length) learnFromDecisions(db, [input.statementId]);
  return statementOrThrow(db, input.statementId);
}

export function setNote(db: Database, input: MethodInput<'notes.set'>): Statement {
  const before = statementOrThrow(db, input.statementId);
  const body = input.body.trim() === '' ? null : input.body;
  commitChanges(db, [{ entity: 'note', id: before.id, field: 'body', old: before.note, new: body }]);
  return statementOrThrow(db, input.statementId);
}

export function setStatementTag(db: Database, input: MethodInput<'statementTags.set'>): Statement {
  const before = statementOrThrow(db, input.statementId);
  if (!tagExists(db, input.tagId)) {
    throw new ParleyError('not_found', `There is no tag with id ${input.tagId}.`);
  }
  const has = before.tagIds.includes(input.tagId);
  commitChanges(db, [
    { entity: 'statement_tag', id: `${before.id}:${input.tagId}`, field: 'on', old: has, new: input.on },
  ]);
  return statementOrThrow(db, input.statementId);
}

export const statementReviewHandlers: HandlerMap<
  'statements.update' | 'stances.set' | 'stances.accept' | 'notes.set' | 'statementTags.set'
> = {
  'statements.update': updateStatement,
  'stances.set': setStance,
  'stances.accept': acceptStances,
  'notes.set': setNote,
  'statementTags.set': setStatementTag,
};
