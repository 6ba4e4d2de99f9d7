// Looking across codes over the library or a scope of articles: tables, their cells' segments, inter-coder agreement.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import {
  agreementOf,
  codeByArticle,
  compareSpans,
  cooccurrence,
  crosstab,
  type CodingPoint,
  type Counts,
} from '../core/qda/analysis';
import { cooccurrenceCounts, crosstabCounts } from '../core/qda/counting';
import { stanceAgreement } from '../core/qda/stance-agreement';
import { stanceCodingPoints } from '../db/repositories/stance-codings';
import {
  articleSizes,
  codeArticleCounts,
  codingPoints,
  coderNames,
  packedCodings,
  packedStatements,
  spanReader,
  statementCounter,
  statementKeys,
  statementPoints,
  TITLE_SHIFT,
} from '../db/repositories/qda-analysis';
import { segmentsCsv, segmentsXlsx } from './qda-segments';
import { scopeOf } from './variables';
import type { HandlerMap } from './handler-types';

type Kind = MethodInput<'qda.table'>['kind'];

/** A title coding's offset as the analysis holds it (less TITLE_SHIFT) back to an offset into the title. */
const unshift = (offset: number) => (offset < 0 ? offset + TITLE_SHIFT : offset);

/** The table's counts, read packed and counted in one pass (core/qda/counting): what the analysis view shows. */
function fastCount(db: Database, kind: Exclude<Kind, 'article'>, articleIds: number[] | undefined): Counts {
  const groups = packedCodings(db, articleIds);
  const statements = packedStatements(db, articleIds);
  if (kind === 'cooccurrence') return symmetric(cooccurrenceCounts(groups, statements));
  return crosstabCounts(groups, statements, statementKeys(db, kind, articleIds));
}

/** The matrix is symmetric; give both halves so each row reads across. */
function symmetric(counts: Counts): Counts {
  for (const [key, n] of [...counts]) {
    const [a, b] = key.split(':');
    counts.set(`${b}:${a}`, n);
  }
  return counts;
}

/** Counts on one object per coding, for drilling into a cell: `hit` sees each coding that lands in a cell. */
function count(
  db: Database,
  kind: Kind,
  articleIds: number[] | undefined,
  hit?: (c: CodingPoint, col: string) => void,
): Counts {
  const codings = codingPoints(db, articleIds);
  if (kind === 'article') {
    if (hit) for (const c of codings) hit(c, String(c.articleId));
    return codeByArticle(codings);
  }
  const statements = statementPoints(db, articleIds);
  if (kind === 'cooccurrence') {
    const counts = cooccurrence(
      codings,
      statements,
      hit &&
        ((a, b) => {
          hit(a, String(b.tagId));
          hit(b, String(a.tagId));
        }),
    );
    return symmetric(counts);
  }
  return crosstab(codings, statements, kind, hit);
}

type Cell = MethodOutput<'qda.table'>['cells'][number];

/**
 * Cells by row, then column in locale order (String.prototype.localeCompare's): the distinct columns are ranked once,
 * columns that compare equal sharing a rank, so the stable sort gives the order comparing every pair would.
 */
function sortCells(cells: Cell[]): Cell[] {
  const compare = new Intl.Collator().compare;
  const distinct = [...new Set(cells.map((c) => c.column))].sort(compare);
  const rank = new Map<string, number>();
  distinct.forEach((column, i) => {
    const previous = distinct[i - 1];
    rank.set(column, previous !== undefined && compare(previous, column) === 0 ? rank.get(previous)! : i);
  });
  const rankOf = cells.map((c) => rank.get(c.column)!);
  const order = cells.map((_, i) => i);
  order.sort((a, b) => cells[a]!.row - cells[b]!.row || rankOf[a]! - rankOf[b]! || a - b);
  return order.map((i) => cells[i]!);
}

