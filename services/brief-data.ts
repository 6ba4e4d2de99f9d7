// Reads what a brief is built from: the chosen articles (all when none is named), their statements, targets, tags, notes.
import type { Database } from 'better-sqlite3';
import type { BriefArticle, BriefDefaults, BriefSourceData, Credibility, Paper, Reliability } from '../core/brief';
import { found, ParleyError } from '../core/errors';
import { listActors } from '../db/repositories/actors';
import { articleLevelNotes, getBriefArticle, listBriefArticles } from '../db/repositories/briefs';
import { getSetting } from '../db/repositories/settings';
import { listStatements } from '../db/repositories/statements';
import { listTags } from '../db/repositories/tags';
import { listTargets } from '../db/repositories/targets';

/** Settings keys under which the last saved brief's author, handling line and paper are remembered. */
export const BRIEF_SETTING_KEYS = { author: 'brief.author', handling: 'brief.handling', paper: 'brief.paper' } as const;
export const DEFAULT_HANDLING = 'UNCLASSIFIED';

function loadArticles(db: Database, ids: number[] | undefined): BriefArticle[] {
  const rows =
    ids === undefined || ids.length === 0
      ? listBriefArticles(db)
      : [...new Set(ids)].map((id) => {
          return found(getBriefArticle(db, id), 'article', id);
        });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    source: r.source,
    url: r.url,
    published: r.published,
    reliability: r.source_reliability as Reliability | null,
    credibility: r.source_credibility as Credibility | null,
  }));
}

/** Tag names with their parents, "Security › Terrorism", in codebook order. */
function tagNames(db: Database): { id: number; name: string }[] {
  const tags = listTags(db);
  const byId = new Map(tags.map((t) => [t.id, t]));
  const fullName = (id: number, depth = 0): string => {
    const t = byId.get(id);
    if (!t) return '';
    return t.parentId !== null && depth < 10 ? `${fullName(t.parentId, depth + 1)} › ${t.name}` : t.name;
  };
  return tags.map((t) => ({ id: t.id, name: fullName(t.id) }));
}

/** Everything a brief over these articles needs; an empty or missing list means every article in the library. */
export function loadBriefData(db: Database, articleIds?: number[]): BriefSourceData {
  const articles = loadArticles(db, articleIds);
  if (articles.length === 0) {
    throw new ParleyError('empty_input', 'The library has no articles yet: import one before drafting a brief.');
  }
  const ids = articles.map((a) => a.id);
  return {
    articles,
    statements: ids.flatMap((id) => listStatements(db, id)),
    targets: listTargets(db).map((t) => ({ id: t.id, label: t.label, isDefault: t.isDefault })),
    actorLabels: Object.fromEntries(listActors(db).map((a) => [a.id, a.label])),
    tags: tagNames(db),
    articleNotes: articleLevelNotes(db, ids),
  };
}

export function briefDefaults(db: Database, today = new Date().toISOString().slice(0, 10)): BriefDefaults {
  const paper = getSetting(db, BRIEF_SETTING_KEYS.paper);
  return {
    author: getSetting(db, BRIEF_SETTING_KEYS.author) ?? '',
    handling: getSetting(db, BRIEF_SETTING_KEYS.handling) ?? DEFAULT_HANDLING,
    today,
    paper: (paper === 'Letter' ? 'Letter' : 'A4') satisfies Paper,
  };
}
