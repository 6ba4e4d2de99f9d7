// Contract entries for the analyst's targets and actors, and re-running detection after a change.
import { z } from 'zod';
import { Actor, Id, Target } from '../domain';

const Slug = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _');
const Label = z.string().trim().min(1).max(120);
const Aliases = z.array(z.string().trim().min(1).max(120)).max(200);

export const ReextractResult = z.object({
  articles: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  /** Statements kept because the analyst had worked on them, although the engine no longer finds them. */
  kept: z.number().int(),
  /** True when the analyst cancelled: each article is either re-extracted or untouched, never half-done. */
  cancelled: z.boolean(),
});

export const settingsMethods = {
  'targets.save': {
    input: z.object({ id: Slug.optional(), label: Label, aliases: Aliases }).strict(),
    output: z.object({ target: Target, reextract: ReextractResult }),
  },
  'targets.delete': {
    input: z.object({ id: Slug }).strict(),
    output: z.object({ reextract: ReextractResult }),
  },
  'actors.list': { input: z.object({}).strict(), output: z.array(Actor) },
  'actors.save': {
    input: z
      .object({
        id: Slug.optional(),
        label: Label,
        kind: Actor.shape.kind.default('state'),
        aliases: Aliases,
        people: z.array(z.string().trim().min(1).max(200)).max(500),
      })
      .strict(),
    output: z.object({ actor: Actor, reextract: ReextractResult }),
  },
  'actors.delete': {
    input: z.object({ id: Slug }).strict(),
    output: z.object({ reextract: ReextractResult }),
  },
  'articles.reextract': {
    input: z.object({ articleIds: z.array(Id).max(100_000).optional() }).strict(),
    output: ReextractResult,
  },
};
