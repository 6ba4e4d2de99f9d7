// Contract entries for reviewing statements: field edits, stances, notes, tags on statements, bounds, undo and redo.
import { z } from 'zod';
import { Id, Kind, StanceLabel, Statement } from '../domain';

const Name = z.string().trim().min(1).max(200);
const TargetId = z.string().trim().min(1).max(100);
const EditOutcome = z.object({
  description: z.string(),
  articleId: Id.nullable(),
  statementId: Id.nullable(),
  undoable: z.number().int(),
  redoable: z.number().int(),
});
const Offsets = { start: z.number().int().nonnegative(), end: z.number().int().positive() };

export const reviewMethods = {
  'statements.update': {
    input: z
      .object({
        id: Id,
        speaker: Name.nullable().optional(),
        actor: z.string().trim().min(1).max(100).nullable().optional(),
        kind: Kind.optional(),
        reviewed: z.boolean().optional(),
        starred: z.boolean().optional(),
      })
      .strict(),
    output: Statement,
  },
  'statements.create': {
    input: z.object({ articleId: Id, ...Offsets }).strict(),
    output: Statement,
  },
  'statements.setBounds': {
    input: z.object({ id: Id, ...Offsets }).strict(),
    output: Statement,
  },
  'statements.split': {
    input: z.object({ id: Id, at: z.number().int().positive() }).strict(),
    output: z.tuple([Statement, Statement]),
  },
  'statements.merge': {
    input: z.object({ id: Id, nextId: Id }).strict(),
    output: Statement,
  },
  'statements.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id, articleId: Id }),
  },
  'stances.set': {
    input: z.object({ statementId: Id, target: TargetId, label: StanceLabel.nullable() }).strict(),
    output: Statement,
  },
  'stances.accept': {
    input: z.object({ statementId: Id, target: TargetId.optional() }).strict(),
    output: Statement,
  },
  'notes.set': {
    input: z.object({ statementId: Id, body: z.string().max(100_000) }).strict(),
    output: Statement,
  },
  'statementTags.set': {
    input: z.object({ statementId: Id, tagId: Id, on: z.boolean() }).strict(),
    output: Statement,
  },
  'edits.undo': { input: z.object({}).strict(), output: EditOutcome },
  'edits.redo': { input: z.object({}).strict(), output: EditOutcome },
  'edits.status': {
    input: z.object({}).strict(),
    output: z.object({ undoable: z.number().int(), redoable: z.number().int() }),
  },
};
