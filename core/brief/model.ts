// The briefing-note model: one zod schema that the composer edits, the database stores and both exports render.
import { z } from 'zod';
import { Id, Kind, StanceLabel } from '../domain';

/** ICD 203's estimative words, least to most likely, with the probability band each stands for. */
export const LIKELIHOODS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
export const LIKELIHOOD_BANDS: Record<Likelihood, string> = {
  'almost no chance': '1–5%',
  'very unlikely': '5–20%',
  unlikely: '20–45%',
  'roughly even chance': '45–55%',
  likely: '55–80%',
  'very likely': '80–95%',
  'almost certain': '95–99%',
};
export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const STANCE_LAYOUTS = ['matrix', 'side-by-side'] as const;

export const Likelihood = z.enum(LIKELIHOODS);
export const Confidence = z.enum(CONFIDENCE_LEVELS);
export const Paper = z.enum(PAPER_SIZES);
export const StanceLayout = z.enum(STANCE_LAYOUTS);
export type Likelihood = z.infer<typeof Likelihood>;
export type Confidence = z.infer<typeof Confidence>;
export type Paper = z.infer<typeof Paper>;
export type StanceLayout = z.infer<typeof StanceLayout>;

const Citation = z.number().int().positive();
const ShortText = z.string().max(500);
const LongText = z.string().max(50_000);

export const KeyJudgment = z.object({
  text: z.string().max(5_000),
  likelihood: Likelihood,
  confidence: Confidence,
});
export type KeyJudgment = z.infer<typeof KeyJudgment>;

/** An actor or target as the brief names it: the id for lookups, the label for readers. */
export const Party = z.object({ id: z.string().min(1).max(100), label: ShortText });
export type Party = z.infer<typeof Party>;

/** A statement quoted in the brief: the article's words verbatim, whom they belong to, and the source's number. */
export const QuotedStatement = z.object({
  statementId: Id,
  articleId: Id,
  text: z.string().max(20_000),
  speaker: z.string().max(300).nullable(),
  actor: z.string().max(100).nullable(),
  /** The actor's name for readers ("Pakistan"), fixed when the brief was built. */
  actorLabel: z.string().max(300).nullable(),
  kind: Kind,
  citation: Citation,
  /** The analyst's note on the statement, printed beside the quote; absent in briefs saved before notes were kept. */
  note: z.string().max(5_000).nullable().optional(),
});
export type QuotedStatement = z.infer<typeof QuotedStatement>;

/** One actor's position on one target: how many statements took each stance, and what dominates. */
export const StanceCell = z.object({
  actor: z.string(),
  target: z.string(),
  counts: z.object({
    favor: z.number().int().nonnegative(),
    against: z.number().int().nonnegative(),
    concern: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
  }),
  /** The label most statements took; 'mixed' when favor and against tie; null when nothing was said. */
  dominant: z.union([StanceLabel, z.literal('mixed')]).nullable(),
  /** The comparison engine's net position, (favor − against) / n, in [-1, 1]; concern is counted apart. */
  net: z.number().min(-1).max(1),
  /** How many of the statements' stances the analyst set or confirmed. */
  confirmed: z.number().int().nonnegative(),
  /** Sources the cell rests on. */
  citations: z.array(Citation),
  /** The strongest statements behind the cell, for the side-by-side layout. */
  examples: z.array(QuotedStatement).max(3),
});
export type StanceCell = z.infer<typeof StanceCell>;

/**
 * What the stance summary rests on, counted over statements with a known actor and at least one stance: those with an
 * analyst-confirmed stance, and those whose stances are all engine suggestions nobody has reviewed.
 */
export const StanceBasis = z.object({
  confirmed: z.number().int().nonnegative(),
  suggested: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
});
export type StanceBasis = z.infer<typeof StanceBasis>;

export const StanceSummary = z.object({
  layout: StanceLayout,
  /** Count analyst-confirmed stances only; engine suggestions are left out of the cells. Absent means false. */
  confirmedOnly: z.boolean().optional(),
  /** Absent in briefs saved before it was recorded; a refresh fills it in. */
  basis: StanceBasis.optional(),
  /** Rows (matrix) or columns (side by side) the analyst picked, in their order. */
  actors: z.array(Party).max(20),
  targets: z.array(Party).max(20),
  /** Everything the articles offer, so the composer can add an actor or target back without a new query. */
  available: z.object({ actors: z.array(Party), targets: z.array(Party) }),
  cells: z.array(StanceCell),
});
export type StanceSummary = z.infer<typeof StanceSummary>;

export const TagSection = z.object({
  tagId: Id,
  name: ShortText,
  included: z.boolean(),
  intro: LongText,
  statements: z.array(QuotedStatement),
});
export type TagSection = z.infer<typeof TagSection>;

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export const Reliability = z.enum(RELIABILITY_GRADES);
export const Credibility = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
export type Reliability = z.infer<typeof Reliability>;
export type Credibility = z.infer<typeof Credibility>;

export const Source = z.object({
  citation: Citation,
  articleId: Id,
  title: ShortText,
  outlet: ShortText.nullable(),
  published: z.string().max(100).nullable(),
  url: z.string().max(2_000).nullable(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
});
export type Source = z.infer<typeof Source>;

export const BriefModel = z
  .object({
    version: z.literal(1),
    title: z.string().max(300),
    handling: z.string().max(300),
    author: z.string().max(300),
    /** The brief's date as the analyst wants it printed; the default is today's ISO date. */
    date: z.string().max(100),
    paper: Paper,
    articleIds: z.array(Id).max(5_000),
    bluf: LongText,
    keyJudgments: z.array(KeyJudgment).max(50),
    stanceSummary: StanceSummary,
    /** 'starred' when the analyst's stars chose them, 'suggested' when Parley picked them for a first draft. */
    keyStatementsFrom: z.enum(['starred', 'suggested']),
    keyStatements: z.array(QuotedStatement).max(500),
    tagSections: z.array(TagSection).max(200),
    notes: LongText,
    sources: z.array(Source).max(5_000),
  })
  .superRefine((brief, ctx) => {
    // A citation that points nowhere would print as a broken reference: refuse the model instead.
    const known = new Set(brief.sources.map((s) => s.citation));
    if (known.size !== brief.sources.length) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'two sources share a citation number' });
    }
    const quoted = [
      ...brief.keyStatements,
      ...brief.tagSections.flatMap((t) => t.statements),
      ...brief.stanceSummary.cells.flatMap((c) => c.examples),
    ];
    const cited = [...quoted.map((q) => q.citation), ...brief.stanceSummary.cells.flatMap((c) => c.citations)];
    const missing = cited.find((c) => !known.has(c));
    if (missing !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `citation [${missing}] has no entry in the sources` });
    }
  });
export type BriefModel = z.infer<typeof BriefModel>;

/** A saved brief as the list shows it. */
export const BriefSummary = z.object({
  id: Id,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  articles: z.number().int().nonnegative(),
});
export type BriefSummary = z.infer<typeof BriefSummary>;
