// The wording both renderers print, decided once: attributions, stance cells, judgments and source entries.
import { classify } from '../compare';
import { gradeCode, gradeWords } from './grading';
import {
  LIKELIHOOD_BANDS,
  type BriefModel,
  type KeyJudgment,
  type QuotedStatement,
  type Source,
  type StanceCell,
  type StanceSummary,
} from './model';
import { cellAt } from './stance-summary';
import { formatDate, KIND_WORDS, oneLine, STANCE_WORDS } from './text';

export const SECTION_TITLES = {
  bluf: 'Bottom line up front',
  judgments: 'Key judgments',
  stances: 'Stance summary',
  statements: 'Key statements',
  notes: 'Analyst notes',
  sources: 'Sources',
} as const;

export const UNTITLED = 'Untitled brief';

/** "Shah Mahmood Qureshi (Pakistan)", or who else the words belong to. */
export function speakerLine(q: QuotedStatement): string {
  const who = q.speaker ? oneLine(q.speaker) : q.kind === 'narration' ? 'Reporter (narration)' : 'Unattributed';
  const actor = q.actorLabel ? oneLine(q.actorLabel) : null;
  return actor && actor.toLowerCase() !== who.toLowerCase() ? `${who} (${actor})` : who;
}

/** "direct quote · Dawn, 7 April 2021": how and where the words were reported. */
export function reportLine(q: QuotedStatement, source: Source | undefined): string {
  const where = source
    ? [source.outlet ? oneLine(source.outlet) : 'Outlet not recorded', formatDate(source.published) ?? 'undated'].join(
        ', ',
      )
    : null;
  return [KIND_WORDS[q.kind], where].filter(Boolean).join(' · ');
}

export function sourceByCitation(model: BriefModel): Map<number, Source> {
  return new Map(model.sources.map((s) => [s.citation, s]));
}

/**
 * The cell's headline ("Favor") and what it rests on: "3 statements", "2 of 3 statements" when some took another
 * line ("2 of 3 statements · concern 1" when some voiced concern), and for a split position the split itself
 * ("favor 2 · against 2").
 */
export function cellWords(cell: StanceCell | null): { label: string; counts: string } {
  if (!cell || cell.dominant === null) return { label: '—', counts: '' };
  const c = cell.counts;
  const total = c.favor + c.against + c.concern + c.neutral;
  const plural = (n: number) => `statement${n === 1 ? '' : 's'}`;
  let counts: string;
  if (cell.dominant === 'mixed') {
    counts = (['favor', 'against', 'concern', 'neutral'] as const)
      .filter((l) => c[l] > 0)
      .map((l) => `${l} ${c[l]}`)
      .join(' · ');
  } else {
    const n = c[cell.dominant];
    counts = n === total ? `${n} ${plural(n)}` : `${n} of ${total} ${plural(total)}`;
    // Concern is its own dimension: said beside the position, never folded into it.
    if (cell.dominant !== 'concern' && c.concern > 0) counts += ` · concern ${c.concern}`;
  }
  return { label: STANCE_WORDS[cell.dominant], counts };
}

/**
 * Where a cell stands between the analyst and the engine, as the comparison matrix marks it: 'suggested' when it
 * rests only on engine suggestions nobody has reviewed, 'partly' when some of its statements are confirmed, null when
 * all are (and always in a confirmed-only table).
 */
export function cellOrigin(summary: StanceSummary, cell: StanceCell | null): 'suggested' | 'partly' | null {
  if (!cell || cell.dominant === null || summary.confirmedOnly) return null;
  const total = cell.counts.favor + cell.counts.against + cell.counts.concern + cell.counts.neutral;
  if (cell.confirmed === 0) return 'suggested';
  return cell.confirmed < total ? 'partly' : null;
}

/** The marker printed in a cell: "suggested, not reviewed", "1 of 3 confirmed", or nothing. */
export function originWords(summary: StanceSummary, cell: StanceCell | null): string {
  const origin = cellOrigin(summary, cell);
  if (!cell || origin === null) return '';
  if (origin === 'suggested') return 'suggested, not reviewed';
  const c = cell.counts;
  return `${cell.confirmed} of ${c.favor + c.against + c.concern + c.neutral} confirmed`;
}

/**
 * What the stance table rests on, printed with it: "Analyst-confirmed stances only, from 12 statements; 30
 * statements with engine suggestions alone are left out." Empty for briefs saved before the basis was recorded.
 */
