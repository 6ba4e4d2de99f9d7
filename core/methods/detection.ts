// Contract entries for re-running detection over the library in the background, and what a re-run reports.
import { z } from 'zod';

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

export const detectionMethods = {
  /** Starts re-running detection over every article in the background; returns at once with the job's progress. */
  'detection.start': { input: z.object({}).strict(), output: DetectionJob },
  'detection.status': { input: z.object({ jobId: z.string().min(1).max(100) }).strict(), output: DetectionJob },
};
