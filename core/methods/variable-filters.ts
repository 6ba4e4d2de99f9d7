// Contract entries for filtering by document variables: the articles that match, and each variable's values in use.
import { z } from 'zod';
import { Id } from '../domain';
import { VariableFilters } from '../qda/types';

export const variableFilterMethods = {
  'variables.match': {
    input: z.object({ filters: VariableFilters }).strict(),
    output: z.object({ articleIds: z.array(Id) }),
  },
  'variables.choices': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        variableId: Id,
        /** Values in use, most articles first; "" counts the articles where it is not set. */
        values: z.array(z.object({ value: z.string(), articles: z.number().int() })),
      }),
    ),
  },
};