export function table(db: Database, input: MethodInput<'qda.table'>): MethodOutput<'qda.table'> {
  const scope = scopeOf(db, input.articleIds, input.filters);
  const cells: Cell[] = [];
  if (input.kind === 'article') {
    for (const [row, articles] of codeArticleCounts(db, scope)) {
      for (const [article, count] of articles) cells.push({ row, column: String(article), count });
    }
  } else {
    const sep = input.kind === 'cooccurrence' ? ':' : '|';
    for (const [key, count] of fastCount(db, input.kind, scope)) {
      const i = key.indexOf(sep);
      cells.push({ row: Number(key.slice(0, i)), column: key.slice(i + 1), count });
    }
  }
  const sorted = sortCells(cells);
  return { columns: [...new Set(sorted.map((c) => c.column))].sort(), cells: sorted };
}

export function segments(db: Database, input: MethodInput<'qda.segments'>): MethodOutput<'qda.segments'> {
  const found: CodingPoint[] = [];
  count(db, input.kind, scopeOf(db, input.articleIds, input.filters), (c, col) => {
    if (c.tagId === input.row && col === input.column) found.push(c);
  });
  const seen = new Set<string>();
  const unique = found.filter((c) => {
    const k = `${c.articleId}:${c.start}:${c.end}:${c.coder}:${c.statementId}`;
    return !seen.has(k) && (seen.add(k), true);
  });
  const read = spanReader(db);
  return unique.slice(0, input.limit ?? 500).map((c) => {
    const a = read(c.articleId, c.start, c.end);
    return { ...c, start: unshift(c.start), end: unshift(c.end), articleTitle: a.title, text: a.text };
  });
}

type Figures = ReturnType<typeof agreementOf>;

/** Agreement over totals; where neither coder used the code at this level there is nothing to agree on: no figures. */
function figures(t: { n11: number; n10: number; n01: number; units: number }): Figures {
  if (t.n11 + t.n10 + t.n01 === 0) return { units: t.units, percent: null, kappa: null, alpha: null };
  return agreementOf(t.n11, t.n10, t.n01, t.units);
}
const sum = (xs: { n11: number; n10: number; n01: number; units: number }[]) =>
  xs.reduce((t, x) => ({ n11: t.n11 + x.n11, n10: t.n10 + x.n10, n01: t.n01 + x.n01, units: t.units + x.units }), {
    n11: 0,
    n10: 0,
    n01: 0,
    units: 0,
  });

type StanceFigures = MethodOutput<'qda.agreement'>['stances'];

/** Unit-level agreement on the stances both coders decided in the scope; the first 500 disagreements listed. */
function stanceFigures(db: Database, input: MethodInput<'qda.agreement'>, scope?: number[]): StanceFigures {
  const points = stanceCodingPoints(db, [input.coderA, input.coderB], scope);
  const r = stanceAgreement(points, input.coderA, input.coderB);
  const where = new Map(points.map((p) => [p.statementId, p]));
  const disagreements = r.disagreements.slice(0, 500).map((d) => {
    const p = where.get(d.statementId)!;
    return { ...d, articleId: p.articleId, text: p.text };
  });
  return { units: r.units, statements: r.statements, overall: r.overall, targets: r.targets, disagreements };
}

/**
 * Agreement between two coders over the articles both coded: character-level for spans, statement-level for tags;
 * and unit-level for stances, over the (statement, target) units both decided.
 */
