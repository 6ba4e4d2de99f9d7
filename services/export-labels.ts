// The analyst's confirmed statements of each article in the shared gold format, so a desk can share what it taught.
import type { Database } from 'better-sqlite3';
import { ParleyError } from '../core/errors';
import type { GoldFile } from '../core/learn/gold';
import { listActors } from '../db/repositories/actors';
import { getArticle, listArticleIds } from '../db/repositories/articles';
import { decidedStatements } from '../db/repositories/learner';
import { listTargets } from '../db/repositories/targets';
import type { HandlerMap } from './handler-types';

export interface LabelledArticle {
  /** File stem: "<id>-<slug of the title>". */
  name: string;
  body: string;
  gold: GoldFile;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'article';

/** One gold file per article with at least one confirmed statement (all articles, or the chosen ones). */
export function exportLabels(db: Database, articleIds?: number[]): LabelledArticle[] {
  const known = new Set(listArticleIds(db));
  const missing = (articleIds ?? []).filter((id) => !known.has(id));
  if (missing.length) throw new ParleyError('not_found', `There is no article with id ${missing.join(', ')}.`);
  const wanted = articleIds ? new Set(articleIds) : null;
  const decided = decidedStatements(db).filter((s) => !wanted || wanted.has(s.articleId));
  const actors = new Map(listActors(db).map((a) => [a.id, a]));
  const targets = new Map(listTargets(db).map((t) => [t.id, t]));
  const byArticle = new Map<number, typeof decided>();
  for (const s of decided) byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s]);
  return [...byArticle].map(([id, statements]) => {
    const article = getArticle(db, id)!;
    const name = `${id}-${slug(article.title)}`;
    const used = (ids: (string | null)[]) => [...new Set(ids.filter((x): x is string => !!x))].sort();
    const actorIds = used(statements.map((s) => s.actor));
    const targetIds = used(statements.flatMap((s) => Object.keys(s.labels)));
    return {
      name,
      body: article.body,
      gold: {
        article: `${name}.txt`,
        title: article.title,
        actors: Object.fromEntries(
          actorIds.map((a) => {
            const def = actors.get(a) ?? targets.get(a);
            return [a, { label: def?.label ?? a, aliases: def?.aliases ?? [a], people: actors.get(a)?.people ?? [] }];
          }),
        ),
        targets: Object.fromEntries(targetIds.map((t) => [t, targets.get(t)?.aliases ?? [t]])),
        statements: statements.map((s) => ({
          text: s.text,
          speaker: s.speaker,
          actor: s.actor,
          kind: s.kind,
          targets: Object.fromEntries(Object.entries(s.labels).filter(([, l]) => l !== 'none')),
        })),
      },
    };
  });
}

export const exportLabelHandlers: HandlerMap<'labels.export'> = {
  'labels.export': (db, input) => exportLabels(db, input.articleIds),
};
