// Contract entries for long jobs (re-extraction, detection): cancel one by the id its progress events carry.
import { z } from 'zod';

/** The kinds of long job the one registry runs: a re-extraction a call waits for, or detection in the background. */
export const JobKind = z.enum(['reextract', 'detection']);
export type JobKind = z.infer<typeof JobKind>;

/** The payload of the `job.progress` event, sent after each article of a long job and when it ends. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: JobKind,
  done: z.number().int(),
  total: z.number().int(),
  finished: z.boolean(),
  cancelled: z.boolean(),
  /** Why the job failed (its worker stopped, the disk failed); null while it runs and when it did not fail. */
  error: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const jobMethods = {
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    /** False when no such job is running (it finished, or never existed). */
    output: z.object({ cancelled: z.boolean() }),
  },
};
