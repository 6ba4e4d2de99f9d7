// Builds a brief from article data: a full first draft, or a refresh of a saved brief that keeps the analyst's words.
import { BriefModel, type Party, type QuotedStatement, type Source, type TagSection } from './model';
import type { BriefArticle, BriefDefaults, BriefSourceData, BriefStatement } from './source-data';
import { draftBluf, draftNotes, draftTitle } from './draft-text';
import { starredStatements, suggestKeyStatements } from './key-statements';
import { wholeQuoteText } from './whole-quote';
import {
  buildStanceSummary,
  DEFAULT_MAX_ACTORS,
  DEFAULT_MAX_TARGETS,
  stanceBasis,
  type SummaryChoice,
} from './stance-summary';

/** Oldest first, undated last: citation numbers follow the order events were reported. */
function sourceOrder(a: BriefArticle, b: BriefArticle): number {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  if (a.published && !b.published) return -1;
  if (!a.published && b.published) return 1;
  return a.id - b.id;
}

function humanizeId(id: string): string {
  if (id.length <= 3) return id.toUpperCase();
  return id
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** Citation numbers, quoting and reading order for one set of articles. */
function citations(data: BriefSourceData) {
  const ordered = [...data.articles].sort(sourceOrder);
  const citationOf = new Map(ordered.map((a, i) => [a.id, i + 1]));
  const cite = (articleId: number) => citationOf.get(articleId) ?? 0;
  const sources: Source[] = ordered.map((a, i) => ({
    citation: i + 1,
    articleId: a.id,
    title: a.title.slice(0, 500),
    outlet: a.source?.slice(0, 500) ?? null,
    published: a.published?.slice(0, 100) ?? null,
    url: a.url?.slice(0, 2000) ?? null,
    reliability: a.reliability,
    credibility: a.credibility,
  }));
  const readingOrder = (a: BriefStatement, b: BriefStatement) =>
    cite(a.articleId) - cite(b.articleId) || a.start - b.start || a.id - b.id;
  const targetLabels = new Map(data.targets.map((t) => [t.id, t.label]));
  const actorLabel = (id: string) => data.actorLabels[id] ?? targetLabels.get(id) ?? humanizeId(id);
  // Each article's statements in reading order, so a quotation running over several statements is printed whole.
  const byArticle = new Map<number, BriefStatement[]>();
  for (const s of [...data.statements].sort((a, b) => a.start - b.start || a.id - b.id)) {
    byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s]);
  }
  const quote = (s: BriefStatement): QuotedStatement => ({
    statementId: s.id,
    articleId: s.articleId,
    text: wholeQuoteText(s, byArticle.get(s.articleId) ?? []).slice(0, 20_000),
    speaker: s.speaker,
    actor: s.actor,
    actorLabel: s.actor === null ? null : actorLabel(s.actor).slice(0, 300),
    kind: s.kind,
    citation: cite(s.articleId),
    note: s.note?.trim() ? s.note.trim().slice(0, 5_000) : null,
  });
  // Statements of articles outside the brief would cite nothing: keep only the brief's own.
  const statements = data.statements.filter((s) => citationOf.has(s.articleId));
  return { sources, cite, readingOrder, quote, actorLabel, statements };
}

function tagSections(
  data: BriefSourceData,
  statements: BriefStatement[],
  c: ReturnType<typeof citations>,
  previous: TagSection[],
): TagSection[] {
  const before = new Map(previous.map((t) => [t.tagId, t]));
  return data.tags.flatMap((tag) => {
    const tagged = statements.filter((s) => s.tagIds.includes(tag.id)).sort(c.readingOrder);
    if (tagged.length === 0) return [];
    const kept = before.get(tag.id);
    return [
      {
        tagId: tag.id,
        name: tag.name.slice(0, 500),
        included: kept?.included ?? true,
        intro: kept?.intro ?? '',
        statements: tagged.map(c.quote),
      },
    ];
  });
}

