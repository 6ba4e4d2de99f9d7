// Contract entries for entities: article metadata edits, known states, the people/actor registry and merges.
import { z } from 'zod';
import { ArticleSummary, Id } from '../domain';

const Text = (max: number) => z.string().trim().max(max);
const Name = z.string().trim().min(1).max(200);
const ActorText = z.string().trim().min(1).max(100);

export const KnownEntity = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['state', 'organisation', 'group', 'territory', 'concept']),
  aliases: z.array(z.string()),
});

export const RegistryPerson = z.object({
  name: z.string(),
  variants: z.array(z.string()),
  role: z.string().nullable(),
  actor: z.string().nullable(),
});

const MergeOutcome = z.object({
  /** Statements whose speaker or actor changed. */
  statements: z.number().int().nonnegative(),
  undoable: z.number().int(),
  redoable: z.number().int(),
});

export const entityMethods = {
  /** Edits title, outlet, date (any form news uses; unreadable is refused) or URL; "" clears all but the title. */
  'articles.updateMeta': {
    input: z
      .object({
        id: Id,
        title: Text(300).min(1).optional(),
        source: Text(200).optional(),
        published: Text(100).optional(),
        url: Text(2000).optional(),
      })
      .strict(),
    output: ArticleSummary,
  },
  /** Every state, organisation and territory Parley knows, with other names (UN members and more). */
  'entities.known': { input: z.object({}).strict(), output: z.array(KnownEntity) },
  'registry.list': {
    input: z.object({}).strict(),
    output: z.object({
      people: z.array(RegistryPerson),
      actors: z.array(z.object({ variant: z.string(), actor: z.string() })),
    }),
  },
  /** Every statement by `from` becomes `into`'s across the library; later imports read `from` as `into`. */
  'people.merge': { input: z.object({ from: Name, into: Name }).strict(), output: MergeOutcome },
  /** Every statement speaking for `from` speaks for `into`; later imports read `from` as `into`. */
  'actors.merge': { input: z.object({ from: ActorText, into: ActorText }).strict(), output: MergeOutcome },
};
