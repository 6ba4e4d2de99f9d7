// Contract entries of the targets domain: the analyst's targets with their aliases, saved or deleted.
import { z } from 'zod';
import { Target } from '../domain';
import { Aliases, Label, Slug } from './analyst-names';
import { ReextractResult } from './detection';

export const targetMethods = {
  'targets.list': {
    input: z.object({}).strict(),
    output: z.array(Target),
  },
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
};