export function agreement(db: Database, input: MethodInput<'qda.agreement'>): MethodOutput<'qda.agreement'> {
  const scope = scopeOf(db, input.articleIds, input.filters);
  const all = codingPoints(db, scope).filter((c) => c.coder === input.coderA || c.coder === input.coderB);
  const articlesOf = (coder: string) => new Set(all.filter((c) => c.coder === coder).map((c) => c.articleId));
  const bArticles = articlesOf(input.coderB);
  const common = [...articlesOf(input.coderA)].filter((a) => bArticles.has(a)).sort((x, y) => x - y);
  const inCommon = new Set(common);
  const points = all.filter((c) => inCommon.has(c.articleId));
  const tags = [...new Set(points.map((c) => c.tagId))].sort((x, y) => x - y);
  const sizes = articleSizes(db, common);
  const titled = new Set(points.filter((c) => c.start < 0).map((c) => c.articleId));
  const statementCount = statementCounter(db);
  const read = spanReader(db);
  const disagreements: MethodOutput<'qda.agreement'>['disagreements'] = [];
  const spanCodes: (Figures & { tagId: number })[] = [];
  const unitCodes: (Figures & { tagId: number })[] = [];
  const spanTotals: Parameters<typeof sum>[0] = [];
  const unitTotals: Parameters<typeof sum>[0] = [];
  for (const tagId of tags) {
    const perTag = { spans: [] as Parameters<typeof sum>[0], units: [] as Parameters<typeof sum>[0] };
    for (const articleId of common) {
      const here = points.filter((c) => c.tagId === tagId && c.articleId === articleId);
      const spansOf = (coder: string) =>
        here
          .filter((c) => c.coder === coder && c.statementId === null)
          .map((c) => [c.start, c.end] as [number, number]);
      const cmp = compareSpans(spansOf(input.coderA), spansOf(input.coderB));
      const size = sizes.get(articleId) ?? { body: 0, title: 0 };
      // The headline's characters are units where either coder coded the headline: libraries coded before headlines
      // could be coded keep their figures.
      perTag.spans.push({ ...cmp, units: size.body + (titled.has(articleId) ? size.title : 0) });
      for (const [[s, e], coder] of [
        ...cmp.onlyA.map((x) => [x, input.coderA] as const),
        ...cmp.onlyB.map((x) => [x, input.coderB] as const),
      ]) {
        if (disagreements.length < 500) {
          disagreements.push({
            articleId,
            tagId,
            start: unshift(s),
            end: unshift(e),
            coder,
            text: read(articleId, s, e).text,
          });
        }
      }
      const stmts = (coder: string) =>
        new Set(here.filter((c) => c.coder === coder && c.statementId !== null).map((c) => c.statementId));
      const a = stmts(input.coderA);
      const b = stmts(input.coderB);
      const both = [...a].filter((x) => b.has(x)).length;
      perTag.units.push({
        n11: both,
        n10: a.size - both,
        n01: b.size - both,
        units: statementCount(articleId),
      });
    }
    const s = sum(perTag.spans);
    const u = sum(perTag.units);
    spanTotals.push(s);
    unitTotals.push(u);
    spanCodes.push({ tagId, ...figures(s) });
    unitCodes.push({ tagId, ...figures(u) });
  }
  const s = sum(spanTotals);
  const u = sum(unitTotals);
  return {
    articles: common.length,
    spans: { overall: figures(s), codes: spanCodes },
    statements: { overall: figures(u), codes: unitCodes },
    stances: stanceFigures(db, input, scope),
    disagreements,
  };
}

/** Coded segments of the scope as a CSV or .xlsx file, base64-encoded for the transport. */
export async function exportSegments(
  db: Database,
  input: MethodInput<'qda.exportSegments'>,
): Promise<MethodOutput<'qda.exportSegments'>> {
  const scope = scopeOf(db, input.articleIds, input.filters);
  const day = new Date().toISOString().slice(0, 10);
  if (input.format === 'csv') {
    const { csv, segments } = segmentsCsv(db, scope);
    return {
      fileName: `coded-segments-${day}.csv`,
      mime: 'text/csv',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
      segments,
    };
  }
  const { bytes, segments } = await segmentsXlsx(db, scope);
  return {
    fileName: `coded-segments-${day}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(bytes).toString('base64'),
    segments,
  };
}

export const qdaAnalysisHandlers: HandlerMap<
  'qda.table' | 'qda.segments' | 'qda.agreement' | 'qda.coders' | 'qda.exportSegments'
> = {
  'qda.coders': (db) => coderNames(db),
  'qda.exportSegments': exportSegments,
  'qda.table': table,
  'qda.segments': segments,
  'qda.agreement': agreement,
};
