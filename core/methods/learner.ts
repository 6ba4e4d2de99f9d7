// Contract entries for the stance learner: status with cross-validated accuracy, on/off, reset, full retrain, evidence of a stance.
import { z } from 'zod';
import { Id, StanceLabel } from '../domain';

const Status = z.object({
  enabled: z.boolean(),
  /** Analyst decisions the model has learned from. */
  decisions: z.number().int().nonnegative(),
  trainedAt: z.string().nullable(),
  /** Cross-validated (by article) accuracy of rules + learner on the library's decisions; null with too few. */
  accuracy: z.number().min(0).max(1).nullable(),
  /** The rules alone on the same decisions. */
  rulesAccuracy: z.number().min(0).max(1).nullable(),
  evaluated: z.number().int().nonnegative(),
});

export const learnerMethods = {
  'learner.status': { input: z.object({}).strict(), output: Status },
  'learner.setEnabled': { input: z.object({ enabled: z.boolean() }).strict(), output: Status },
  'learner.reset': { input: z.object({}).strict(), output: Status },
  /** A full retrain on the library's decisions (the backend worker runs it for a large library). */
  'learner.retrain': {
    input: z.object({}).strict(),
    output: z.object({ decisions: z.number().int().nonnegative(), revision: z.number().int() }),
  },
  'learner.evidence': {
    input: z.object({ statementId: Id, target: z.string().trim().min(1).max(100) }).strict(),
    output: z.object({
      from: z.number().int().nonnegative(),
      ruleLabel: z.string().nullable(),
      nearest: z.array(
        z.object({
          statementId: z.number().int(),
          articleId: z.number().int().nullable(),
          articleTitle: z.string().nullable(),
          text: z.string(),
          label: z.enum([...StanceLabel.options, 'none']),
          similarity: z.number(),
        }),
      ),
      reasons: z.array(z.object({ feature: z.string(), weight: z.number() })).optional(),
    }),
  },
};
