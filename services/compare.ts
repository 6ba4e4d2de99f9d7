// Compare services: the stance matrix for a scope, a cell's evidence, two actors side by side, timelines, CSV export.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { labelFromId } from '../core/compare/labels';
import { buildMatrix } from '../core/compare/matrix';
import type { CompareScope, EvidenceItem, Matrix, SideBySide } from '../core/compare/schema';
import { sideBySide } from '../core/compare/side-by-side';
import { buildTimeline, isoDay } from '../core/compare/timeline';
import { matrixToCsv, sideBySideToCsv } from '../core/compare/csv';
import {
  evidenceByKeys,
  evidenceRows,
  matrixGroups,
  partyLabels,
  timelineRows,
  type EvidenceRow,
} from '../db/repositories/compare';
import { listTargets } from '../db/repositories/targets';
import type { HandlerMap } from './handler-types';

/** A timeline lists at most this many statements (the newest); its chart counts them all. */
export const TIMELINE_STATEMENTS_MAX = 1_000;

function labeller(db: Database): (id: string) => string {
  const labels = partyLabels(db);
  return (id) => labels.get(id) ?? labelFromId(id);
}

function toEvidence(r: EvidenceRow): EvidenceItem {
  return {
    statementId: r.statement_id,
    articleId: r.article_id,
    text: r.text,
    start: r.start,
    end: r.end,
    speaker: r.speaker,
    actor: r.actor,
    target: r.target,
    kind: r.kind,
    label: r.label,
    confidence: r.confidence,
    confirmed: r.origin === 'analyst',
    cues: JSON.parse(r.cues) as string[],
    articleTitle: r.title,
    outlet: r.source,
    published: r.published,
  };
}

export interface MatrixRequest {
  scope?: CompareScope;
  confirmedOnly?: boolean;
  statementIds?: boolean;
  actors?: readonly string[];
  withStrongest?: boolean;
}

export function compareMatrix(db: Database, input: MatrixRequest): Matrix {
  const confirmedOnly = input.confirmedOnly ?? false;
  const withStatementIds = input.statementIds ?? true;
  const groups = matrixGroups(db, input.scope ?? {}, {
    confirmedOnly,
    withStatementIds,
    withStrongest: input.withStrongest,
    actors: input.actors,
  });
  return buildMatrix(groups, { confirmedOnly, withStatementIds, targets: listTargets(db), labelOf: labeller(db) });
}

export function compareEvidence(
  db: Database,
  input: MethodInput<'compare.evidence'>,
): MethodOutput<'compare.evidence'> {
  const { total, rows } = evidenceRows(db, input.scope ?? {}, {
    actor: input.actor,
    target: input.target,
    confirmedOnly: input.confirmedOnly ?? false,
    limit: input.limit ?? 100,
    offset: input.offset ?? 0,
  });
  return { total, items: rows.map(toEvidence) };
}

export function compareSideBySide(db: Database, input: MethodInput<'compare.sideBySide'>): SideBySide {
  const matrix = compareMatrix(db, {
    scope: input.scope,
    confirmedOnly: input.confirmedOnly,
    statementIds: false,
    actors: [input.a, input.b],
    withStrongest: true,
  });
  const result = sideBySide(matrix, input.a, input.b, labeller(db));
  const keys = result.rows.flatMap((r) =>
    [r.a?.strongest, r.b?.strongest].flatMap((s) => (s ? [[s.statementId, r.target] as const] : [])),
  );
  const found = new Map(evidenceByKeys(db, keys).map((e) => [`${e.statement_id}\u0000${e.target}`, toEvidence(e)]));
  const hydrate = (target: string, p: (typeof result.rows)[number]['a']) =>
    p && { ...p, strongest: p.strongest ? (found.get(`${p.strongest.statementId}\u0000${target}`) ?? null) : null };
  return { ...result, rows: result.rows.map((r) => ({ ...r, a: hydrate(r.target, r.a), b: hydrate(r.target, r.b) })) };
}

export function compareTimeline(
  db: Database,
  input: MethodInput<'compare.timeline'>,
): MethodOutput<'compare.timeline'> {
  const actors = [...new Set(input.actors)];
  const rows = timelineRows(db, input.scope ?? {}, {
    target: input.target,
    actors,
    confirmedOnly: input.confirmedOnly ?? false,
  });
  const dated = rows.filter((r) => isoDay(r.published) !== null);
  const series = buildTimeline(
    dated.map((r) => ({ actor: r.actor, label: r.label, date: isoDay(r.published)! })),
    actors,
    input.unit,
  );
  const labelOf = labeller(db);
  const listed = dated.slice(-TIMELINE_STATEMENTS_MAX);
  const count = (id: string) => dated.filter((r) => r.actor === id).length;
  return {
    target: { id: input.target, label: labelOf(input.target), n: dated.length },
    unit: series.unit,
    buckets: series.buckets,
    series: series.series.map((s) => ({
      actor: { id: s.actor, label: labelOf(s.actor), n: count(s.actor) },
      points: s.points,
    })),
    statements: listed.map(toEvidence),
    omitted: dated.length - listed.length,
    undated: rows.length - dated.length,
    dates: series.dates,
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

function scopeSuffix(scope: CompareScope | undefined, confirmedOnly: boolean | undefined): string {
  const parts: string[] = [];
  if (scope?.articleIds)
    parts.push(
      scope.articleIds.length === 1 ? `article-${scope.articleIds[0]}` : `${scope.articleIds.length}-articles`,
    );
  if (scope?.from || scope?.to) parts.push(`${scope.from ?? 'start'}-to-${scope.to ?? 'now'}`);
  if (scope?.tagIds?.length) parts.push(`tags-${scope.tagIds.join('-')}`);
  if (confirmedOnly) parts.push('confirmed');
  return parts.length ? `-${parts.join('-')}` : '';
}

export function compareExportCsv(
  db: Database,
  input: MethodInput<'compare.exportCsv'>,
): MethodOutput<'compare.exportCsv'> {
  const suffix = scopeSuffix(input.scope, input.confirmedOnly);
  if (input.table === 'matrix') {
    const matrix = compareMatrix(db, { scope: input.scope, confirmedOnly: input.confirmedOnly, statementIds: true });
    return { fileName: `parley-stance-matrix${suffix}.csv`, csv: matrixToCsv(matrix) };
  }
  const sbs = compareSideBySide(db, { scope: input.scope, confirmedOnly: input.confirmedOnly, a: input.a, b: input.b });
  return { fileName: `parley-${slug(input.a)}-vs-${slug(input.b)}${suffix}.csv`, csv: sideBySideToCsv(sbs) };
}

export const compareHandlers: HandlerMap<
  'compare.matrix' | 'compare.evidence' | 'compare.sideBySide' | 'compare.timeline' | 'compare.exportCsv'
> = {
  'compare.matrix': compareMatrix,
  'compare.evidence': compareEvidence,
  'compare.sideBySide': compareSideBySide,
  'compare.timeline': compareTimeline,
  'compare.exportCsv': compareExportCsv,
};
