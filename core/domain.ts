// Zod schemas of the domain objects that cross the contract: articles, statements, stances, targets.
import { z } from 'zod';

export const KINDS = ['direct_quote', 'indirect', 'narration'] as const;
export const STANCE_LABELS = ['favor', 'against', 'concern', 'neutral'] as const;
export const ORIGINS = ['auto', 'analyst'] as const;
export const CLAIM_TYPES = ['position', 'commitment', 'agreement', 'factual_claim', 'event_report'] as const;

export const Kind = z.enum(KINDS);
export const StanceLabel = z.enum(STANCE_LABELS);
export const Origin = z.enum(ORIGINS);
export const ClaimType = z.enum(CLAIM_TYPES);
export type Kind = z.infer<typeof Kind>;
export type StanceLabel = z.infer<typeof StanceLabel>;
export type Origin = z.infer<typeof Origin>;
export type ClaimType = z.infer<typeof ClaimType>;

export const Id = z.number().int().positive();

export const Claim = z.object({
  type: z.enum(['money', 'percent', 'date', 'count', 'agreement', 'project', 'quantity']),
  text: z.string(),
  value: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const Stance = z.object({
  target: z.string(),
  label: StanceLabel,
  confidence: z.number().min(0).max(1),
  /** The words behind an engine suggestion, the governing one (the predicate acting on the target) first. */
  cues: z.array(z.string()),
  origin: Origin,
  /** Set when the learner changed the rules' suggestion: how many analyst decisions backed it, what the rules said. */
  learned: z.object({ from: z.number().int().nonnegative(), ruleLabel: StanceLabel.nullable() }).nullable().optional(),
});
export type Stance = z.infer<typeof Stance>;

export const Statement = z.object({
  id: Id,
  articleId: Id,
  seq: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  kind: Kind,
  speaker: z.string().nullable(),
  actor: z.string().nullable(),
  claimType: ClaimType.nullable(),
  claims: z.array(Claim),
  origin: Origin,
  reviewed: z.boolean(),
  starred: z.boolean(),
  /** Fields the analyst has set (speaker, actor, kind, bounds); re-extraction leaves them alone. */
  analystFields: z.array(z.string()),
  note: z.string().nullable(),
  tagIds: z.array(z.number().int()),
  stances: z.array(Stance),
});
export type Statement = z.infer<typeof Statement>;

export const ArticleSummary = z.object({
  id: Id,
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** YYYY-MM-DD, or null when unknown or unreadable. */
  published: z.string().nullable(),
  /** The date text as found in the article when it was not YYYY-MM-DD; with no `published`, an unreadable date. */
  publishedRaw: z.string().nullable(),
  /** No headline was found: the title was made from the file name or the first words. */
  titleMissing: z.boolean(),
  importedAt: z.string(),
  statements: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  body: z.string(),
  fileName: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

export const Target = z.object({
  id: z.string(),
  label: z.string(),
  aliases: z.array(z.string()),
  isDefault: z.boolean(),
});
export type Target = z.infer<typeof Target>;

export const ANALYST_FIELDS = ['speaker', 'actor', 'kind', 'bounds'] as const;
export type AnalystField = (typeof ANALYST_FIELDS)[number];

export const Tag = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
  position: z.number().int(),
  /** Statements carrying this tag itself (not its children). */
  count: z.number().int().nonnegative(),
});
export type Tag = z.infer<typeof Tag>;

export const Actor = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['state', 'organisation', 'group', 'other']),
  aliases: z.array(z.string()),
  people: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;