export function basisWords(summary: StanceSummary): string {
  const b = summary.basis;
  if (!b) return '';
  const statements = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
  if (summary.confirmedOnly) {
    const left =
      b.suggested > 0
        ? ` ${statements(b.suggested)} with unreviewed engine suggestions only ${b.suggested === 1 ? 'is' : 'are'} left out.`
        : '';
    return `Analyst-confirmed stances only, from ${statements(b.confirmed)}.${left}`;
  }
  if (b.suggested === 0) return `Every stance here is confirmed by the analyst (${statements(b.confirmed)}).`;
  return `${b.confirmed} confirmed and ${statements(b.suggested)} with unreviewed engine suggestions; cells marked “suggested, not reviewed” rest on suggestions alone and are not findings.`;
}

/** "Likely (55–80%); moderate confidence". */
export function judgmentQualifier(j: KeyJudgment): string {
  const word = j.likelihood[0]!.toUpperCase() + j.likelihood.slice(1);
  return `${word} (${LIKELIHOOD_BANDS[j.likelihood]}); ${j.confidence} confidence`;
}

/** The parts of a sources-list entry, each already one line. */
export function sourceParts(s: Source) {
  const code = gradeCode(s.reliability, s.credibility);
  const words = gradeWords(s.reliability, s.credibility);
  return {
    outlet: s.outlet ? oneLine(s.outlet) : 'Outlet not recorded',
    title: oneLine(s.title) || UNTITLED,
    published: formatDate(s.published) ?? 'undated',
    grading: code ? `${code}${words ? ` (${words})` : ''}` : 'not graded',
    gradeCode: code,
    gradeWords: words,
  };
}

/** The brief's byline: "Jane Analyst · 7 April 2021". */
export function byline(model: BriefModel): string {
  return [oneLine(model.author), formatDate(model.date) ?? ''].filter(Boolean).join(' · ');
}

export function includedTagSections(model: BriefModel) {
  return model.tagSections.filter((t) => t.included && t.statements.length > 0);
}

const RELATION_WORDS = { agree: 'Agree', diverge: 'Diverge', 'one-sided': 'One-sided' } as const;

/** Side by side with exactly two actors also says how they relate on each target, as the comparison view does. */
export function relationColumn(s: StanceSummary): boolean {
  return s.layout === 'side-by-side' && s.actors.length === 2;
}

export function relationWords(s: StanceSummary, target: string): string {
  const a = cellAt(s, s.actors[0]!.id, target);
  const b = cellAt(s, s.actors[1]!.id, target);
  return a || b ? RELATION_WORDS[classify(a, b)] : '—';
}

/** One cell of the stance table with the words either renderer prints for it. */
export interface GridCell {
  cell: StanceCell | null;
  label: string;
  counts: string;
  origin: 'suggested' | 'partly' | null;
  originWords: string;
}

/**
 * The stance table laid out once for both renderers: side by side, a row per target with a column per actor (and
 * the relation when there are exactly two); as a matrix, a row per actor with a column per target. A matrix
 * without actors has no rows.
 */
export interface StanceGrid {
  sideBySide: boolean;
  /** The columns after the row heading: actors side by side, targets in a matrix. */
  columns: StanceSummary['actors'];
  relation: boolean;
  rows: { label: string; cells: GridCell[]; relation: string }[];
}

export function stanceGrid(s: StanceSummary): StanceGrid {
  const sideBySide = s.layout === 'side-by-side' && s.actors.length > 0;
  const relation = sideBySide && relationColumn(s);
  const gridCell = (actor: string, target: string): GridCell => {
    const cell = cellAt(s, actor, target);
    return { cell, ...cellWords(cell), origin: cellOrigin(s, cell), originWords: originWords(s, cell) };
  };
  const rows = sideBySide
    ? s.targets.map((t) => ({
        label: t.label,
        cells: s.actors.map((a) => gridCell(a.id, t.id)),
        relation: relation ? relationWords(s, t.id) : '',
      }))
    : s.actors.map((a) => ({ label: a.label, cells: s.targets.map((t) => gridCell(a.id, t.id)), relation: '' }));
  return { sideBySide, columns: sideBySide ? s.actors : s.targets, relation, rows };
}

/** The sources in citation order, each with its printed parts, as both renderers list them. */
export function sourceEntries(model: BriefModel): { source: Source; parts: ReturnType<typeof sourceParts> }[] {
  return [...model.sources]
    .sort((a, b) => a.citation - b.citation)
    .map((source) => ({ source, parts: sourceParts(source) }));
}

/**
 * What both renderers print with a quote, for the quotes of one brief: who said it, how and where it was reported,
 * and the analyst's note on one line (null when there is none).
 */
export function quoteAttribution(
  model: BriefModel,
): (q: QuotedStatement) => { speaker: string; report: string; note: string | null } {
  const sources = sourceByCitation(model);
  return (q) => ({
    speaker: speakerLine(q),
    report: reportLine(q, sources.get(q.citation)),
    note: q.note?.trim() ? oneLine(q.note) : null,
  });
}
