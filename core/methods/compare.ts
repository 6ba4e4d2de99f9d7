// Contract entries of the compare view: the stance matrix, a cell's evidence, side by side, timeline, CSV export.
import { z } from 'zod';
import { CompareScope, EvidenceItem, Matrix, Ref, SideBySide, Timeline, TimeUnit } from '../compare/schema';

const Common = {
  /** The whole library when absent. */
  scope: CompareScope.optional(),
  /** Count analyst-confirmed stances only; otherwise engine suggestions count too (and are told apart). */
  confirmedOnly: z.boolean().optional(),
};

const Pair = z
  .object({ ...Common, a: Ref, b: Ref })
  .strict()
  .refine((v) => v.a !== v.b, { message: 'choose two different actors' });

export const compareMethods = {
  'compare.matrix': {
    input: z
      .object({
        ...Common,
        /** Each cell's statement ids (default true); the view leaves them out, as it fetches evidence per cell. */
        statementIds: z.boolean().optional(),
      })
      .strict(),
    output: Matrix,
  },
  'compare.evidence': {
    input: z
      .object({
        ...Common,
        actor: Ref,
        target: Ref,
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(EvidenceItem) }),
  },
  'compare.sideBySide': {
    input: Pair,
    output: SideBySide,
  },
  'compare.timeline': {
    input: z.object({ ...Common, target: Ref, actors: z.array(Ref).min(1).max(8), unit: TimeUnit.optional() }).strict(),
    output: Timeline,
  },
  'compare.exportCsv': {
    input: z.discriminatedUnion('table', [
      z.object({ ...Common, table: z.literal('matrix') }).strict(),
      z.object({ ...Common, table: z.literal('sideBySide'), a: Ref, b: Ref }).strict(),
    ]),
    output: z.object({ fileName: z.string(), csv: z.string() }),
  },
};
