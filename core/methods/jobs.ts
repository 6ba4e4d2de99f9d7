// Contract entries for long jobs (re-extraction): cancel one by the id its progress events carry.
import { z } from 'zod';

/** The payload of the `job.progress` event, sent after each article of a long job and when it ends. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.enum(['reextract']),
  done: z.number().int(),
  total: z.number().int(),
  finished: z.boolean(),
  cancelled: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const jobMethods = {
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    /** False when no such job is running (it finished, or never existed). */
    output: z.object({ cancelled: z.boolean() }),
  },
};
