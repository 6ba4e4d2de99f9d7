// Contract entries for entities: known states, the analyst's actors, the people/actor registry and merges.
import { z } from 'zod';
import { Actor } from '../domain';
import { Aliases, Label, Slug } from './analyst-names';
import { ReextractResult } from './detection';

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
};
