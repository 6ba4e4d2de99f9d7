// Contract entries of the app domain.
import { z } from 'zod';

export const appMethods = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), databasePath: z.string(), schemaVersion: z.number().int() }),
  },
};
