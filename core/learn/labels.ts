// The learner's labels: the four stances and "none" (the target is named but not one the statement takes a position on).
export const LEARN_LABELS = ['favor', 'against', 'concern', 'neutral', 'none'] as const;
export type LearnLabel = (typeof LEARN_LABELS)[number];
