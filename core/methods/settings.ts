// Contract entries for the analyst's targets and actors, and re-running detection after a change.
import { z } from 'zod';
import { Actor, Id, Target } from '../domain';
import { SLUG_MAX } from '../shared/slug';

const Slug = z
  .string()
  .trim()
  .min(1)
  .max(SLUG_MAX)
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

/** A background re-run of detection over the library: one article at a time, other calls served in between. */
export const DetectionJob = z.object({
  jobId: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  finished: z.boolean(),
  /** A later job took over (a newer change to targets): this one stopped, the later one covers every article. */
  superseded: z.boolean(),
  counts: ReextractResult,
  error: z.string().nullable(),
});
export type DetectionJob = z.infer<typeof DetectionJob>;

export const settingsMethods = {
  /** With `detect: false` the target is only stored (reextract is null): the caller starts detection.start itself. */
  'targets.save': {
    input: z
      .object({ id: Slug.optional(), label: Label, aliases: Aliases, detect: z.boolean().default(true) })
      .strict(),
    output: z.object({ target: Target, reextract: ReextractResult.nullable() }),
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
  /** Starts re-running detection over every article in the background; returns at once with the job's progress. */
  'detection.start': { input: z.object({}).strict(), output: DetectionJob },
  'detection.status': { input: z.object({ jobId: z.string().min(1).max(100) }).strict(), output: DetectionJob },
};
