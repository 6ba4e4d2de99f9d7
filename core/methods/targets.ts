// Contract entries of the targets domain.
import { z } from 'zod';
import { Target } from '../domain';

export const targetMethods = {
  'targets.list': {
    input: z.object({}).strict(),
    output: z.array(Target),
  },
};
