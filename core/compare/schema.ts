// Zod schemas of what the compare view exchanges: scope, matrix, evidence, side by side, timeline, CSV export.
import { z } from 'zod';
import { Id, Kind, StanceLabel } from '../domain';

const IsoDate = z.iso.date('a date as YYYY-MM-DD');
const Ref = z.string().trim().min(1).max(100);

/**
 * Which statements a comparison reads. Every part is optional and they combine with AND: articles (undefined = all,
 * [] = none), a date range on articles.published (inclusive, ISO dates; articles without an ISO date fall outside
 * any range), and tags (a statement with any of them, or any of their child tags).
 */
export const CompareScope = z
  .object({
    articleIds: z.array(Id).max(10_000).optional(),
    from: IsoDate.nullable().optional(),
    to: IsoDate.nullable().optional(),
    tagIds: z.array(Id).max(1_000).optional(),
  })
  .strict()
  .refine((s) => !s.from || !s.to || s.from <= s.to, { message: 'the date range ends before it starts' });
export type CompareScope = z.infer<typeof CompareScope>;

export const LabelCounts = z.object({
  favor: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  concern: z.number().int().nonnegative(),
  neutral: z.number().int().nonnegative(),
});
export type LabelCounts = z.infer<typeof LabelCounts>;

/** Where a net position falls: positive from +0.2, negative from −0.2, balanced between (core/compare/net.ts). */
export const LEANS = ['positive', 'balanced', 'negative'] as const;
export const Lean = z.enum(LEANS);
export type Lean = z.infer<typeof Lean>;

/** The statement that speaks most clearly for a cell: analyst-confirmed first, then the highest confidence. */
export const StrongestRef = z.object({
  statementId: Id,
  label: StanceLabel,
  confidence: z.number().min(0).max(1),
  confirmed: z.boolean(),
});
export type StrongestRef = z.infer<typeof StrongestRef>;

export const MatrixCell = LabelCounts.extend({
  actor: z.string(),
  target: z.string(),
  /** Stances (one per statement) behind the cell. */
  n: z.number().int().positive(),
  /** (favor − against) / n, in [-1, 1]; concern is its own dimension (concern / n), see core/compare/net.ts. */
  net: z.number().min(-1).max(1),
  lean: Lean,
  /** How many of the n are analyst-confirmed; the rest are engine suggestions. */
  confirmed: z.number().int().nonnegative(),
  /** Statement ids, ascending; present when asked for. */
  statements: z.array(Id).optional(),
  /** Present when the matrix was built from stance rows that carry confidences. */
  strongest: StrongestRef.optional(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Party = z.object({ id: z.string(), label: z.string(), n: z.number().int().nonnegative() });
export type Party = z.infer<typeof Party>;

export const Matrix = z.object({
  /** Rows, most statements first. */
  actors: z.array(Party),
  /** Columns: the analyst's targets in their order (Afghanistan, United States, India first), then the rest. */
  targets: z.array(Party.extend({ isDefault: z.boolean() })),
  cells: z.array(MatrixCell),
  confirmedOnly: z.boolean(),
});
export type Matrix = z.infer<typeof Matrix>;

/** One statement as evidence: its words, who said it, how, and where it was published. */
export const EvidenceItem = z.object({
  statementId: Id,
  articleId: Id,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  speaker: z.string().nullable(),
  actor: z.string(),
  target: z.string(),
  kind: Kind,
  label: StanceLabel,
  confidence: z.number().min(0).max(1),
  confirmed: z.boolean(),
  cues: z.array(z.string()),
  articleTitle: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const RELATIONS = ['agree', 'diverge', 'one-sided'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const SidePosition = LabelCounts.extend({
  n: z.number().int().positive(),
  net: z.number().min(-1).max(1),
  lean: Lean,
  confirmed: z.number().int().nonnegative(),
  strongest: EvidenceItem.nullable(),
});
export type SidePosition = z.infer<typeof SidePosition>;

export const SideBySideRow = z.object({
  target: z.string(),
  targetLabel: z.string(),
  a: SidePosition.nullable(),
  b: SidePosition.nullable(),
  relation: Relation,
  /** |net(a) − net(b)| when both have a position. */
  gap: z.number().min(0).max(2).nullable(),
});
export type SideBySideRow = z.infer<typeof SideBySideRow>;

export const SideBySide = z.object({
  a: Party,
  b: Party,
  rows: z.array(SideBySideRow),
  confirmedOnly: z.boolean(),
});
export type SideBySide = z.infer<typeof SideBySide>;

export const TIME_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const TimeUnit = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const TimeBucket = z.object({
  /** First day of the bucket, YYYY-MM-DD. */
  start: z.string(),
  label: z.string(),
});
export type TimeBucket = z.infer<typeof TimeBucket>;

export const TimePoint = LabelCounts.extend({
  n: z.number().int().nonnegative(),
  /** null where the actor said nothing on the target in that bucket. */
  net: z.number().min(-1).max(1).nullable(),
});
export type TimePoint = z.infer<typeof TimePoint>;

export const Timeline = z.object({
  target: Party,
  unit: TimeUnit,
  buckets: z.array(TimeBucket),
  /** One per requested actor; points align with buckets. */
  series: z.array(z.object({ actor: Party, points: z.array(TimePoint) })),
  /** The dated statements behind the series, oldest first (the newest ones when there are very many). */
  statements: z.array(EvidenceItem),
  /** Dated statements behind the series but left out of `statements`. */
  omitted: z.number().int().nonnegative(),
  /** Statements in scope whose article has no ISO publication date, left out of the series. */
  undated: z.number().int().nonnegative(),
  /** Distinct publication dates behind the series: a movement needs at least two. */
  dates: z.number().int().nonnegative(),
});
export type Timeline = z.infer<typeof Timeline>;

export { IsoDate, Ref };