function dataSections(data: BriefSourceData, choice: SummaryChoice, previousTags: TagSection[]) {
  const c = citations(data);
  const stanceSummary = buildStanceSummary(
    c.statements,
    { targets: data.targets, actorLabel: c.actorLabel, quote: c.quote },
    choice,
  );
  const starred = starredStatements(c.statements, c.readingOrder);
  const keyStatements = (starred ?? suggestKeyStatements(c.statements, c.readingOrder)).map(c.quote);
  return {
    c,
    sections: {
      articleIds: data.articles.map((a) => a.id).sort((a, b) => c.cite(a) - c.cite(b)),
      stanceSummary,
      keyStatementsFrom: starred ? ('starred' as const) : ('suggested' as const),
      keyStatements,
      tagSections: tagSections(data, c.statements, c, previousTags),
      sources: c.sources,
    },
  };
}

export interface DraftOptions {
  /** Count analyst-confirmed stances only; by default on as soon as any stance in scope is confirmed. */
  confirmedOnly?: boolean;
}

/** On once the analyst has confirmed anything: from then on a brief says what the analyst stands behind. */
function confirmedOnlyByDefault(c: ReturnType<typeof citations>): boolean {
  return stanceBasis(c.statements).confirmed > 0;
}

/** One click's first draft: every section filled from the articles, ready for the analyst to rewrite. */
export function defaultBrief(data: BriefSourceData, defaults: BriefDefaults, options: DraftOptions = {}): BriefModel {
  const confirmedOnly = options.confirmedOnly ?? confirmedOnlyByDefault(citations(data));
  const choice = { layout: 'matrix' as const, actors: null, targets: null };
  const { c, sections } = dataSections(data, { ...choice, confirmedOnly }, []);
  // The bottom line's findings rest on confirmed stances only, whatever the table shows.
  const confirmed = confirmedOnly
    ? sections.stanceSummary
    : buildStanceSummary(
        c.statements,
        { targets: data.targets, actorLabel: c.actorLabel, quote: c.quote },
        { ...choice, confirmedOnly: true },
      );
  return BriefModel.parse({
    version: 1,
    title: draftTitle(data, sections.stanceSummary).slice(0, 300),
    handling: defaults.handling,
    author: defaults.author,
    date: defaults.today,
    paper: defaults.paper,
    bluf: draftBluf(data, confirmed, sections.stanceSummary, sections.sources),
    keyJudgments: [],
    notes: draftNotes(data, c.cite, c.readingOrder),
    ...sections,
  });
}

/**
 * The analyst's pick of actors or targets, or null to choose afresh: an empty pick means the draft had nothing to
 * show yet, and a pick that is just the default (the first offered) means the analyst has not narrowed it, so
 * actors that appear later (a confirmed stance, suggestions switched back on) are offered as a first draft would.
 */
function keptPick(picked: Party[], offered: Party[], max: number): string[] | null {
  const ids = picked.map((p) => p.id);
  const defaults = offered.slice(0, max).map((p) => p.id);
  if (ids.length === 0 || (ids.length === defaults.length && ids.every((id, i) => id === defaults[i]))) return null;
  return ids;
}

/**
 * The same brief over fresh data: stances, stars, tags, gradings and sources are read again; the analyst's
 * title, handling, bottom line, judgments, notes, table choices and section intros stay as they were.
 */
export function refreshBrief(brief: BriefModel, data: BriefSourceData): BriefModel {
  const before = brief.stanceSummary;
  const choice: SummaryChoice = {
    layout: before.layout,
    // The analyst's switch stays as set; while nothing was confirmed it had no choice to make, so the default applies.
    confirmedOnly: before.basis?.confirmed ? (before.confirmedOnly ?? false) : confirmedOnlyByDefault(citations(data)),
    actors: keptPick(before.actors, before.available.actors, DEFAULT_MAX_ACTORS),
    targets: keptPick(before.targets, before.available.targets, DEFAULT_MAX_TARGETS),
  };
  const { sections } = dataSections(data, choice, brief.tagSections);
  return BriefModel.parse({ ...brief, ...sections });
}
