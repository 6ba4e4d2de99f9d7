// What the learner learns from and what it answers: a labelled example and a prediction (shared by the model and its tuning).
import type { LearnLabel } from './labels';

export interface Example {
  features: string[];
  label: LearnLabel;
  /** Where the decision came from (a statement id and target, or a file and line), for "nearest examples". */
  ref: string;
  text?: string;
  /** The article it came from, so cross-validation holds out whole articles. */
  group?: string;
}

export interface Prediction {
  label: LearnLabel;
  confidence: number;
  probabilities: Record<LearnLabel, number>;
}
